/// Builds a `QueryPlan` from parsed terms, the vocabulary and the phrase book: stop words left
/// out, words read together where they spell a synonym, a qualifier value or one compound word,
/// every word expanded to its forms, spellings and compounds that the index holds, and a typo
/// corrected only when nothing else matches.
struct QueryPlanner {
    let vocabulary: TermVocabulary
    let phrases: PhraseBook
    /// The alternatives of the terms of each synonym group (`synonymAlternatives()`), worked out
    /// once per index.
    let synonyms: [[QueryPlan.Alternative]]
    /// Forms and matchers already worked out during this plan: a word is looked at for every run
    /// of words it may start or end.
    private let memo = Memo()

    init(vocabulary: TermVocabulary, phrases: PhraseBook, synonyms: [[QueryPlan.Alternative]]) {
        self.vocabulary = vocabulary
        self.phrases = phrases
        self.synonyms = synonyms
    }

    /// For each synonym group of the phrase book, its terms in any of their forms, as synonym
    /// alternatives (terms with a word the index lacks left out).
    func synonymAlternatives() -> [[QueryPlan.Alternative]] {
        phrases.groupWords.map { terms in
            terms.compactMap { phraseAlternative($0, prefix: false, isSynonym: true) }
        }
    }

    private final class Memo {
        var canonical: [String: [String]] = [:]
        var matchers: [String: TokenMatcher?] = [:]
        var prefixMatchers: [String: TokenMatcher?] = [:]
    }

    /// `WordForms.canonical(of:)`, worked out once per word.
    private func canonical(_ word: String) -> [String] {
        if let known = memo.canonical[word] { return known }
        let forms = WordForms.canonical(of: word)
        memo.canonical[word] = forms
        return forms
    }
    /// A prefix expanding to more terms than this is matched in names only: FTS5 merges one list
    /// per term, and thousands of lists would cost tens of milliseconds at 100,000 programmes.
    static let maximumPrefixTerms = 400
    /// Likewise a prefix whose terms occur more than this many times in all (programme, term
    /// pairs): merging their lists is what costs, and a short prefix of common words (`in`, `ai`
    /// being typed) reaches hundreds of thousands at 100,000 programmes. The whole built-in data
    /// holds about 20,000, so its searches never take this path.
    static let maximumPrefixPostings = 30_000
    /// A word being typed that is cut in two takes its second half as the start of longer words
    /// only when those occur at most this many times in all: FTS5 reads the positions of every one.
    static let maximumSplitPrefixPostings = 2_000
    /// At most this many phrases stand for one alternative of several words with several forms.
    static let maximumPhrases = 8
    /// A word being typed is read together with the word before it only from this many letters.
    static let minimumJoinedPrefix = 3

