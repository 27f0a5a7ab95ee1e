/// The words of every programme's name and aliases as vocabulary ids, laid out flat, so that the
/// match tier of thousands of programmes is a few integer comparisons each. Stop words are left
/// out, as they are from queries: "women in tech" is exactly the name "Women in Tech".
struct NameIndex: Sendable {
    /// All name and alias words of all programmes, one variant after another.
    private let words: [Int32]
    /// `words[variantStarts[v]..<variantStarts[v + 1]]` is variant `v`.
    private let variantStarts: [Int32]
    /// Programme `p`'s variants are `programmeStarts[p]..<programmeStarts[p + 1]`; the first is the name.
    private let programmeStarts: [Int32]
    /// The same words the other way round: the positions of the programmes whose name or an alias
    /// has vocabulary word `w` are `namingPositions[namingStarts[w]..<namingStarts[w + 1]]`, so
    /// that the programmes a range of words names (a prefix) are one run of positions.
    private let namingStarts: [Int32]
    private let namingPositions: [Int32]

    init(variants: [[[String]]], vocabulary: TermVocabulary) {
        var words: [Int32] = []
        var variantStarts: [Int32] = [0]
        var programmeStarts: [Int32] = [0]
        for programme in variants {
            for variant in programme {
                for word in variant where !StopWords.contains(word) { words.append(vocabulary.id(of: word) ?? -1) }
                variantStarts.append(Int32(words.count))
            }
            programmeStarts.append(Int32(variantStarts.count - 1))
        }
        self.words = words
        self.variantStarts = variantStarts
        self.programmeStarts = programmeStarts
        (namingStarts, namingPositions) = Self.naming(words: words, variantStarts: variantStarts,
                                                      programmeStarts: programmeStarts, terms: vocabulary.count)
    }

    /// Programme positions by word (a counting sort of the words), each position once per word.
    private static func naming(
        words: [Int32], variantStarts: [Int32], programmeStarts: [Int32], terms: Int
    ) -> ([Int32], [Int32]) {
        var counts = [Int32](repeating: 0, count: terms + 1)
        var last = [Int32](repeating: -1, count: terms)
        func forEachWord(_ body: (Int, Int32) -> Void) {
            for position in 0..<(programmeStarts.count - 1) {
                let start = Int(variantStarts[Int(programmeStarts[position])])
                let end = Int(variantStarts[Int(programmeStarts[position + 1])])
                for index in start..<end {
                    let id = Int(words[index])
                    guard id >= 0, id < terms, last[id] != Int32(position) else { continue }
                    last[id] = Int32(position)
                    body(id, Int32(position))
                }
            }
        }
        forEachWord { id, _ in counts[id + 1] += 1 }
        for id in 0..<terms { counts[id + 1] += counts[id] }
        var next = Array(counts.dropLast())
        var positions = [Int32](repeating: 0, count: Int(counts[terms]))
        for id in 0..<terms { last[id] = -1 }
        forEachWord { id, position in
            positions[Int(next[id])] = position
            next[id] += 1
        }
        return (counts, positions)
    }

    /// The programmes with a word `token` accepts in their name or an alias, without reading
    /// any programme.
    func programmes(naming token: TokenMatcher) -> Bitmap {
        var found = Bitmap(count: programmeStarts.count - 1)
        let terms = Int32(namingStarts.count - 1)
        func insert(_ words: Range<Int32>) {
            let lower = min(max(words.lowerBound, 0), terms)
            let upper = min(max(words.upperBound, lower), terms)
            for index in Int(namingStarts[Int(lower)])..<Int(namingStarts[Int(upper)]) {
                found.insert(Int(namingPositions[index]))
            }
        }
        insert(token.range)
        for id in token.forms + token.corrections { insert(id..<(id + 1)) }
        return found
    }

    /// The programmes that can match `query` better than `.elsewhere`: those whose names and
    /// aliases have, for each of its first 64 words, a word it accepts (what `tier` needs for
    /// `.inName`, and the others more). `naming` gives each word's programmes.
    func candidates(for tokens: [TokenMatcher], naming: (TokenMatcher) -> Bitmap) -> Bitmap {
        guard let first = tokens.first else { return Bitmap(count: programmeStarts.count - 1) }
        var found = naming(first)
        for token in tokens.prefix(64).dropFirst() { found.formIntersection(naming(token)) }
        return found
    }

