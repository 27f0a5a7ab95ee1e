import Foundation

/// Splits text into the words the index holds, the way SQLite's `unicode61` tokenizer with
/// `remove_diacritics 2` does: letters and digits make words, everything else separates them, and
/// each word is lowercased with its diacritics removed (`Wallonië` → `wallonie`).
///
/// The index, the query parser and the highlighter all use this one tokenizer, so that a word
/// found in the query is the word stored in the index and the range highlighted on screen.
enum TextTokenizer {
    /// One word of a text: its folded form and where it stands, in `Character` offsets.
    struct Token: Equatable {
        let term: String
        let range: Range<Int>
    }

    /// The words of `text`, in order, with their `Character` ranges.
    static func tokens(_ text: String) -> [Token] {
        if let ascii = asciiTokens(text) { return ascii }
        var tokens: [Token] = []
        var current = ""
        var start = 0
        var offset = 0
        for character in text {
            if isWordCharacter(character) {
                if current.isEmpty { start = offset }
                appendFolded(character, to: &current)
            } else if !current.isEmpty {
                tokens.append(Token(term: current, range: start..<offset))
                current = ""
            }
            offset += 1
        }
        if !current.isEmpty { tokens.append(Token(term: current, range: start..<offset)) }
        return tokens
    }

    /// The fast path for ASCII text, where a byte is a character; nil for other text.
    private static func asciiTokens(_ text: String) -> [Token]? {
        var text = text
        return text.withUTF8 { bytes -> [Token]? in
            var tokens: [Token] = []
            var start = -1
            for (offset, byte) in bytes.enumerated() {
                guard byte < 0x80 else { return nil }
                let isWord = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                if isWord {
                    if start < 0 { start = offset }
                } else if start >= 0 {
                    tokens.append(Token(term: lowercased(bytes[start..<offset]), range: start..<offset))
                    start = -1
                }
            }
            if start >= 0 { tokens.append(Token(term: lowercased(bytes[start..<bytes.count]), range: start..<bytes.count)) }
            return tokens
        }
    }

    private static func lowercased(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() {
                buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            }
            return bytes.count
        }
    }

    /// The folded words of `text`, without positions.
    static func terms(_ text: String) -> [String] {
        tokens(text).map(\.term)
    }

    /// True for characters that belong to words: letters, digits, and private-use characters, as
    /// `unicode61` counts them (general categories L*, N* and Co).
    static func isWordCharacter(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            return true
        default:
            return false
        }
    }

    /// Appends `character` lowercased and without diacritics.
    private static func appendFolded(_ character: Character, to word: inout String) {
        if let ascii = character.asciiValue {
            word.unicodeScalars.append(Unicode.Scalar(ascii >= 0x41 && ascii <= 0x5A ? ascii + 0x20 : ascii))
            return
        }
        // Like `remove_diacritics 2`: only Latin letters lose their marks (é → e, ë → e); other
        // scripts keep them (Greek ά stays ά).
        let lowered = String(character).lowercased()
        let decomposed = lowered.decomposedStringWithCanonicalMapping.unicodeScalars
        guard let base = decomposed.first, base.isASCII else {
            word.append(contentsOf: lowered)
            return
        }
        for scalar in decomposed where !isDiacritic(scalar) {
            word.unicodeScalars.append(scalar)
        }
    }

    private static func isDiacritic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}

