/// A colour of the terminal's 256-colour palette: 0-7 the eight basic colours, 8-15 their bright
/// forms, 16-231 a 6×6×6 cube, 232-255 greys. On a terminal with fewer colours it is drawn as the
/// nearest basic one (`degraded(to:)`).
public struct Color: Hashable, Sendable {
    /// The palette index, 0-255.
    public let rawValue: Int

    /// The colour at `index` of the palette, or nil outside 0-255.
    public init?(rawValue index: Int) {
        guard (0...255).contains(index) else { return nil }
        rawValue = index
    }

    private init(_ index: Int) { rawValue = index }

    public static let black = Color(0), red = Color(1), green = Color(2), yellow = Color(3)
    public static let blue = Color(4), magenta = Color(5), cyan = Color(6), white = Color(7)

    /// The eight basic colours, by name.
    public static let basic: [(name: String, color: Color)] = [
        ("black", .black), ("red", .red), ("green", .green), ("yellow", .yellow), ("blue", .blue),
        ("magenta", .magenta), ("cyan", .cyan), ("white", .white),
    ]

    /// The colour as a terminal with `colours` colours can show it: itself when it has room,
    /// else the basic colour nearest in red, green and blue.
    public func degraded(to colours: Int) -> Color {
        if rawValue < colours { return self }
        if rawValue < 16 { return Color(rawValue - 8) }
        let (red, green, blue) = rgb
        let nearest = (0..<8).min { first, second in
            Self.distance(Color(first).rgb, (red, green, blue)) < Self.distance(Color(second).rgb, (red, green, blue))
        }
        return Color(nearest ?? 7)
    }

    /// The colour's red, green and blue, 0-255, as xterm draws the palette.
    var rgb: (Int, Int, Int) {
        switch rawValue {
        case 0..<8:
            let half = rawValue == 7 ? 192 : 128
            return ((rawValue & 1) * half, (rawValue >> 1 & 1) * half, (rawValue >> 2 & 1) * half)
        case 8..<16:
            let bright = rawValue - 8
            return ((bright & 1) * 255, (bright >> 1 & 1) * 255, (bright >> 2 & 1) * 255)
        case 16..<232:
            let cube = rawValue - 16
            func level(_ step: Int) -> Int { step == 0 ? 0 : 55 + 40 * step }
            return (level(cube / 36), level(cube / 6 % 6), level(cube % 6))
        default:
            let grey = 8 + 10 * (rawValue - 232)
            return (grey, grey, grey)
        }
    }

    private static func distance(_ first: (Int, Int, Int), _ second: (Int, Int, Int)) -> Int {
        let red = first.0 - second.0, green = first.1 - second.1, blue = first.2 - second.2
        return red * red + green * green + blue * blue
    }
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
