/// Display width of text in terminal columns, measured per grapheme.
public enum DisplayWidth {
    /// Columns `character` takes: 0 for controls and lone combining marks, 2 for wide East Asian
    /// characters and emoji, 1 otherwise. Combining marks after a base add nothing.
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii != 0x7F ? 1 : 0 }
        guard let first = character.unicodeScalars.first else { return 0 }
        if first.value < 0x20 || (0x7F..<0xA0).contains(first.value) { return 0 }
        let scalars = character.unicodeScalars
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if first.properties.isEmojiPresentation { return 2 }
        if isWide(first.value) { return 2 }
        if isZeroWidth(first) { return 0 }
        return 1
    }

    /// Columns `text` takes.
    public static func of(_ text: some StringProtocol) -> Int {
        // Printable ASCII, most text: one column a byte, without breaking it into graphemes.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        if let width = simpleWidth(text) { return width }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The width of text whose every scalar is a grapheme of its own and one column wide (or a
    /// control, none): Latin letters, punctuation, `€`, `…`, arrows, box drawing and the tree's
    /// shapes. Nil for anything else (combining marks, wide or emoji characters, joiners), which
    /// is measured grapheme by grapheme.
    static func simpleWidth(_ text: some StringProtocol) -> Int? {
        var width = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20..<0x7F, 0xA0..<0xAD, 0xAE..<0x300: width += 1
            case 0..<0x20, 0x7F..<0xA0: break
            case 0x2010...0x2027, 0x2030...0x205E, 0x2070...0x20CF, 0x2100...0x2319, 0x231C...0x2328, 0x232B...0x23E8,
                 0x23ED...0x23EF, 0x23F1...0x23F2, 0x23F4...0x25FC, 0x25FF:
                width += 1
            default: return nil
            }
        }
        return width
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return scalar.value == 0x200B
        }
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15), plus the emoji blocks.
    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
            0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
            0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
            0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
            0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
            0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF,
            0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F,
            0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF,
            0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// `text` cut to at most `width` columns; when cut, it ends in `ellipsis`.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let room = width - of(ellipsis)
        guard room >= 0 else { return "" }
        var result = ""
        var used = 0
        for character in text {
            let columns = of(character)
            if used + columns > room { break }
            result.append(character)
            used += columns
        }
        return result + ellipsis
    }

    /// `text` broken into lines of at most `width` columns at spaces; a word longer than a line is
    /// cut. Existing line breaks are kept.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var wordWidth = of(word)
                if used > 0 && used + 1 + wordWidth > width {
                    lines.append(line)
                    line = ""
                    used = 0
                }
                while wordWidth > width {
                    var head = ""
                    var headWidth = 0
                    for character in word {
                        if headWidth + of(character) > width - used { break }
                        head.append(character)
                        headWidth += of(character)
                    }
                    if head.isEmpty { break }
                    lines.append(line + (used > 0 ? " " : "") + head)
                    line = ""
                    used = 0
                    word = String(word.dropFirst(head.count))
                    wordWidth = of(word)
                }
                if used > 0 {
                    line += " "
                    used += 1
                }
                line += word
                used += wordWidth
            }
            lines.append(line)
        }
        return lines
    }
}
