import BeaiDomain

/// Finds the query's words in stored text: highlight ranges for the name and a short snippet of
/// another field, in `Character` offsets of the text shown.
struct Highlighter: Sendable {
    /// Every single word the query accepts, as one pattern.
    private let single: WordPattern
    /// Runs of words side by side (`start ups` for `startups`), each word a pattern.
    private let runs: [[WordPattern]]
    /// Bit `runBits[r][j]` of a word's run mask: the word is word `j` of run `r`.
    private let runBits: [[Int]]
    /// The longest run, in words.
    private let longestRun: Int
    /// False when the query has no words (qualifiers only): nothing to highlight.
    let isActive: Bool

    /// At most this many words of runs are looked for (bits of a mask).
    static let maximumRunWords = 64

    /// Highlights the words `phrases` accept: each phrase a run of words side by side (most are a
    /// single word).
    init(vocabulary: TermVocabulary, phrases: [[TokenMatcher]]) {
        let patterns = phrases.filter { !$0.isEmpty }.map { $0.map { WordPattern($0, vocabulary: vocabulary) } }
        isActive = !patterns.isEmpty
        single = WordPattern(merging: patterns.filter { $0.count == 1 }.map { $0[0] })
        var runs: [[WordPattern]] = []
        var bits: [[Int]] = []
        var used = 0
        for run in patterns where run.count > 1 && used + run.count <= Self.maximumRunWords {
            runs.append(run)
            bits.append(Array(used..<(used + run.count)))
            used += run.count
        }
        self.runs = runs
        runBits = bits
        longestRun = runs.map(\.count).max() ?? 0
    }

    /// Snippets longer than this many characters are cut around the first match.
    static let snippetLength = 100

    /// The ranges of the words of `text` that the query matches; a run of words matched together
    /// is one range, with what stands between them (`Start-ups`).
    func ranges(in text: String) -> [Range<Int>] {
        var found: [Range<Int>] = []
        scan(text) { range in
            found.append(range)
            return true
        }
        guard !runs.isEmpty, found.count > 1 else { return found }
        // Runs and single words may overlap: merge them, in text order.
        found.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for range in found {
            if let last = merged.last, range.lowerBound < last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// True when a word of `text`, or a run of its words, is one the query matches.
    func matches(_ text: String) -> Bool {
        var found = false
        scan(text) { _ in
            found = true
            return false
        }
        return found
    }

    /// Calls `body` with the range of every single word and run of words the query matches, until
    /// it returns false. A run is found at its last word: the masks of the words before it are kept.
    private func scan(_ text: String, _ body: (Range<Int>) -> Bool) {
        var recent: [(range: Range<Int>, mask: UInt64)] = []
        recent.reserveCapacity(longestRun)
        TextTokenizer.forEachWord(in: text) { range, word in
            if single.accepts(word), !body(range) { return false }
            guard !runs.isEmpty else { return true }
            var mask: UInt64 = 0
            for (run, patterns) in runs.enumerated() {
                for (offset, pattern) in patterns.enumerated() where pattern.accepts(word) {
                    mask |= 1 << UInt64(runBits[run][offset])
                }
            }
            if recent.count == longestRun { recent.removeFirst() }
            recent.append((range, mask))
            for bits in runBits where bits.count <= recent.count {
                let first = recent.count - bits.count
                let whole = bits.indices.allSatisfy { recent[first + $0].mask & (1 << UInt64(bits[$0])) != 0 }
                if whole, !body(recent[first].range.lowerBound..<range.upperBound) { return false }
            }
            return true
        }
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
        guard text.utf8.count > Self.snippetLength, let first = highlights.first else {
            return SearchSnippet(field: field.column, text: text, highlights: highlights)
        }
        // Printable ASCII, most of the data, has a character per byte: no grapheme breaking.
        let bytes = Array(text.utf8)
        if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            let window = Self.window(bytes, space: UInt8(ascii: " "), around: first)
            return snippet(String(decoding: bytes[window], as: UTF8.self), window, of: bytes.count, highlights, field)
        }
        let characters = Array(text)
        guard characters.count > Self.snippetLength else {
            return SearchSnippet(field: field.column, text: text, highlights: highlights)
        }
        let window = Self.window(characters, space: " ", around: first)
        return snippet(String(characters[window]), window, of: characters.count, highlights, field)
    }

    /// The characters of `window` (of a text `count` long) with "…" where it was cut, and the
    /// highlights moved into it.
    private func snippet(
        _ text: String, _ window: Range<Int>, of count: Int, _ highlights: [Range<Int>], _ field: IndexedField
    ) -> SearchSnippet {
        let lead = window.lowerBound > 0 ? "…" : ""
        let tail = window.upperBound < count ? "…" : ""
        let shift = lead.count - window.lowerBound
        let moved = highlights.compactMap { range -> Range<Int>? in
            guard range.lowerBound >= window.lowerBound, range.upperBound <= window.upperBound else { return nil }
            return (range.lowerBound + shift)..<(range.upperBound + shift)
        }
        return SearchSnippet(field: field.column, text: lead + text + tail, highlights: moved)
    }

    /// A window of about `snippetLength` characters around `first`, starting and ending at
    /// spaces where one is close.
    private static func window<Characters: RandomAccessCollection>(
        _ characters: Characters, space: Characters.Element, around first: Range<Int>
    ) -> Range<Int> where Characters.Index == Int, Characters.Element: Equatable {
        var start = max(0, first.lowerBound - snippetLength / 3)
        if start > 0 {
            // Begin at a word: just after the nearest space before `start`, if one is close.
            var back = start
            while back > 0, back > start - 15, characters[back - 1] != space { back -= 1 }
            if back > 0, characters[back - 1] == space { start = back } else if back == 0 { start = 0 }
        }
        var end = min(characters.count, start + snippetLength)
        if end < characters.count {
            var forth = end
            while forth > start + snippetLength / 2, characters[forth - 1] != space { forth -= 1 }
            if characters[forth - 1] == space { end = forth - 1 }
        }
        end = max(end, min(characters.count, first.upperBound))
        return start..<end
    }
}

/// One query word as bytes: the words it accepts whole, and the start it accepts when it is the
/// word being typed.
private struct WordPattern: Sendable {
    let whole: [[UInt8]]
    let prefixes: [[UInt8]]

    init(_ matcher: TokenMatcher, vocabulary: TermVocabulary) {
        var whole = (matcher.corrections + matcher.forms).map { Array(vocabulary.terms[Int($0)].utf8) }
        if matcher.exactID != nil || !matcher.isPrefix { whole.append(Array(matcher.text.utf8)) }
        self.whole = whole
        prefixes = matcher.isPrefix ? [Array(matcher.text.utf8)] : []
    }

    /// One pattern accepting what any of `patterns` accepts.
    init(merging patterns: [WordPattern]) {
        var wholeSeen: Set<[UInt8]> = []
        var prefixSeen: Set<[UInt8]> = []
        whole = patterns.flatMap(\.whole).filter { wholeSeen.insert($0).inserted }
        prefixes = patterns.flatMap(\.prefixes).filter { prefixSeen.insert($0).inserted }
    }

    func accepts(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        for prefix in prefixes where word.count >= prefix.count && word.prefix(prefix.count).elementsEqual(prefix) {
            return true
        }
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
        // One scan of each field: `snippet` is nil where nothing matches.
        for field in IndexedField.snippetOrder {
            if let snippet = highlighter.snippet(of: field, programme: programme, text: index.texts.text(field, of: programme)) {
                return snippet
            }
        }
        return nil
    }
}
