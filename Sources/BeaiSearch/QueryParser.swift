/// A query as the user typed it, split into words, phrases, exclusions and qualifiers.
///
/// Parsing never fails: quotes that are not closed end at the end of the text, operators with
/// nothing after them are dropped, control characters count as spaces, and words that are FTS5
/// syntax (`NEAR`, `AND`, `name:`) are only words here. Nothing typed reaches SQLite as syntax.
struct ParsedQuery: Equatable {
    /// Words and phrases every result must contain, in the order typed.
    var terms: [QueryTerm] = []
    /// Words and phrases no result may contain (`-word`, `-"a phrase"`).
    var exclusions: [QueryTerm] = []
    /// `gov:flanders`, `budget>1m`, `-status:completed`, ...
    var qualifiers: [QualifierClause] = []
    /// Names typed before a `:` that are not qualifiers (`name:` in `name:tremplin`).
    var unknownQualifiers: [String] = []
    /// True when words or clauses beyond the limits were dropped.
    var truncated = false

    /// True when there is nothing to search for.
    var isEmpty: Bool { terms.isEmpty && exclusions.isEmpty && qualifiers.isEmpty }
}

/// A word or phrase of the query, folded into index terms.
struct QueryTerm: Equatable {
    /// The text as typed, for messages.
    var text: String
    /// The folded words, in order; never empty.
    var tokens: [String]
    /// True when the user quoted it: the words must stand together, exactly as typed.
    var isQuoted: Bool
    /// True when the last token matches as a prefix (the word being typed, or `word*`).
    var isPrefix: Bool
}

/// `name:value`, `budget>value` and the like, possibly negated with a leading `-`.
struct QualifierClause: Equatable {
    var qualifier: Qualifier
    /// The name as typed (`region` for `region:`), for messages and completions.
    var typedName: String
    /// `:`, `>`, `<`, `>=` or `<=`.
    var comparison: String
    var value: String
    var isNegated: Bool
}

/// The qualifiers a query can use.
enum Qualifier: String, CaseIterable, Equatable {
    case government, pillar, role, organisation, kind, status, target, year, budget

    /// The names the user may type for it; the first is the one completions offer.
    var names: [String] {
        switch self {
        case .government: ["gov", "region", "government"]
        case .pillar: ["pillar"]
        case .role: ["role"]
        case .organisation: ["org", "organisation", "organization", "lead"]
        case .kind: ["kind", "type"]
        case .status: ["status"]
        case .target: ["target", "targets"]
        case .year: ["year", "years"]
        case .budget: ["budget"]
        }
    }

    /// The qualifier typed as `name`, case ignored.
    static func named(_ name: String) -> Qualifier? {
        let lower = name.lowercased()
        return allCases.first { $0.names.contains(lower) }
    }

    /// How the qualifiers are written, for messages: "gov:, region:, pillar:, ...".
    static let syntaxList =
        "gov:, region:, pillar:, role:, org:, kind:, status:, target:, year:, budget>, budget<"
}

enum QueryParser {
    /// At most this many words and phrases are searched; more are dropped with a hint.
    static let maximumTerms = 24
    /// At most this many qualifiers and exclusions each.
    static let maximumClauses = 24

    /// Splits `text` into clauses. The last word is a prefix unless the text ends with a space or
    /// the word with punctuation.
    static func parse(_ text: String) -> ParsedQuery {
        var query = ParsedQuery()
        var scanner = Scanner(Array(text))
        var lastTermEndsInput = false
        while let chunk = scanner.nextChunk() {
            lastTermEndsInput = false
            switch classify(chunk) {
            case .nothing:
                continue
            case let .qualifier(clause):
                guard query.qualifiers.count < maximumClauses else { query.truncated = true; continue }
                query.qualifiers.append(clause)
            case let .unknownQualifier(name, value):
                if !query.unknownQualifiers.contains(name) { query.unknownQualifiers.append(name) }
                if let term = makeTerm(value, quoted: chunk.valueQuoted, explicitPrefix: false) {
                    append(term, negated: chunk.negated, to: &query)
                    lastTermEndsInput = !chunk.negated && chunk.reachesEnd && !chunk.valueQuoted
                }
            case let .term(term):
                append(term, negated: chunk.negated, to: &query)
                // A word followed by punctuation ("brussels?") is finished, not being typed.
                lastTermEndsInput = !chunk.negated && chunk.reachesEnd && !chunk.closedQuote
                    && (chunk.isQuoted || chunk.text.last.map(TextTokenizer.isWordCharacter) ?? false)
            }
        }
        if lastTermEndsInput, let last = query.terms.indices.last {
            query.terms[last].isPrefix = true
        }
        return query
    }

    private static func append(_ term: QueryTerm, negated: Bool, to query: inout ParsedQuery) {
        if negated {
            guard query.exclusions.count < maximumClauses else { query.truncated = true; return }
            query.exclusions.append(term)
        } else {
            guard query.terms.count < maximumTerms else { query.truncated = true; return }
            query.terms.append(term)
        }
    }

