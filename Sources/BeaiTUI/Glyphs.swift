/// The characters widgets draw with: Unicode in a UTF-8 locale, ASCII elsewhere.
public struct Glyphs: Hashable, Sendable {
    public let horizontal: String
    public let vertical: String
    public let topLeft: String
    public let topRight: String
    public let bottomLeft: String
    public let bottomRight: String
    public let expanded: String
    public let collapsed: String
    public let leaf: String
    public let bar: String
    public let halfBar: String
    public let ellipsis: String
    public let euro: String
    public let separator: String
    public let breadcrumb: String
    public let differs: String
    public let marked: String
    /// The mark of a bookmarked programme in the tree.
    public let bookmark: String

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        expanded: "▾", collapsed: "▸", leaf: "·", bar: "█", halfBar: "▌", ellipsis: "…", euro: "€",
        separator: "·", breadcrumb: "›", differs: "≠", marked: "●", bookmark: "★")

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        expanded: "v", collapsed: ">", leaf: "-", bar: "#", halfBar: "#", ellipsis: "...", euro: "EUR ",
        separator: "-", breadcrumb: ">", differs: "!=", marked: "*", bookmark: "*")

    /// Replaces the Unicode glyphs and common typographic characters of data text with ASCII when
    /// drawing in ASCII mode.
    public func adapt(_ text: String) -> String {
        guard self == .ascii else { return text }
        var result = ""
        for character in text {
            switch character {
            case "€": result += "EUR "
            case "–", "—": result += "-"
            case "‘", "’": result += "'"
            case "“", "”": result += "\""
            case "…": result += "..."
            case "›", "→": result += ">"
            case "←": result += "<"
            case "↑": result += "^"
            case "↓": result += "v"
            case "×": result += "x"
            case "·", "•", "●", "★": result += "*"
            case "≠": result += "!="
            case "¶": result += "para"
            case "§": result += "sec."
            default:
                if character.isASCII {
                    result.append(character)
                } else {
                    result += Self.transliterate(character)
                }
            }
        }
        return result
    }

    /// Latin letters without their accents; anything else as `?`.
    private static func transliterate(_ character: Character) -> String {
        let base = String(character).unicodeScalars.first.map { scalar -> String in
            let decomposed = String(scalar).decomposedLatin
            return decomposed.isEmpty ? "?" : decomposed
        }
        return base ?? "?"
    }
}

extension String {
    /// The ASCII letters of a Latin letter with diacritics (é → e, ë → e, ß → ss), or "".
    fileprivate var decomposedLatin: String {
        let table: [Character: String] = [
            "à": "a", "á": "a", "â": "a", "ä": "a", "ã": "a", "å": "a", "ç": "c", "è": "e", "é": "e",
            "ê": "e", "ë": "e", "ì": "i", "í": "i", "î": "i", "ï": "i", "ñ": "n", "ò": "o", "ó": "o",
            "ô": "o", "ö": "o", "õ": "o", "ù": "u", "ú": "u", "û": "u", "ü": "u", "ý": "y", "ÿ": "y",
            "À": "A", "Á": "A", "Â": "A", "Ä": "A", "Ç": "C", "È": "E", "É": "E", "Ê": "E", "Ë": "E",
            "Î": "I", "Ï": "I", "Ô": "O", "Ö": "O", "Ù": "U", "Û": "U", "Ü": "U", "ß": "ss", "œ": "oe",
            "Œ": "OE", "æ": "ae", "Æ": "AE",
        ]
        return first.flatMap { table[$0] } ?? ""
    }
}