    func plan(_ query: ParsedQuery) -> QueryPlan {
        var plan = QueryPlan()
        let terms = query.terms
        let keepStopWords = terms.allSatisfy(Self.isStopWord)
        var start = 0
        while start < terms.count {
            let (unit, length) = nextUnit(terms, from: start, keepStopWords: keepStopWords, plan: &plan)
            if let unit { plan.units.append(unit) }
            start += length
        }
        if Self.isQuestion(terms) {
            plan.leftOut = plan.unmatched
            plan.unmatched = []
        }
        if plan.units.allSatisfy(\.isOptional) {
            for offset in plan.units.indices { plan.units[offset].isOptional = false }
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

    /// True when the terms read as a question: they start with a question word or end with `?`.
    static func isQuestion(_ terms: [QueryTerm]) -> Bool {
        guard let first = terms.first, let last = terms.last else { return false }
        return (!first.isQuoted && first.tokens.count == 1 && StopWords.questionWords.contains(first.tokens[0]))
            || last.text.hasSuffix("?")
    }

    /// A single word, unquoted, that a query can do without.
    static func isStopWord(_ term: QueryTerm) -> Bool {
        !term.isQuoted && term.tokens.count == 1 && StopWords.contains(term.tokens[0])
    }

    // MARK: - Units

    /// The unit that starts at `terms[start]` and how many terms it takes: the longest run of
    /// terms that spells a phrase of the phrase book or one compound word, else the term alone.
    private func nextUnit(
        _ terms: [QueryTerm], from start: Int, keepStopWords: Bool, plan: inout QueryPlan
    ) -> (QueryPlan.Unit?, Int) {
        let term = terms[start]
        if !term.isQuoted {
            var run = 0
            while start + run < terms.count, run < PhraseBook.maximumWords, !terms[start + run].isQuoted { run += 1 }
            for length in stride(from: run, through: 2, by: -1) {
                let span = Array(terms[start..<(start + length)])
                guard let last = span.last, !last.isPrefix || last.tokens.joined().count >= Self.minimumJoinedPrefix
                else { continue }
                let words = span.flatMap(\.tokens)
                let found = phrases.phrases(spelledBy: words, forms: canonical)
                let joined = length == 2 && span.allSatisfy({ $0.tokens.count == 1 }) && mayHaveForms(words.joined())
                    ? wordAlternative(words.joined(), prefix: last.isPrefix) : nil
                if !found.isEmpty || joined != nil {
                    return (unit(span, phrases: found, joined: joined, keepStopWords: keepStopWords, plan: &plan), length)
                }
            }
        }
        if !keepStopWords, Self.isStopWord(term) { return (nil, 1) }
        if term.isPrefix, term.tokens.count == 1, let matcher = namesOnlyMatcher(term.tokens[0]) {
            let part = QueryPlan.Part(source: term, alternatives: [
                QueryPlan.Alternative(
                    matchers: [matcher], isSynonym: false, expression: "", estimate: vocabulary.documentCount(in: matcher.range))
            ])
            return (QueryPlan.Unit(sources: [term], parts: [part], partsMatch: true, namesOnly: matcher), 1)
        }
        let found = term.isQuoted ? [] : phrases.phrases(spelledBy: term.tokens, forms: canonical)
        return (unit([term], phrases: found, joined: nil, keepStopWords: keepStopWords, plan: &plan), 1)
    }

    /// A unit of the terms `span`, which spell `found` (synonym terms, qualifier values) and, as
    /// one word, `joined`; nil when nothing in it can match.
    private func unit(
        _ span: [QueryTerm], phrases found: [PhraseBook.Phrase], joined: QueryPlan.Alternative?, keepStopWords: Bool,
        plan: inout QueryPlan
    ) -> QueryPlan.Unit? {
        var unit = QueryPlan.Unit(sources: span, parts: [], partsMatch: true)
        var meanings: [NamedValue] = []
        var groups: [Int] = []
        for phrase in found {
            switch phrase.meaning {
            case let .synonym(group): if !groups.contains(group) { groups.append(group) }
            case let .value(qualifier, value): meanings.append(NamedValue(qualifier: qualifier, value: value))
            }
        }
        for group in groups {
            meanings += phrases.groupMeanings[group]
            if group < synonyms.count { unit.wholes += synonyms[group] }
        }
        if let joined { unit.wholes.append(joined) }
        var seenMeanings: Set<NamedValue> = []
        unit.meanings = meanings.filter { seenMeanings.insert($0).inserted }
        unit.isOptional = span.count == 1 && !span[0].isQuoted && span[0].tokens.count == 1
            && StopWords.isGeneric(forms: canonical(span[0].tokens[0]))
        // A generic noun ranks by names only: "which programmes..." says nothing of kinds.
        if unit.isOptional { unit.meanings = [] }

        var unmatched: [String] = []
        for term in span where keepStopWords || !Self.isStopWord(term) {
            if let part = part(term, allowCorrections: unit.wholes.isEmpty, unmatched: &unmatched, plan: &plan) {
                unit.parts.append(part)
            } else {
                unit.partsMatch = false
            }
        }
        var seenExpressions: Set<String> = Set(unit.parts.flatMap { $0.alternatives.map(\.expression) })
        unit.wholes = unit.wholes.filter { seenExpressions.insert($0.expression).inserted }
        if !unit.partsMatch, unit.wholes.isEmpty {
            if !unit.isOptional { plan.unmatched += unmatched }
            return nil
        }
        return unit
    }

    /// The matcher of a single letter or a prefix of very many or very common words being typed,
    /// which is matched in names and aliases only; nil for any other word.
    private func namesOnlyMatcher(_ token: String) -> TokenMatcher? {
        let range = vocabulary.prefixRange(token)
        guard !range.isEmpty,
            token.count == 1 || range.count > Self.maximumPrefixTerms
                || vocabulary.documentCount(in: range) > Self.maximumPrefixPostings
        else { return nil }
        return TokenMatcher(text: token, exactID: vocabulary.id(of: token), range: range, corrections: [])
    }

    // MARK: - Parts

    /// One typed term resolved: its words in any of their forms, the compounds it may stand for,
    /// and, when nothing else matches and `allowCorrections`, the nearest words to a typo.
    private func part(
        _ term: QueryTerm, allowCorrections: Bool, unmatched: inout [String], plan: inout QueryPlan
    ) -> QueryPlan.Part? {
        if term.isQuoted {
            guard let alternative = quotedAlternative(term) else {
                unmatched += term.tokens.filter { vocabulary.id(of: $0) == nil }
                return nil
            }
            return QueryPlan.Part(source: term, alternatives: [alternative])
        }
        var tokens = term.tokens
        // A possessive or plural after an apostrophe (`Europe's`, `KMO's`) is the word itself.
        if tokens.count > 1, tokens.last == "s" { tokens.removeLast() }
        var alternatives: [QueryPlan.Alternative] = []
        if let literal = phraseAlternative(tokens, prefix: term.isPrefix, isSynonym: false) { alternatives.append(literal) }
        if tokens.count == 1 {
            alternatives += splits(of: tokens[0], prefix: term.isPrefix)
        } else if let joined = wordAlternative(tokens.joined(), prefix: term.isPrefix) {
            alternatives.append(joined)
        }
        if alternatives.isEmpty {
            if !allowCorrections {
                unmatched += tokens
            } else if let corrected = correctedAlternative(tokens, prefix: term.isPrefix, unmatched: &unmatched, plan: &plan) {
                alternatives.append(corrected)
            }
        }
        return alternatives.isEmpty ? nil : QueryPlan.Part(source: term, alternatives: alternatives)
    }

    /// A quoted phrase: its words exactly as typed, side by side.
    private func quotedAlternative(_ term: QueryTerm) -> QueryPlan.Alternative? {
        var matchers: [TokenMatcher] = []
        for token in term.tokens {
            guard let id = vocabulary.id(of: token) else { return nil }
            matchers.append(TokenMatcher(text: token, exactID: id, range: id..<(id + 1), corrections: []))
        }
        return QueryPlan.Alternative(
            matchers: matchers, isSynonym: false, expression: Self.quote(term.tokens.joined(separator: " ")),
            estimate: matchers.map(estimate).min() ?? 0)
    }

    /// `words` side by side, each in any of its forms, the last one a prefix when `prefix`; nil
    /// when a word has no form in the index.
    func phraseAlternative(_ words: [String], prefix: Bool, isSynonym: Bool) -> QueryPlan.Alternative? {
        var matchers: [TokenMatcher] = []
        for (offset, word) in words.enumerated() {
            guard let matcher = matcher(word, prefix: prefix && offset == words.count - 1) else { return nil }
            matchers.append(matcher)
        }
        guard !matchers.isEmpty else { return nil }
        return QueryPlan.Alternative(
            matchers: matchers, isSynonym: isSynonym, expression: expression(of: matchers),
            estimate: matchers.map(estimate).min() ?? 0)
    }

    /// One word in any of its forms (`startup` for `start up`).
    private func wordAlternative(_ word: String, prefix: Bool) -> QueryPlan.Alternative? {
        phraseAlternative([word], prefix: prefix, isSynonym: false)
    }

    /// A word written as two (`startups` → `start ups`, `covid19` → `covid 19`, `opendata` → `open
    /// data`): every way to cut it into a word of the index and another (in any of its forms, or a
    /// prefix while typing), neither a stop word.
    private func splits(of word: String, prefix: Bool) -> [QueryPlan.Alternative] {
        let characters = Array(word)
        guard characters.count >= 3 else { return [] }
        var found: [QueryPlan.Alternative] = []
        for cut in 1..<characters.count {
            let head = String(characters[..<cut])
            let tail = String(characters[cut...])
            // A single letter is half of a compound only before a long word (`e-learning`).
            guard head.count >= 2 || tail.count >= 4, tail.count >= 2,
                let headID = vocabulary.id(of: head), !StopWords.contains(head), !StopWords.contains(tail),
                prefix || mayHaveForms(tail), let tailMatcher = splitTail(tail, prefix: prefix)
            else { continue }
            let matchers = [TokenMatcher(text: head, exactID: headID, range: headID..<(headID + 1), corrections: []), tailMatcher]
            found.append(QueryPlan.Alternative(
                matchers: matchers, isSynonym: false, expression: expression(of: matchers),
                estimate: matchers.map(estimate).min() ?? 0))
        }
        return found
    }

    /// What the second half of a cut word accepts: its forms, and the words it starts while it is
    /// typed, unless those are too common to read positions for (then it counts as typed whole).
    private func splitTail(_ tail: String, prefix: Bool) -> TokenMatcher? {
        if prefix, let matcher = matcher(tail, prefix: true),
            vocabulary.documentCount(in: matcher.range) <= Self.maximumSplitPrefixPostings
        {
            return matcher
        }
        return matcher(tail, prefix: false)
    }

    /// The words of a term that is not in the index, each corrected to its nearest words (unless
    /// it is a word of the index, or the start of some while typed); nil when one has none.
    private func correctedAlternative(
        _ tokens: [String], prefix: Bool, unmatched: inout [String], plan: inout QueryPlan
    ) -> QueryPlan.Alternative? {
        var matchers: [TokenMatcher] = []
        var fragments: [String] = []
        for (offset, token) in tokens.enumerated() {
            let isPrefix = prefix && offset == tokens.count - 1
            if let matcher = matcher(token, prefix: isPrefix) {
                matchers.append(matcher)
                fragments.append(expression(of: [matcher]))
                continue
            }
            // A word being typed may also be the start of a word with a typo in it: allow one edit
            // in its first letters when no whole word is near.
            let edits = Self.allowedEdits(token)
            var found = vocabulary.corrections(of: token, maximumEdits: edits)
            if found.isEmpty, isPrefix {
                found = vocabulary.corrections(of: token, maximumEdits: min(edits, 1), prefix: true)
            }
            let nearest = found.filter { $0.edits == found.first?.edits }
            guard !nearest.isEmpty else {
                unmatched.append(token)
                return nil
            }
            let ids = nearest.map(\.id)
            let corrected = TokenMatcher(text: token, exactID: nil, range: 0..<0, corrections: ids)
            matchers.append(corrected)
            let words = ids.map { vocabulary.terms[Int($0)] }
            fragments.append(Self.either(words.map(Self.quote)))
            plan.corrections.append((token, words))
        }
        return QueryPlan.Alternative(
            matchers: matchers, isSynonym: false, expression: Self.all(fragments),
            estimate: matchers.map(estimate).min() ?? 0)
    }

    // MARK: - Words

    /// What `word` accepts in the index: itself and its other forms, and the words it starts when
    /// `prefix`; nil when the index holds none of them.
    func matcher(_ word: String, prefix: Bool) -> TokenMatcher? {
        if let known = prefix ? memo.prefixMatchers[word] : memo.matchers[word] { return known }
        let found = makeMatcher(word, prefix: prefix)
        if prefix { memo.prefixMatchers[word] = found } else { memo.matchers[word] = found }
        return found
    }

    private func makeMatcher(_ word: String, prefix: Bool) -> TokenMatcher? {
        let exactID = vocabulary.id(of: word)
        var forms: [Int32] = []
        let candidates = mayHaveForms(word) ? WordForms.candidates(of: word, canonical: canonical(word), isExtended: isExtended).dropFirst() : []
        for candidate in candidates {
            if let id = vocabulary.id(of: candidate), id != exactID, !forms.contains(id) { forms.append(id) }
        }
        if prefix {
            let range = vocabulary.prefixRange(word)
            forms.removeAll { range.contains($0) }
            guard !range.isEmpty || !forms.isEmpty else { return nil }
            return TokenMatcher(text: word, exactID: exactID, range: range, corrections: [], forms: forms)
        }
        guard exactID != nil || !forms.isEmpty else { return nil }
        let range = exactID.map { $0..<($0 + 1) } ?? 0..<0
        return TokenMatcher(text: word, exactID: exactID, range: range, corrections: [], forms: forms)
    }

    /// True when a word of the index other than `base` starts with it.
    private func isExtended(_ base: String) -> Bool {
        let range = vocabulary.prefixRange(base)
        return range.count > (vocabulary.id(of: base) == nil ? 0 : 1)
    }

    /// False when no word of the index starts as `word` does, up to the letters its forms and
    /// spellings may change (`digitaliz…` for `digitalization`, `bed…` for `bedrijven`): a cheap
    /// test before its forms are made and looked up.
    private func mayHaveForms(_ word: String) -> Bool {
        let kept = max(2, word.count - 6)
        return word.count <= kept || !vocabulary.prefixRange(String(word.prefix(kept))).isEmpty
    }

    /// The FTS5 expression of words side by side: one phrase per choice of form, the last word's
    /// prefix as a prefix query.
    private func expression(of matchers: [TokenMatcher]) -> String {
        if matchers.count == 1, let matcher = matchers.first {
            var words: [String] = matcher.isPrefix ? [Self.quote(matcher.text) + "*"] : []
            if !matcher.isPrefix, let exact = matcher.exactID { words.append(Self.quote(vocabulary.terms[Int(exact)])) }
            words += matcher.forms.map { Self.quote(vocabulary.terms[Int($0)]) }
            return Self.either(words)
        }
        var phrases: [(words: [String], prefix: Bool)] = [([], false)]
        for (offset, matcher) in matchers.enumerated() {
            var choices: [(word: String, prefix: Bool)] = []
            if matcher.isPrefix { choices.append((matcher.text, true)) }
            if let exact = matcher.exactID, !matcher.range.contains(exact) || !matcher.isPrefix {
                choices.append((vocabulary.terms[Int(exact)], false))
            }
            choices += matcher.forms.map { (vocabulary.terms[Int($0)], false) }
            let isLast = offset == matchers.count - 1
            phrases = phrases.flatMap { phrase in
                choices.filter { !$0.prefix || isLast }.map { (phrase.words + [$0.word], $0.prefix) }
            }
            phrases = Array(phrases.prefix(Self.maximumPhrases))
        }
        return Self.either(phrases.map { Self.quote($0.words.joined(separator: " ")) + ($0.prefix ? "*" : "") })
    }

    private func estimate(_ matcher: TokenMatcher) -> Int {
        var total = matcher.range.isEmpty ? 0 : vocabulary.documentCount(in: matcher.range)
        for id in matcher.forms + matcher.corrections { total += vocabulary.documentCount(in: id..<(id + 1)) }
        return total
    }

    private func exclusionExpression(_ term: QueryTerm) -> String? {
        if term.tokens.count == 1, term.isPrefix {
            return vocabulary.prefixRange(term.tokens[0]).isEmpty ? nil : Self.quote(term.tokens[0]) + "*"
        }
        if term.tokens.count == 1, !term.isQuoted {
            return matcher(term.tokens[0], prefix: false).map { expression(of: [$0]) }
        }
        guard term.tokens.allSatisfy({ vocabulary.id(of: $0) != nil }) else { return nil }
        return Self.quote(term.tokens.joined(separator: " "))
    }

    // MARK: - FTS5 text

    /// A token as an FTS5 string. Tokens hold only letters and digits, so quoting is all it needs;
    /// a quote character is doubled all the same.
    static func quote(_ token: String) -> String {
        guard token.utf8.contains(UInt8(ascii: "\"")) else { return "\"" + token + "\"" }
        return "\"" + token.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Expressions of which any may match.
    static func either(_ expressions: [String]) -> String {
        expressions.count == 1 ? expressions[0] : "(" + expressions.joined(separator: " OR ") + ")"
    }

    /// Expressions that must all match.
    static func all(_ expressions: [String]) -> String {
        expressions.count == 1 ? expressions[0] : "(" + expressions.joined(separator: " AND ") + ")"
    }
}
