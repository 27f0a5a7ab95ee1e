/// Completes the token under the cursor: a qualifier name, or a qualifier's value.
struct Completion {
    let resolver: QualifierResolver

    /// How qualifiers are offered, in order.
    static let qualifierNames = [
        "gov:", "region:", "pillar:", "org:", "kind:", "status:", "target:", "year:", "budget>", "budget<",
    ]

    func completions(for token: String) -> [String] {
        var body = Substring(token)
        let negation = body.hasPrefix("-") ? "-" : ""
        if !negation.isEmpty { body = body.dropFirst() }
        guard let colon = body.firstIndex(of: ":") else {
            guard !body.contains(">"), !body.contains("<") else { return [] }
            let typed = body.lowercased()
            return Self.qualifierNames.filter { $0.hasPrefix(typed) }.map { negation + $0 }
        }
        let name = body[..<colon]
        guard let qualifier = Qualifier.named(String(name)) else { return [] }
        let value = body[body.index(after: colon)...]
        // In a comma list, complete the last value.
        let head = value.lastIndex(of: ",").map { value[...$0] } ?? ""
        let typed = String(value[(value.lastIndex(of: ",").map { value.index(after: $0) } ?? value.startIndex)...])
        let key = TextTokenizer.terms(typed).joined(separator: " ")
        let values = resolver.values(of: qualifier)
        var chosen = values.filter { key.isEmpty || $0.keys[0].hasPrefix(key) || $0.id.hasPrefix(typed.lowercased()) }
        if chosen.isEmpty {
            chosen = values.filter { value in
                value.keys.contains { $0.hasPrefix(key) || $0.contains(" " + key) }
            }
        }
        return chosen.map { negation + name + ":" + head + $0.id }
    }
}
