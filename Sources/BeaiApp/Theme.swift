import BeaiTUI

/// The styles the views draw with: colour where the terminal has it and `NO_COLOR` is unset,
/// bold, reverse and underline otherwise.
public struct Theme: Sendable {
    public var title: Style
    public var border: Style
    public var focusedBorder: Style
    public var selected: Style
    public var dim: Style
    public var key: Style
    public var footer: Style
    public var bar: Style
    public var warning: Style
    public var highlight: Style
    public var heading: Style
    public var marked: Style

    public static let colour = Theme(
        title: Style(foreground: .cyan, bold: true), border: Style(foreground: .blue),
        focusedBorder: Style(foreground: .cyan, bold: true), selected: Style(foreground: .black, background: .cyan),
        dim: Style(dim: true), key: Style(foreground: .black, background: .white, bold: true),
        footer: Style(), bar: Style(foreground: .green), warning: Style(foreground: .yellow, bold: true),
        highlight: Style(foreground: .yellow, bold: true, underline: true), heading: Style(bold: true),
        marked: Style(foreground: .magenta, bold: true))

    /// For terminals with a light background: darker colours, selection in white on blue.
    public static let light = Theme(
        title: Style(foreground: .blue, bold: true), border: Style(foreground: .blue),
        focusedBorder: Style(foreground: .blue, bold: true), selected: Style(foreground: .white, background: .blue),
        dim: Style(dim: true), key: Style(foreground: .white, background: .black, bold: true),
        footer: Style(), bar: Style(foreground: .blue), warning: Style(foreground: .red, bold: true),
        highlight: Style(foreground: .magenta, bold: true, underline: true), heading: Style(bold: true),
        marked: Style(foreground: .magenta, bold: true))

    public static let monochrome = Theme(
        title: Style(bold: true), border: Style(), focusedBorder: Style(bold: true), selected: Style(reverse: true),
        dim: Style(dim: true), key: Style(reverse: true), footer: Style(), bar: Style(), warning: Style(bold: true),
        highlight: Style(bold: true, underline: true), heading: Style(bold: true), marked: Style(bold: true))
}

extension Theme {
    /// The themes a config file names.
    public static let named: [(name: String, theme: Theme)] = [("dark", .colour), ("light", .light), ("mono", .monochrome)]

    /// The roles a config file can colour, and where each goes in a theme.
    public static var roles: [(name: String, path: WritableKeyPath<Theme, Style>)] {
        [("title", \.title), ("heading", \.heading), ("selection", \.selected), ("dim", \.dim),
         ("highlight", \.highlight), ("bar", \.bar), ("warning", \.warning), ("border", \.border),
         ("focused-border", \.focusedBorder), ("key", \.key), ("marked", \.marked)]
    }
}

/// How the explorer looks where the terminal allows it, as the command line and config ask.
public struct Appearance: Sendable {
    /// The theme on a colour terminal (a monochrome one, `NO_COLOR` or `noColor` get `.monochrome`).
    public var theme: Theme
    /// ASCII glyphs even in a UTF-8 locale.
    public var ascii: Bool
    /// No colour, as with `NO_COLOR`.
    public var noColor: Bool

    public init(theme: Theme = .colour, ascii: Bool = false, noColor: Bool = false) {
        self.theme = theme
        self.ascii = ascii
        self.noColor = noColor
    }
}

/// What the terminal can show, decided once by the backend.
public struct Display: Sendable {
    public var glyphs: Glyphs
    public var theme: Theme

    public init(glyphs: Glyphs, theme: Theme) {
        self.glyphs = glyphs
        self.theme = theme
    }

    public static let unicodeColour = Display(glyphs: .unicode, theme: .colour)
}
