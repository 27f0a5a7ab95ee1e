extension Dataset {
    /// The government whose id, English name or native name is `text` (case and accents ignored),
    /// or the only one whose name starts with it, or else the only one whose name contains it.
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
        if prefixed.count == 1 { return prefixed[0] }
        guard prefixed.isEmpty, typed.count >= 4 else { return nil }
        let containing = items.filter { names($0).contains { $0.folded.contains(typed) } }
        return containing.count == 1 ? containing[0] : nil
    }
}
