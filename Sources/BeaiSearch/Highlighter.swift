import BeaiDomain

/// Finds the query's words in stored text: highlight ranges for the name and a short snippet of
/// another field, in `Character` offsets of the text shown.
struct Highlighter: Sendable {
    /// What each word or run of words of the query accepts, as folded bytes.
    private let phrases: [[WordPattern]]
    /// True when some phrase has several words: words are then read with the ones after them.
    private let hasRuns: Bool

    /// Highlights the words `phrases` accept: each phrase a run of words side by side (most are a
    /// single word).
    init(vocabulary: TermVocabulary, phrases: [[TokenMatcher]]) {
        self.phrases = phrases.filter { !$0.isEmpty }.map { $0.map { WordPattern($0, vocabulary: vocabulary) } }
        hasRuns = self.phrases.contains { $0.count > 1 }
    }

    /// Snippets longer than this many characters are cut around the first match.
    static let snippetLength = 100

    /// False when the query has no words (qualifiers only): nothing to highlight.
    var isActive: Bool { !phrases.isEmpty }

    /// The ranges of the words of `text` that the query matches; a run of words matched together
    /// is one range, with what stands between them (`Start-ups`).
    func ranges(in text: String) -> [Range<Int>] {
        guard hasRuns else {
            var found: [Range<Int>] = []
            TextTokenizer.forEachWord(in: text) { range, word in
                if accepts(word) { found.append(range) }
                return true
            }
            return found
        }
        var words: [(range: Range<Int>, bytes: [UInt8])] = []
        TextTokenizer.forEachWord(in: text) { range, word in
            words.append((range, Array(word)))
            return true
        }
        var found: [Range<Int>] = []
        var covered = 0
        for start in words.indices {
            var longest = 0
            for phrase in phrases where phrase.count > longest && start + phrase.count <= words.count {
                let matched = phrase.indices.allSatisfy { offset in
                    words[start + offset].bytes.withUnsafeBufferPointer { phrase[offset].accepts($0) }
                }
                if matched { longest = phrase.count }
            }
            guard longest > 0 else { continue }
            let end = start + longest
            if start < covered, let last = found.last {
                found[found.count - 1] = last.lowerBound..<max(last.upperBound, words[end - 1].range.upperBound)
            } else {
                found.append(words[start].range.lowerBound..<words[end - 1].range.upperBound)
            }
            covered = max(covered, end)
        }
        return found
    }

    /// True when a word of `text`, or a run of its words, is one the query matches.
    func matches(_ text: String) -> Bool {
        guard hasRuns else {
            var found = false
            TextTokenizer.forEachWord(in: text) { _, word in
                found = accepts(word)
                return !found
            }
            return found
        }
        return !ranges(in: text).isEmpty
    }

    private func accepts(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        phrases.contains { $0.count == 1 && $0[0].accepts(word) }
    }

    /// An extract of `field` around its first match, or nil when nothing in it matches.
    func snippet(of field: IndexedField, programme: Programme, text: String) -> SearchSnippet? {
        if field == .aliases {
            // Only the aliases that match, each whole.
            let matching = programme.aliases.filter(matches)
            guard !matching.isEmpty else { return nil }
            let joined = matching.joined(separator: "; ")
            return cut(joined, highlights: ranges(in: joined), field: field)
        }
        let highlights = ranges(in: text)
        guard !highlights.isEmpty else { return nil }
        return cut(text, highlights: highlights, field: field)
    }

    /// `text` whole when short, else a window around the first highlight cut at spaces, with "…"
    /// where it was cut; highlights moved into the window.
    private func cut(_ text: String, highlights: [Range<Int>], field: IndexedField) -> SearchSnippet {
        // A text of few scalars has no more characters: most fields are whole without counting.
        guard text.unicodeScalars.count > Self.snippetLength, let first = highlights.first else {
            return SearchSnippet(field: field.column, text: text, highlights: highlights)
        }
        let characters = Array(text)
        guard characters.count > Self.snippetLength else {
            return SearchSnippet(field: field.column, text: text, highlights: highlights)
        }
        var start = max(0, first.lowerBound - Self.snippetLength / 3)
        if start > 0 {
            // Begin at a word: just after the nearest space before `start`, if one is close.
            var back = start
            while back > 0, back > start - 15, characters[back - 1] != " " { back -= 1 }
            if back > 0, characters[back - 1] == " " { start = back } else if back == 0 { start = 0 }
        }
        var end = min(characters.count, start + Self.snippetLength)
        if end < characters.count {
            var forth = end
            while forth > start + Self.snippetLength / 2, characters[forth - 1] != " " { forth -= 1 }
            if characters[forth - 1] == " " { end = forth - 1 }
        }
        end = max(end, min(characters.count, first.upperBound))
        let lead = start > 0 ? "…" : ""
        let tail = end < characters.count ? "…" : ""
        let shift = lead.count - start
        let window = start..<end
        let moved = highlights.compactMap { range -> Range<Int>? in
            guard range.lowerBound >= window.lowerBound, range.upperBound <= window.upperBound else { return nil }
            return (range.lowerBound + shift)..<(range.upperBound + shift)
        }
        return SearchSnippet(
            field: field.column, text: lead + String(characters[window]) + tail, highlights: moved)
    }
}

/// One query word as bytes: the words it accepts whole, and the start it accepts when it is the
/// word being typed.
private struct WordPattern: Sendable {
    let whole: [[UInt8]]
    let prefix: [UInt8]?

    init(_ matcher: TokenMatcher, vocabulary: TermVocabulary) {
        var whole = (matcher.corrections + matcher.forms).map { Array(vocabulary.terms[Int($0)].utf8) }
        if matcher.exactID != nil || !matcher.isPrefix { whole.append(Array(matcher.text.utf8)) }
        self.whole = whole
        prefix = matcher.isPrefix ? Array(matcher.text.utf8) : nil
    }

    func accepts(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        if let prefix, word.count >= prefix.count, word.prefix(prefix.count).elementsEqual(prefix) { return true }
        return whole.contains { $0.count == word.count && $0.elementsEqual(word) }
    }
}

/// What one result matched, found from the programme's text when asked for.
struct ResultDetails: Sendable {
    let index: SearchIndex
    let position: Int
    let highlighter: Highlighter

    private var programme: Programme { index.catalog.programmes[position] }

    var matchedFields: [String] {
        guard highlighter.isActive else { return [] }
        let programme = programme
        return IndexedField.allCases.filter { highlighter.matches(index.texts.text($0, of: programme)) }.map(\.column)
    }

    var nameHighlights: [Range<Int>] {
        highlighter.isActive ? highlighter.ranges(in: programme.name) : []
    }

    var snippet: SearchSnippet? {
        guard highlighter.isActive else { return nil }
        let programme = programme
        for field in IndexedField.snippetOrder {
            let text = index.texts.text(field, of: programme)
            if highlighter.matches(text) {
                return highlighter.snippet(of: field, programme: programme, text: text)
            }
        }
        return nil
    }
}
