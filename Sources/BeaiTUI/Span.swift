/// A run of text in one style.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// A line of styled text.
public typealias Line = [Span]

extension Array where Element == Span {
    /// Display width of the whole line.
    public var displayWidth: Int { reduce(0) { $0 + DisplayWidth.of($1.text) } }
    /// The text without styles.
    public var plainText: String { map(\.text).joined() }
}

/// Styled text wrapping.
public enum SpanWrap {
    /// Breaks a styled line into lines of at most `width` columns at spaces, keeping styles;
    /// a word longer than a line is cut.
    public static func wrap(_ line: Line, width: Int) -> [Line] {
        guard width > 0 else { return [] }
        return oneLine(line, width: width).map { [$0] } ?? byWords(line, width: width)
    }

    /// `wrap`, word by word: for lines that do not fit (and, in tests, to check `oneLine`).
    static func byWords(_ line: Line, width: Int) -> [Line] {
        guard width > 0 else { return [] }
        // Words as lists of (character, style), split at spaces.
        var words: [[(Character, Style)]] = []
        var current: [(Character, Style)] = []
        for span in line {
            for character in span.text {
                if character == " " {
                    if !current.isEmpty { words.append(current) }
                    current = []
                } else {
                    current.append((character, span.style))
                }
            }
        }
        if !current.isEmpty { words.append(current) }
        var lines: [[(Character, Style)]] = [[]]
        var used = 0
        for var word in words {
            var wordWidth = word.reduce(0) { $0 + DisplayWidth.of($1.0) }
            if used > 0 && used + 1 + wordWidth > width {
                lines.append([])
                used = 0
            }
            while wordWidth > width - used - (used > 0 ? 1 : 0), wordWidth > 0 {
                if used > 0 {
                    lines.append([])
                    used = 0
                    continue
                }
                var taken = 0
                var count = 0
                for (character, _) in word {
                    let columns = DisplayWidth.of(character)
                    if taken + columns > width { break }
                    taken += columns
                    count += 1
                }
                if count == 0 { break }
                lines[lines.count - 1] += word.prefix(count)
                word.removeFirst(count)
                wordWidth -= taken
                lines.append([])
            }
            if word.isEmpty { continue }
            if used > 0 {
                lines[lines.count - 1].append((" ", word[0].1))
                used += 1
            }
            lines[lines.count - 1] += word
            used += wordWidth
        }
        if lines.count > 1, lines[lines.count - 1].isEmpty { lines.removeLast() }
        return lines.map(Self.spans)
    }

    /// What `wrap` gives for a line that fits in `width`, built in one pass without its lists of
    /// characters (most lines fit): the words one space apart, each space in the style of the
    /// word after it, runs of one style joined. Nil when the line does not fit.
    static func oneLine(_ line: Line, width: Int) -> Line? {
        var result: Line = []
        var used = 0
        var spaceDue = false
        for span in line {
            for character in span.text {
                if character == " " {
                    spaceDue = used > 0
                    continue
                }
                if spaceDue {
                    append(" ", span.style, to: &result)
                    used += 1
                    spaceDue = false
                }
                append(character, span.style, to: &result)
                used += DisplayWidth.of(character)
                if used > width { return nil }
            }
        }
        return result
    }

    private static func spans(_ characters: [(Character, Style)]) -> Line {
        var result: Line = []
        for (character, style) in characters { append(character, style, to: &result) }
        return result
    }

    /// Appends `character` in `style` to `line`, to its last span when that has the style.
    private static func append(_ character: Character, _ style: Style, to line: inout Line) {
        if let last = line.last, last.style == style {
            line[line.count - 1].text.append(character)
        } else {
            line.append(Span(String(character), style))
        }
    }
}
