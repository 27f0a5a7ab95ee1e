import Foundation

/// Runs of consecutive words that a text shares with a source document: how the provenance
/// check tells a summary that copies its source from one written fresh.
struct SharedWords {
    /// The shortest run of words that counts as copied.
    static let runLength = 8

    /// Every run of `runLength` words of the document, joined by spaces.
    private let runs: Set<String>

    /// The runs of a document's text, read with the hyphenation of its line ends undone (a word
    /// broken across paragraphs, at a page's end, too).
    init(_ document: SourceText) {
        let text = SourceText.joiningHyphenation(document.paragraphs.map(\.text).joined(separator: " ")).text
        let words = Self.words(of: text)
        var runs: Set<String> = []
        if words.count >= Self.runLength {
            for start in 0...(words.count - Self.runLength) {
                runs.insert(words[start..<start + Self.runLength].joined(separator: " "))
            }
        }
        self.runs = runs
    }

    /// The longest run of at least `runLength` words that `text` shares with the document, or
    /// nil when it shares none.
    func longestRun(in text: String) -> [String]? {
        let words = Self.words(of: text)
        guard words.count >= Self.runLength else { return nil }
        var best: Range<Int>?
        var current: Range<Int>?
        for start in 0...(words.count - Self.runLength) {
            if runs.contains(words[start..<start + Self.runLength].joined(separator: " ")) {
                let end = start + Self.runLength
                current = current.map { $0.lowerBound..<end } ?? start..<end
                if let run = current, run.count > (best?.count ?? 0) { best = run }
            } else {
                current = nil
            }
        }
        return best.map { Array(words[$0]) }
    }

    /// Lowercased words without accents: runs of letters and digits (an apostrophe inside a word
    /// keeps it whole).
    static func words(of text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
        var words: [String] = []
        var word = ""
        for character in folded {
            if character.isLetter || character.isNumber || (character == "'" && !word.isEmpty) {
                word.append(character)
            } else if !word.isEmpty {
                words.append(word.hasSuffix("'") ? String(word.dropLast()) : word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }
}
