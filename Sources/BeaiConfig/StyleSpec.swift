import BeaiTUI

/// A style as a config file writes it: words in any order, `bold`, `dim`, `underline`, `reverse`,
/// a colour for the text and `on` a colour for the background. A colour is a name (`cyan`,
/// `bright-red`), a palette number `0`-`255`, or `#rrggbb` (drawn as the nearest palette colour).
/// `"bold cyan"`, `"black on cyan"`, `"#ff8800 underline"`.
enum StyleSpec {
    /// The style `text` describes, or a message saying what is wrong with it.
    static func parse(_ text: String) -> Result<Style, StyleError> {
        var style = Style()
        var words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)[...]
        guard !words.isEmpty else { return .failure(StyleError("an empty style: write e.g. \"bold cyan\"")) }
        while let word = words.popFirst() {
            switch word {
            case "bold": style.bold = true
            case "dim": style.dim = true
            case "underline": style.underline = true
            case "reverse": style.reverse = true
            case "plain", "default": break
            case "on":
                guard let next = words.popFirst(), let colour = color(next) else {
                    return .failure(StyleError("\"on\" needs a colour after it in \"\(text)\""))
                }
                style.background = colour
            default:
                guard let colour = color(word) else {
                    return .failure(StyleError("\"\(word)\" in \"\(text)\" is not a colour or bold, dim, underline, reverse"))
                }
                style.foreground = colour
            }
        }
        return .success(style)
    }

    /// The colour a word names, or nil.
    static func color(_ word: String) -> Color? {
        if let basic = Color.basic.first(where: { $0.name == word }) { return basic.color }
        if word.hasPrefix("bright-"), let basic = Color.basic.firstIndex(where: { "bright-" + $0.name == word }) {
            return Color(rawValue: basic + 8)
        }
        if let index = Int(word) { return Color(rawValue: index) }
        if word.hasPrefix("#"), word.count == 7, let value = Int(word.dropFirst(), radix: 16) {
            return nearest(red: value >> 16 & 255, green: value >> 8 & 255, blue: value & 255)
        }
        return nil
    }

    /// The colour of the palette's 6×6×6 cube nearest to a red, green and blue.
    private static func nearest(red: Int, green: Int, blue: Int) -> Color? {
        func step(_ value: Int) -> Int { value < 48 ? 0 : value < 115 ? 1 : (value - 35) / 40 }
        return Color(rawValue: 16 + 36 * step(red) + 6 * step(green) + step(blue))
    }
}

/// Why a style could not be read.
struct StyleError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
