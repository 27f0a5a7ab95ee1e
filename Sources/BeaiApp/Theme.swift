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

    public static let monochrome = Theme(
        title: Style(bold: true), border: Style(), focusedBorder: Style(bold: true), selected: Style(reverse: true),
        dim: Style(dim: true), key: Style(reverse: true), footer: Style(), bar: Style(), warning: Style(bold: true),
        highlight: Style(bold: true, underline: true), heading: Style(bold: true), marked: Style(bold: true))
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