extension TextTokenizer {
    /// Calls `body` with each word of `text`: its `Character` range and its folded form as UTF-8
    /// bytes (valid during the call only), until `body` returns false. ASCII text, most of the
    /// data, is read byte by byte; text of ASCII and Latin letters scalar by scalar, without
    /// allocating; other text goes through `tokens(_:)`.
    static func forEachWord(in text: String, _ body: (Range<Int>, UnsafeBufferPointer<UInt8>) -> Bool) {
        if forEachASCIIWord(in: text, body) { return }
        var previousWasCR = false
        let simple = text.unicodeScalars.allSatisfy { scalar in
            defer { previousWasCR = scalar == "\r" }
            if previousWasCR && scalar == "\n" { return false }
            return LatinFolding.isSimple(scalar)
        }
        guard simple else {
            for token in tokens(text) {
                var bytes = Array(token.term.utf8)
                let keepGoing = bytes.withUnsafeMutableBufferPointer { body(token.range, UnsafeBufferPointer($0)) }
                if !keepGoing { return }
            }
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { buffer in
            var length = 0
            var start = -1
            var offset = 0
            func flush() -> Bool {
                defer { length = 0; start = -1 }
                guard start >= 0 else { return true }
                return body(start..<offset, UnsafeBufferPointer(rebasing: buffer[0..<length]))
            }
            for scalar in text.unicodeScalars {
                let folded = LatinFolding.folded(scalar)
                if folded.count > 0 {
                    if start < 0 { start = offset }
                    for index in 0..<folded.count where length < buffer.count {
                        buffer[length] = folded.byte(index)
                        length += 1
                    }
                } else if !flush() {
                    return
                }
                offset += 1
            }
            _ = flush()
        }
    }

    /// `forEachWord` for text of ASCII without carriage returns (where a byte is a character),
    /// lowercasing each word in place of a copy; false, having called nothing, for other text.
    private static func forEachASCIIWord(in text: String, _ body: (Range<Int>, UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        let scanned = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for byte in bytes where byte >= 0x80 || byte == 0x0D { return false }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
                var start = -1
                for offset in 0..<bytes.count {
                    let byte = bytes[offset]
                    let isWord = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A)
                        || (byte >= 0x41 && byte <= 0x5A)
                    if isWord {
                        if start < 0 { start = offset }
                        buffer[offset] = byte <= 0x5A && byte >= 0x41 ? byte + 0x20 : byte
                    } else if start >= 0 {
                        guard body(start..<offset, UnsafeBufferPointer(rebasing: buffer[start..<offset])) else { return }
                        start = -1
                    }
                }
                if start >= 0 { _ = body(start..<bytes.count, UnsafeBufferPointer(rebasing: buffer[start..<bytes.count])) }
            }
            return true
        }
        return scanned ?? false
    }
}

/// Word characters and their folded bytes for ASCII and the Latin blocks (U+00A0–U+024F), where
/// one scalar is one character; computed once.
enum LatinFolding {
    /// True for scalars that never join others into one character and that `folded` knows.
    static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80, 0xA0...0x24F, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20CF: true
        default: false
        }
    }

    /// The folded bytes of a word character, none for a separator. Only for `isSimple` scalars.
    static func folded(_ scalar: Unicode.Scalar) -> FoldedBytes {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x30...0x39, 0x61...0x7A: return FoldedBytes(packed: value | 1 << 24)
            case 0x41...0x5A: return FoldedBytes(packed: (value + 0x20) | 1 << 24)
            default: return FoldedBytes(packed: 0)
            }
        }
        guard value >= 0xA0, value <= 0x24F else { return FoldedBytes(packed: 0) }
        return latin[Int(value) - 0xA0]
    }

    /// Up to three bytes and their count, in one integer: the count in the top byte, the first byte
    /// in the lowest.
    struct FoldedBytes {
        let packed: UInt32

        var count: Int { Int(packed >> 24) }

        func byte(_ index: Int) -> UInt8 { UInt8(truncatingIfNeeded: packed >> (8 * UInt32(index))) }

        init(packed: UInt32) { self.packed = packed }

        /// `bytes` packed; nil when there are more than three.
        init?(_ bytes: [UInt8]) {
            guard bytes.count <= 3 else { return nil }
            var packed = UInt32(bytes.count) << 24
            for (index, byte) in bytes.enumerated() { packed |= UInt32(byte) << (8 * UInt32(index)) }
            self.packed = packed
        }
    }

    /// The Latin blocks' folded bytes; none for separators.
    private static let latin: [FoldedBytes] = (0xA0...0x24F).map { value in
        guard let scalar = Unicode.Scalar(value), TextTokenizer.isWordCharacter(Character(scalar)) else {
            return FoldedBytes(packed: 0)
        }
        return FoldedBytes(Array(TextTokenizer.terms(String(Character(scalar))).joined().utf8)) ?? FoldedBytes(packed: 0)
    }
}