    /// How closely programme `position`'s name or aliases match `query`, the query's words in
    /// order.
    func tier(of position: Int, query: TierQuery) -> MatchTier {
        let tokens = query.tokens
        guard !tokens.isEmpty, position + 1 < programmeStarts.count else { return .elsewhere }
        let first = Int(programmeStarts[position])
        let last = Int(programmeStarts[position + 1])
        let count = min(tokens.count, 64)
        // Bit i: token i occurs in some variant. Words past the 64th never block `inName`.
        let wanted: UInt64 = count == 64 ? ~0 : (1 << UInt64(count)) - 1
        var found: UInt64 = 0
        var best = MatchTier.elsewhere
        return words.withUnsafeBufferPointer { words in
            tokens.withUnsafeBufferPointer { tokens in
                for variant in first..<last {
                    let start = Int(variantStarts[variant])
                    let end = Int(variantStarts[variant + 1])
                    if end - start >= tokens.count {
                        var prefixMatches = true
                        var exact = end - start == tokens.count
                        for offset in 0..<tokens.count {
                            let id = words[start + offset]
                            if !query.accepts(tokens[offset], id) {
                                prefixMatches = false
                                break
                            }
                            if !query.isExact(tokens[offset], id) { exact = false }
                        }
                        if prefixMatches {
                            if exact { return .exactName }
                            best = .namePrefix
                        }
                    }
                    if best == .elsewhere && found != wanted {
                        for index in start..<end {
                            let id = words[index]
                            for offset in 0..<count
                            where found & (1 << UInt64(offset)) == 0 && query.accepts(tokens[offset], id) {
                                found |= 1 << UInt64(offset)
                            }
                        }
                    }
                }
                if best == .elsewhere, found == wanted { return .inName }
                return best
            }
        }
    }
}

/// The vocabulary terms one word of the query accepts: itself and its other forms, the words it
/// starts (while it is typed), or the corrections of a typo.
struct TokenMatcher: Sendable, Hashable {
    /// The word as typed, folded.
    var text: String
    /// Its own id when the vocabulary holds it.
    var exactID: Int32?
    /// Ids it accepts: its prefix range, or its own id.
    var range: Range<Int32>
    /// Ids of typo corrections it accepts too.
    var corrections: [Int32]
    /// Ids of the word's other forms (`smes` for `sme`, `centre` for `center`): they match as the
    /// word itself does.
    var forms: [Int32] = []

    /// True when it accepts the words it starts, not only itself.
    var isPrefix: Bool { !range.isEmpty && !(range.count == 1 && range.lowerBound == exactID) }

}

/// The query's word matchers as plain integers, so that checking thousands of names copies and
/// counts no references.
struct TierQuery {
    struct Token {
        let lower: Int32
        let upper: Int32
        /// The word's own id, or -2 when the vocabulary lacks it (-1 marks unknown name words).
        let exact: Int32
        /// Into `others`: the word's forms, then its corrections.
        let others: Range<Int>
        /// Into `others`: the forms alone, which match as exactly as the word.
        let forms: Range<Int>
    }

    let tokens: [Token]
    private let others: [Int32]

    init(_ matchers: [TokenMatcher]) {
        var others: [Int32] = []
        tokens = matchers.map { matcher in
            let start = others.count
            others += matcher.forms
            let formsEnd = others.count
            others += matcher.corrections
            return Token(
                lower: matcher.range.lowerBound, upper: matcher.range.upperBound, exact: matcher.exactID ?? -2,
                others: start..<others.count, forms: start..<formsEnd)
        }
        self.others = others
    }

    @inline(__always)
    func accepts(_ token: Token, _ id: Int32) -> Bool {
        if id >= token.lower && id < token.upper { return true }
        for index in token.others where others[index] == id { return true }
        return false
    }

    /// True when `id` is the word itself or one of its forms, not a longer word it starts.
    @inline(__always)
    func isExact(_ token: Token, _ id: Int32) -> Bool {
        if id == token.exact { return true }
        for index in token.forms where others[index] == id { return true }
        return false
    }
}
