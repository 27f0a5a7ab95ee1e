/// How a query was understood, said back to the user: for each piece typed in a form the data does
/// not hold, the forms it was found as, as the data writes them (`startups → start-ups`), and for
/// each word that names a government, pillar, kind or target group, the qualifier it counts as
/// (`brussels` → `gov:brussels`).
struct Interpretation {
    let index: SearchIndex
    let plan: QueryPlan

    /// At most this many forms are listed for one piece of the query.
    static let maximumForms = 3

    /// The fields a form as written is looked for in, in this order.
    private static let fields: [IndexedField] = [
        .name, .aliases, .tags, .targets, .kind, .summary, .lead, .figures, .government, .pillar,
    ]

    /// The items, in query order; `shown` are the best results, where forms are looked for.
    func items(shownIn shown: [Int]) -> [String] {
        var items: [String] = []
        for unit in plan.units {
            if let forms = written(unit, in: shown) {
                items.append("\(unit.text) → \(forms.joined(separator: ", "))")
            }
            for qualifier in Qualifier.allCases {
                let ids = unit.meanings.filter { $0.qualifier == qualifier }
                    .map { index.qualifiers.values(of: qualifier)[$0.value].id }
                guard let name = qualifier.names.first, !ids.isEmpty else { continue }
                let item = "\(name):\(ids.joined(separator: ","))"
                if !items.contains(item) { items.append(item) }
            }
        }
        return items
    }

    /// The forms, as the best results write them, that a unit matched through instead of the
    /// words typed: the other forms of each part whose words as typed none of them shows, and
    /// the unit's wholes (synonyms, the words run together) when a part is not shown as typed.
    /// Nil when every word shows as typed, or nothing else does. Corrections have their own hint.
    private func written(_ unit: QueryPlan.Unit, in shown: [Int]) -> [String]? {
        guard unit.namesOnly == nil, !shown.isEmpty else { return nil }
        let unshown = unit.parts.filter { !shows(typed: $0.source, in: shown) }
        guard !unshown.isEmpty || !unit.partsMatch else { return nil }
        let alternatives = unshown.flatMap(\.alternatives) + unit.wholes
        var forms: [String] = []
        var seen: Set<String> = []
        for alternative in alternatives where alternative.matchers.allSatisfy({ $0.corrections.isEmpty }) {
            guard forms.count < Self.maximumForms, let form = firstOccurrence(of: [alternative.matchers], in: shown),
                seen.insert(form.lowercased()).inserted
            else { continue }
            forms.append(form)
        }
        return forms.isEmpty ? nil : forms
    }

    /// True when the index holds `term`'s word as typed (or words it starts, while typed); for
    /// several words typed as one (`e-learning`), when a result shows them side by side.
    private func shows(typed term: QueryTerm, in shown: [Int]) -> Bool {
        if term.tokens.count == 1 {
            let token = term.tokens[0]
            return index.vocabulary.id(of: token) != nil || (term.isPrefix && !index.vocabulary.prefixRange(token).isEmpty)
        }
        var matchers: [TokenMatcher] = []
        for (offset, token) in term.tokens.enumerated() {
            let isPrefix = term.isPrefix && offset == term.tokens.count - 1
            let range = isPrefix ? index.vocabulary.prefixRange(token) : index.vocabulary.id(of: token).map { $0..<($0 + 1) }
            guard let range, !range.isEmpty else { return false }
            matchers.append(TokenMatcher(text: token, exactID: index.vocabulary.id(of: token), range: range, corrections: []))
        }
        return firstOccurrence(of: [matchers], in: shown) != nil
    }

    private func firstOccurrence(of phrases: [[TokenMatcher]], in shown: [Int]) -> String? {
        let highlighter = Highlighter(vocabulary: index.vocabulary, phrases: phrases)
        for position in shown {
            let programme = index.catalog.programmes[position]
            for field in Self.fields {
                let text = index.texts.text(field, of: programme)
                if let range = highlighter.ranges(in: text).first {
                    return String(Array(text)[range])
                }
            }
        }
        return nil
    }
}
