import Foundation

/// A query's words resolved against the index vocabulary: which terms each word accepts, the
/// FTS5 expression that finds them, and what was corrected or could not match.
struct QueryPlan {
    /// One word or phrase of the query, resolved.
    struct Term {
        var source: QueryTerm
        /// One per token of `source`.
        var matchers: [TokenMatcher]
        /// The FTS5 expression, or nil for a single letter being typed, which is matched against
        /// names and aliases only (see `namesOnly`).
        var expression: String?
        /// Upper bound of the programmes that contain it.
        var estimate: Int
        /// True when it is matched in names and aliases only, outside FTS5.
        var namesOnly: Bool { expression == nil }
    }

    var terms: [Term] = []
    /// FTS5 expressions of the exclusions that can match anything.
    var exclusions: [String] = []
    /// Typed words the vocabulary cannot match, even with a typo corrected.
    var unmatched: [String] = []
    /// Typed word → the words searched instead.
    var corrections: [(typed: String, searched: [String])] = []

    /// Every token matcher of the positive terms, in query order: what names are compared with.
    var tokens: [TokenMatcher] { terms.flatMap(\.matchers) }

    /// The FTS5 expression every result must match (terms and exclusions), or nil when no term
    /// goes through FTS5.
    var expression: String? {
        let positive = terms.compactMap(\.expression)
        guard !positive.isEmpty else { return nil }
        var text = positive.joined(separator: " AND ")
        if !exclusions.isEmpty { text = "(\(text)) NOT (\(exclusions.joined(separator: " OR ")))" }
        return text
    }

    /// Upper bound of the matches: the least of the terms' estimates.
    var estimate: Int { terms.map(\.estimate).min() ?? Int.max }
}

/// Builds a `QueryPlan` from parsed terms and the vocabulary.
struct QueryPlanner {
    let vocabulary: TermVocabulary
    /// A prefix expanding to more terms than this is matched in names only: FTS5 merges one list
    /// per term, and thousands of lists would cost tens of milliseconds at 100,000 programmes.
    static let maximumPrefixTerms = 400
    /// Likewise a prefix whose terms occur more than this many times in all (programme, term
    /// pairs): merging their lists is what costs, and a short prefix of common words (`in`, `ai`
    /// being typed) reaches hundreds of thousands at 100,000 programmes. The whole built-in data
    /// holds about 20,000, so its searches never take this path.
    static let maximumPrefixPostings = 30_000

    func plan(_ query: ParsedQuery) -> QueryPlan {
        var plan = QueryPlan()
        for term in query.terms {
            if let resolved = resolve(term, plan: &plan) { plan.terms.append(resolved) }
        }
        for exclusion in query.exclusions {
            if let expression = exclusionExpression(exclusion) { plan.exclusions.append(expression) }
        }
        return plan
    }

    /// Edits a word may be away from a term and still match it: one from 4 letters, two from 8.
    static func allowedEdits(_ word: String) -> Int {
        switch word.count {
        case 8...: 2
        case 4...: 1
        default: 0
        }
    }

    private func resolve(_ term: QueryTerm, plan: inout QueryPlan) -> QueryPlan.Term? {
        var matchers: [TokenMatcher] = []
        var fragments: [String] = []
        var estimate = Int.max
        var corrected = false
        var namesOnly = false
        for (offset, token) in term.tokens.enumerated() {
            let isPrefix = term.isPrefix && offset == term.tokens.count - 1
            let exactID = vocabulary.id(of: token)
            if isPrefix {
                let range = vocabulary.prefixRange(token)
                if !range.isEmpty {
                    matchers.append(TokenMatcher(text: token, exactID: exactID, range: range, corrections: []))
                    fragments.append(Self.quote(token) + "*")
                    estimate = min(estimate, vocabulary.documentCount(in: range))
                    namesOnly = term.tokens.count == 1
                        && (token.count == 1 || range.count > Self.maximumPrefixTerms
                            || vocabulary.documentCount(in: range) > Self.maximumPrefixPostings)
                    continue
                }
            } else if let exactID {
                matchers.append(TokenMatcher(text: token, exactID: exactID, range: exactID..<(exactID + 1), corrections: []))
                fragments.append(Self.quote(token))
                estimate = min(estimate, vocabulary.documentCount(in: exactID..<(exactID + 1)))
                continue
            }
            // Not in the index: try the nearest terms, unless the user quoted the words.
            // A word being typed may also be the start of a word with a typo in it: allow one edit
            // in its first letters when no whole word is near.
            let edits = Self.allowedEdits(token)
            var found = term.isQuoted ? [] : vocabulary.corrections(of: token, maximumEdits: edits)
            if found.isEmpty, isPrefix, !term.isQuoted {
                found = vocabulary.corrections(of: token, maximumEdits: min(edits, 1), prefix: true)
            }
            let nearest = found.filter { $0.edits == found.first?.edits }
            guard !nearest.isEmpty else {
                plan.unmatched.append(token)
                return nil
            }
            let ids = nearest.map(\.id)
            matchers.append(TokenMatcher(text: token, exactID: nil, range: 0..<0, corrections: ids))
            let words = ids.map { vocabulary.terms[Int($0)] }
            fragments.append("(" + words.map(Self.quote).joined(separator: " OR ") + ")")
            estimate = min(estimate, ids.reduce(0) { $0 + vocabulary.documentCount(in: $1..<($1 + 1)) })
            plan.corrections.append((token, words))
            corrected = true
        }
        let expression: String?
        if namesOnly {
            expression = nil
        } else if corrected || fragments.count == 1 {
            expression = fragments.count == 1 ? fragments[0] : "(" + fragments.joined(separator: " AND ") + ")"
        } else {
            // Several words typed as one (`R&D`, `industry-4.0`) or quoted: they must stand together.
            expression = Self.quote(term.tokens.joined(separator: " ")) + (term.isPrefix ? "*" : "")
        }
        return QueryPlan.Term(source: term, matchers: matchers, expression: expression, estimate: estimate)
    }

    private func exclusionExpression(_ term: QueryTerm) -> String? {
        if term.tokens.count == 1, term.isPrefix {
            return vocabulary.prefixRange(term.tokens[0]).isEmpty ? nil : Self.quote(term.tokens[0]) + "*"
        }
        guard term.tokens.allSatisfy({ vocabulary.id(of: $0) != nil }) else { return nil }
        return Self.quote(term.tokens.joined(separator: " "))
    }

    /// A token as an FTS5 string. Tokens hold only letters and digits, so quoting is all it needs;
    /// a quote character is doubled all the same.
    static func quote(_ token: String) -> String {
        "\"" + token.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
