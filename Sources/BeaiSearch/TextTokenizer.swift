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
