/// One of the eight basic terminal colours, or the terminal's default.
public enum Color: Int, Hashable, Sendable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn. Colours are dropped on monochrome terminals and under `NO_COLOR`;
/// bold, reverse and underline always show.
public struct Style: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false

    public init(
        foreground: Color? = nil, background: Color? = nil, bold: Bool = false, reverse: Bool = false,
        underline: Bool = false, dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    /// The terminal's default look.
    public static let plain = Style()

    /// True when nothing differs from the default.
    public var isPlain: Bool { self == .plain }

    /// A short code for styled snapshots: `b` bold, `r` reverse, `u` underline, `d` dim, then
    /// `f<n>`/`k<n>` for foreground/background colour numbers.
    public var code: String {
        var text = ""
        if bold { text += "b" }
        if reverse { text += "r" }
        if underline { text += "u" }
        if dim { text += "d" }
        if let foreground { text += "f\(foreground.rawValue)" }
        if let background { text += "k\(background.rawValue)" }
        return text
    }
}