    private enum Classified {
        case nothing
        case qualifier(QualifierClause)
        case unknownQualifier(name: String, value: String)
        case term(QueryTerm)
    }

    private static func classify(_ chunk: Chunk) -> Classified {
        if chunk.isQuoted {
            return makeTerm(chunk.text, quoted: true, explicitPrefix: false).map(Classified.term) ?? .nothing
        }
        if let (name, comparison, value) = splitQualifier(chunk.text) {
            if let qualifier = Qualifier.named(name) {
                var comparison = comparison
                var value = value
                // `budget:>1m` reads as `budget>1m`.
                if qualifier == .budget, comparison == ":", let first = value.first, first == ">" || first == "<" {
                    let operatorLength = value.dropFirst().first == "=" ? 2 : 1
                    comparison = String(value.prefix(operatorLength))
                    value = String(value.dropFirst(operatorLength))
                }
                return .qualifier(QualifierClause(
                    qualifier: qualifier, typedName: name.lowercased(), comparison: comparison, value: value,
                    isNegated: chunk.negated))
            }
            if comparison == ":" { return .unknownQualifier(name: name, value: value) }
        }
        let explicitPrefix = chunk.text.hasSuffix("*")
        return makeTerm(chunk.text, quoted: false, explicitPrefix: explicitPrefix).map(Classified.term) ?? .nothing
    }

    /// `name:value`, `name>value`, `name<=value`: a name of ASCII letters, then the comparison.
    private static func splitQualifier(_ text: String) -> (String, String, String)? {
        let characters = Array(text)
        var index = 0
        while index < characters.count, characters[index].isASCII, characters[index].isLetter { index += 1 }
        guard index > 0, index < characters.count else { return nil }
        let name = String(characters[..<index])
        var comparison = String(characters[index])
        guard [":", ">", "<"].contains(comparison) else { return nil }
        if comparison != ":", index + 1 < characters.count, characters[index + 1] == "=" { comparison += "=" }
        let value = String(characters[(index + comparison.count)...])
        return (name, comparison, value)
    }

    private static func makeTerm(_ text: String, quoted: Bool, explicitPrefix: Bool) -> QueryTerm? {
        let tokens = TextTokenizer.terms(text)
        guard !tokens.isEmpty else { return nil }
        return QueryTerm(text: text, tokens: tokens, isQuoted: quoted, isPrefix: explicitPrefix)
    }

    /// A run of the query between spaces: a bare word (possibly `name:"quoted value"`) or a quoted
    /// phrase, with a leading `-`.
    struct Chunk {
        var text: String
        var negated: Bool
        /// The whole chunk was a quoted phrase.
        var isQuoted: Bool
        /// A qualifier's value was quoted (`org:"Agence du Numérique"`).
        var valueQuoted: Bool
        /// The quote was closed (a closed phrase is never a prefix).
        var closedQuote: Bool
        /// Nothing but the chunk follows: it is the text being typed.
        var reachesEnd: Bool
    }

    struct Scanner {
        let characters: [Character]
        var index = 0

        init(_ characters: [Character]) { self.characters = characters }

        private static func isSpace(_ character: Character) -> Bool {
            character.isWhitespace || character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control }
        }

        private static func isQuote(_ character: Character) -> Bool {
            character == "\"" || character == "“" || character == "”" || character == "„"
        }

        mutating func nextChunk() -> Chunk? {
            while index < characters.count, Self.isSpace(characters[index]) { index += 1 }
            guard index < characters.count else { return nil }
            var negated = false
            if characters[index] == "-" {
                negated = true
                index += 1
                guard index < characters.count, !Self.isSpace(characters[index]) else {
                    return Chunk(text: "", negated: true, isQuoted: false, valueQuoted: false, closedQuote: false,
                                 reachesEnd: index >= characters.count)
                }
            }
            if Self.isQuote(characters[index]) {
                let (phrase, closed) = readQuoted()
                return Chunk(text: phrase, negated: negated, isQuoted: true, valueQuoted: false, closedQuote: closed,
                             reachesEnd: index >= characters.count)
            }
            var text = ""
            var valueQuoted = false
            var closed = false
            while index < characters.count, !Self.isSpace(characters[index]) {
                let character = characters[index]
                if Self.isQuote(character) {
                    if text.last == ":" {
                        let (value, wasClosed) = readQuoted()
                        text += value
                        valueQuoted = true
                        closed = wasClosed
                    }
                    break
                }
                text.append(character)
                index += 1
            }
            return Chunk(text: text, negated: negated, isQuoted: false, valueQuoted: valueQuoted, closedQuote: closed,
                         reachesEnd: index >= characters.count)
        }

        /// Reads from an opening quote to the closing one, or to the end of the text.
        private mutating func readQuoted() -> (String, closed: Bool) {
            index += 1
            var text = ""
            while index < characters.count {
                let character = characters[index]
                index += 1
                if Self.isQuote(character) { return (text, true) }
                text.append(Self.isSpace(character) ? " " : character)
            }
            return (text, false)
        }
    }
}
