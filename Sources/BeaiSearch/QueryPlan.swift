/// A query's words resolved against the index vocabulary: what each piece of the query accepts,
/// the FTS5 expression that finds it, the qualifier a word names, and what was corrected or could
/// not match.
struct QueryPlan {
    /// One way a piece of the query can stand in a programme's text: one word, or words side by
    /// side (`start ups` for `startups`), each accepting its forms.
    struct Alternative: Sendable {
        var matchers: [TokenMatcher]
        /// True for a synonym: it finds programmes, but never makes a name match.
        var isSynonym: Bool
        var expression: String
        /// Upper bound of the programmes that contain it.
        var estimate: Int
    }

    /// A word or phrase typed (one `QueryTerm`), with the alternatives it accepts.
    struct Part {
        var source: QueryTerm
        var alternatives: [Alternative]

        var expression: String { QueryPlanner.either(alternatives.map(\.expression)) }
        var estimate: Int { alternatives.reduce(0) { $0 + $1.estimate } }
        /// The typed words' own alternatives, without synonyms: what names are compared with.
        var literal: [Alternative] { alternatives.filter { !$0.isSynonym } }
    }

    /// A piece of the query that every result must contain: one typed term, or several read as
    /// one (a multi-word synonym, a qualifier value, two words that are one compound).
    struct Unit {
        /// The terms as typed.
        var sources: [QueryTerm]
        /// The typed terms that resolved (stop words left out), all of which must match...
        var parts: [Part]
        /// False when a typed term did not resolve: only the wholes can match.
        var partsMatch: Bool
        /// ... unless one of these does: the terms read together.
        var wholes: [Alternative] = []
        /// A generic noun ("programmes"): it ranks, but never narrows.
        var isOptional = false
        /// The qualifier values the words name, which rank the programmes they select first.
        var meanings: [NamedValue] = []
        /// Set when the unit is a short prefix of very common words being typed: it is matched in
        /// names and aliases only, outside FTS5.
        var namesOnly: TokenMatcher?

        /// The text as typed, for messages.
        var text: String { sources.map(\.text).joined(separator: " ") }

        /// The FTS5 expression, or nil when matched in names only or when nothing can match.
        var expression: String? {
            guard namesOnly == nil else { return nil }
            var choices: [String] = []
            if partsMatch, !parts.isEmpty {
                choices.append(QueryPlanner.all(parts.map(\.expression)))
            }
            choices += wholes.map(\.expression)
            return choices.isEmpty ? nil : QueryPlanner.either(choices)
        }

        var estimate: Int {
            let ofParts = partsMatch ? parts.map(\.estimate).min() ?? 0 : 0
            return ofParts + wholes.reduce(0) { $0 + $1.estimate }
        }

        /// Every alternative, synonyms included: what highlighting looks for.
        var allAlternatives: [Alternative] { parts.flatMap(\.alternatives) + wholes }

        /// The token sequences names are compared with: the typed words' own alternatives, one
        /// choice per part, or a whole that is not a synonym. Empty when only synonyms matched.
        var readings: [[TokenMatcher]] {
            if let namesOnly { return [[namesOnly]] }
            var readings: [[TokenMatcher]] = [[]]
            for part in partsMatch ? parts : [] {
                let literal = part.literal
                guard !literal.isEmpty else { continue }
                readings = readings.flatMap { reading in literal.map { reading + $0.matchers } }
                    .prefix(QueryPlan.maximumReadings).map { $0 }
            }
            readings = readings.filter { !$0.isEmpty }
            readings += wholes.filter { !$0.isSynonym }.map(\.matchers)
            return Array(readings.prefix(QueryPlan.maximumReadings))
        }
    }

    /// At most this many token sequences are compared with names.
    static let maximumReadings = 8

    var units: [Unit] = []
    /// FTS5 expressions of the exclusions that can match anything.
    var exclusions: [String] = []
    /// Typed words the vocabulary cannot match, even with a typo corrected.
    var unmatched: [String] = []
    /// Words of a question that no programme holds, left out of it.
    var leftOut: [String] = []
    /// Typed word → the words searched instead.
    var corrections: [(typed: String, searched: [String])] = []

    /// The units every result must match.
    var required: [Unit] { units.filter { !$0.isOptional } }

    /// The FTS5 expression every result must match (units and exclusions), or nil when no unit
    /// goes through FTS5.
    var expression: String? {
        let positive = required.compactMap(\.expression)
        guard !positive.isEmpty else { return nil }
        var text = positive.joined(separator: " AND ")
        if !exclusions.isEmpty { text = "(\(text)) NOT (\(exclusions.joined(separator: " OR ")))" }
        return text
    }

    /// Upper bound of the matches: the least of the required units' estimates.
    var estimate: Int { required.map(\.estimate).min() ?? Int.max }

    /// True when some unit has words to compare names with.
    var hasReadings: Bool { units.contains { !$0.readings.isEmpty } }

    /// The token sequences names are compared with, leaving out the units in `skipped` (bit `i`
    /// for unit `i`): one choice of reading per unit, at most `maximumReadings` of them.
    func readings(skipping skipped: UInt64 = 0) -> [[TokenMatcher]] {
        var readings: [[TokenMatcher]] = [[]]
        for (offset, unit) in units.enumerated() where offset >= 64 || skipped & (1 << UInt64(offset)) == 0 {
            let choices = unit.readings
            guard !choices.isEmpty else { continue }
            readings = readings.flatMap { reading in choices.map { reading + $0 } }
                .prefix(Self.maximumReadings).map { $0 }
        }
        return readings.filter { !$0.isEmpty }
    }

    /// Every word sequence a result's text may show: what is highlighted.
    var highlighted: [[TokenMatcher]] { units.flatMap { $0.allAlternatives.map(\.matchers) } }
}
