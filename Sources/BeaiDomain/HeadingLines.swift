/// Which lines of a source text are headings (docs/DATA.md, "Paragraphs and headings"): short
/// lines shaped like a title that stand apart from the running text around them.
enum HeadingLines {
    /// Words a heading does not end with: a line ending so continues a sentence.
    static let functionWords: Set<String> = [
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "its", "of", "on", "or", "our", "the",
        "their", "this", "to", "with",
    ]
    static let maximumLength = 90
    static let maximumWords = 12

    /// For each line, whether it is a heading.
    static func classify(_ lines: [Substring]) -> [Bool] {
        let shaped = lines.map(hasHeadingShape)
        var isHeading = Array(repeating: false, count: lines.count + 1)
        func isBlank(_ index: Int) -> Bool { !lines.indices.contains(index) || SourceText.isBlank(lines[index]) }
        // From the last line up: whether a line is a heading depends on the one after it.
        for index in lines.indices.reversed() where shaped[index] {
            let before = index - 1
            let standsAfterText = isBlank(before) || shaped[before] || endsSentence(lines[before])
                || !lines[before].contains(where: \.isLetter)
            let after = index + 1
            let standsBeforeText = isBlank(after) || isHeading[after] || lines[after].first?.isWhitespace == true
                || (lines[after].utf8.count > maximumLength && SourceText.collapsed(lines[after]).count > maximumLength)
            isHeading[index] = standsAfterText && standsBeforeText
        }
        return Array(isHeading.dropLast())
    }

    /// The headings among `range`'s lines: consecutive heading lines in the same case (capitals
    /// or not) make one heading; each with the index of its first line.
    static func blocks(
        in range: Range<Int>, lines: [Substring], isHeading: [Bool], regions: RegionNames
    ) -> [(line: Int, heading: SourceText.Heading)] {
        var groups: [(line: Int, lines: [String])] = []
        var previous: (index: Int, capitals: Bool)?
        for index in range where isHeading[index] {
            let text = SourceText.collapsed(lines[index])
            let capitals = isCapitals(text)
            if let previous, previous.index == index - 1, previous.capitals == capitals, let last = groups.indices.last {
                groups[last].lines.append(text)
            } else {
                groups.append((index, [text]))
            }
            previous = (index, capitals)
        }
        return groups.map { group in
            let text = group.lines.joined(separator: " ")
            let level: Int
            if isCapitals(text), text.count(where: \.isLetter) >= 10 {
                level = 0
            } else if isNumbered(text) || !regions.governments(namedIn: text).isEmpty {
                level = 2
            } else {
                level = 1
            }
            return (group.line, SourceText.Heading(lines: group.lines, level: level))
        }
    }

    /// Short, starts with a capital letter or "1. " and a capital, has letters, and ends
    /// neither with punctuation that continues a sentence nor with a function word; no tab or
    /// leader dots (lines of a table of contents), no comma before a lowercase word.
    static func hasHeadingShape(_ line: Substring) -> Bool {
        // Cheap tests first: most lines are running text, too long or starting in lowercase.
        guard line.utf8.count <= maximumLength * 4, let start = line.first(where: { !$0.isWhitespace }),
              start.isUppercase || start.isNumber, !line.utf8.contains(UInt8(ascii: "\t"))
        else { return false }
        let words = line.split(whereSeparator: \.isWhitespace)
        guard !words.contains(where: hasLeaderDots) else { return false }
        guard let first = words.first, let last = words.last, words.count <= maximumWords,
              words.reduce(words.count - 1, { $0 + $1.count }) <= maximumLength,
              let lastCharacter = last.last, !".,;:-–—".contains(lastCharacter),
              !functionWords.contains(String(last)), line.count(where: \.isLetter) >= 2
        else { return false }
        for (word, next) in zip(words, words.dropFirst()) where word.hasSuffix(",") && next.first?.isLowercase == true {
            return false
        }
        if first.first?.isUppercase == true { return true }
        return words.count > 1 && isNumber(first) && words[1].first?.isUppercase == true
    }

    /// True when `word` holds "..." (a table of contents' leader).
    private static func hasLeaderDots(_ word: Substring) -> Bool {
        var dots = 0
        for byte in word.utf8 {
            dots = byte == UInt8(ascii: ".") ? dots + 1 : 0
            if dots == 3 { return true }
        }
        return false
    }

    private static func endsSentence(_ line: Substring) -> Bool {
        guard let last = line.last(where: { !$0.isWhitespace }) else { return false }
        return ".!?:)\"”’".contains(last)
    }

    private static func isCapitals(_ text: String) -> Bool {
        text.contains(where: \.isLetter) && !text.contains(where: \.isLowercase)
    }

    /// "3. Scaling AI in the public sector".
    private static func isNumbered(_ text: String) -> Bool {
        guard let first = text.split(separator: " ").first else { return false }
        return isNumber(first)
    }

    /// "3." or "10.".
    private static func isNumber(_ word: Substring) -> Bool {
        word.count >= 2 && word.hasSuffix(".") && word.dropLast().allSatisfy(\.isNumber)
    }
}
