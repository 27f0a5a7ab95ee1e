import Foundation

/// A source document's text split into paragraphs, each with the headings that stand above it,
/// as docs/DATA.md defines them: the one reading of a text file that citations' `paragraph`
/// numbers, the provenance check and the evidence screen share.
public struct SourceText: Sendable {
    /// A heading: one line of the text, or consecutive heading lines read as one ("IMPROVE PUBLIC
    /// SERVICE" over "AND BOOST THE ECOSYSTEM").
    public struct Heading: Sendable, Hashable {
        /// Its lines, whitespace collapsed.
        public let lines: [String]
        /// 0 for a chapter in capitals, 1 for other headings, 2 for a numbered heading or one that
        /// names a region or community; a heading ends those of its level and below.
        public let level: Int

        /// The lines joined by spaces.
        public var text: String { lines.joined(separator: " ") }

        /// True when `section` (whitespace collapsed) is the heading or a run of its lines.
        public func isNamed(_ section: String) -> Bool {
            let wanted = SourceText.collapsed(section)
            for start in lines.indices {
                for end in start..<lines.count where lines[start...end].joined(separator: " ") == wanted {
                    return true
                }
            }
            return false
        }
    }

    /// A run of non-blank lines.
    public struct Paragraph: Sendable, Hashable {
        /// Its number in the document, from 1.
        public let number: Int
        /// The line numbers (from 1) of its first and last lines in the file.
        public let lines: ClosedRange<Int>
        /// Its lines joined by spaces, whitespace collapsed.
        public let text: String
        /// True when every line of it is a heading.
        public let isHeading: Bool
        /// The headings standing above its text, outermost first.
        public let headingPath: [Heading]

        /// True when `section` names one of the headings standing above it.
        public func stands(under section: String) -> Bool { headingPath.contains { $0.isNamed(section) } }

        /// Where `phrase` (whitespace collapsed) occurs in `text`, as character offsets.
        public func ranges(of phrase: String) -> [Range<Int>] {
            SourceText.ranges(of: SourceText.collapsed(phrase), in: text, options: [], wholeWords: false)
        }

        /// Where any of `names` (of three characters or more) occurs in `text` as whole words,
        /// case, accents and line-end hyphenation ("Read- iness") ignored, as character offsets in
        /// text order.
        public func mentions(of names: [String]) -> [Range<Int>] {
            let (joined, offsets) = SourceText.joiningHyphenation(text)
            let found = names.map(SourceText.collapsed).filter { $0.count >= 3 }.flatMap {
                SourceText.ranges(of: $0, in: joined, options: [.caseInsensitive, .diacriticInsensitive], wholeWords: true)
            }
            return SourceText.disjoint(found).map { offsets[$0.lowerBound]..<offsets[$0.upperBound - 1] + 1 }
        }
    }

    /// Every paragraph, in file order: `paragraphs[n - 1]` is paragraph `n`.
    public let paragraphs: [Paragraph]

    /// Splits `text`; `regions` tells which headings name a region or community.
    public init(_ text: String, regions: RegionNames) {
        paragraphs = Self.split(text, regions: regions)
    }

    /// Paragraph `number`, or nil when the document has no such paragraph.
    public func paragraph(_ number: Int) -> Paragraph? {
        paragraphs.indices.contains(number - 1) ? paragraphs[number - 1] : nil
    }

    /// `text` with every run of whitespace (no-break spaces included) as one space, trimmed. Read
    /// scalar by scalar, not as graphemes: a document is tens of thousands of characters.
    static func collapsed(_ text: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        var space = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                space = !result.isEmpty
                continue
            }
            if space { result.append(" ") }
            space = false
            result.append(scalar)
        }
        return String(result)
    }

    /// True when `line` holds only whitespace.
    static func isBlank(_ line: some StringProtocol) -> Bool { line.unicodeScalars.allSatisfy(isWhitespace) }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    private static func split(_ text: String, regions: RegionNames) -> [Paragraph] {
        // Split as bytes: breaking tens of thousands of characters into graphemes costs more.
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { bytes in
            let line = Substring(bytes)
            return line.utf8.last == UInt8(ascii: "\r") ? line.dropLast() : line
        }
        let isHeading = HeadingLines.classify(lines)
        var paragraphs: [Paragraph] = []
        var path: [Heading?] = [nil, nil, nil]
        var start: Int?
        for index in 0...lines.count {
            let blank = index == lines.count || isBlank(lines[index])
            if !blank, start == nil { start = index }
            guard blank, let first = start else { continue }
            start = nil
            let range = first..<index
            let headings = HeadingLines.blocks(in: range, lines: lines, isHeading: isHeading, regions: regions)
            let allHeadings = range.allSatisfy { isHeading[$0] }
            // Headings after the paragraph's last line of text head the paragraphs that follow.
            let lastText = range.last { !isHeading[$0] } ?? range.upperBound
            for (line, heading) in headings where line < lastText || allHeadings { path.open(heading) }
            paragraphs.append(Paragraph(
                number: paragraphs.count + 1, lines: (first + 1)...index,
                text: collapsed(range.map { lines[$0] }.joined(separator: " ")), isHeading: allHeadings,
                headingPath: path.compactMap { $0 }))
            for (line, heading) in headings where line > lastText && !allHeadings { path.open(heading) }
        }
        return paragraphs
    }

    /// `text` with each "letter- lowercase" break (a word hyphenated at a line's end) joined, and
    /// for each of its characters the offset of the same character in `text`.
    static func joiningHyphenation(_ text: String) -> (text: String, offsets: [Int]) {
        let characters = Array(text)
        var joined = ""
        var offsets: [Int] = []
        var index = 0
        while index < characters.count {
            if characters[index] == "-", index > 0, characters[index - 1].isLetter, index + 2 < characters.count,
               characters[index + 1] == " ", characters[index + 2].isLowercase {
                index += 2
                continue
            }
            joined.append(characters[index])
            offsets.append(index)
            index += 1
        }
        return (joined, offsets)
    }

    private static func ranges(of phrase: String, in text: String, options: String.CompareOptions, wholeWords: Bool) -> [Range<Int>] {
        guard !phrase.isEmpty else { return [] }
        var found: [Range<Int>] = []
        var searchStart = text.startIndex
        while let match = text.range(of: phrase, options: options, range: searchStart..<text.endIndex) {
            searchStart = match.upperBound
            if wholeWords, !isWordBoundary(text, before: match.lowerBound) || !isWordBoundary(text, after: match.upperBound) {
                continue
            }
            let lower = text.distance(from: text.startIndex, to: match.lowerBound)
            found.append(lower..<lower + text.distance(from: match.lowerBound, to: match.upperBound))
        }
        return found
    }

    private static func isWordBoundary(_ text: String, before index: String.Index) -> Bool {
        index == text.startIndex || !isWordCharacter(text[text.index(before: index)])
    }

    private static func isWordBoundary(_ text: String, after index: String.Index) -> Bool {
        index == text.endIndex || !isWordCharacter(text[index])
    }

    private static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }

    /// `ranges` in order, each overlapping one dropped in favour of the earlier (longer on ties).
    private static func disjoint(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { ($0.lowerBound, -$0.count) < ($1.lowerBound, -$1.count) })
        where result.last.map({ $0.upperBound <= range.lowerBound }) ?? true {
            result.append(range)
        }
        return result
    }
}

extension [SourceText.Heading?] {
    /// Makes `heading` the current one of its level and ends those below it.
    fileprivate mutating func open(_ heading: SourceText.Heading) {
        for level in indices where level >= heading.level { self[level] = nil }
        self[heading.level] = heading
    }
}
