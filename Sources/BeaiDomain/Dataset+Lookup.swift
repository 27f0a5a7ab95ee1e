extension Dataset {
    /// The government whose id, English name or native name is `text` (case and accents ignored),
    /// or whose name starts with it when only one does.
    public func governmentMatching(_ text: String) -> Government? {
        Self.match(text, in: governments) { [$0.id] + $0.allNames }
    }

    /// The pillar whose id or name is `text` (case and accents ignored), or whose id or name starts
    /// with it when only one does.
    public func pillarMatching(_ text: String) -> Pillar? {
        Self.match(text, in: pillars) { [$0.id, $0.name] }
    }

    private static func match<Item>(_ text: String, in items: [Item], names: (Item) -> [String]) -> Item? {
        let typed = text.folded
        guard !typed.isEmpty else { return nil }
        if let exact = items.first(where: { names($0).contains { $0.folded == typed } }) { return exact }
        let prefixed = items.filter { names($0).contains { $0.folded.hasPrefix(typed) } }
        return prefixed.count == 1 ? prefixed[0] : nil
    }
}
