import BeaiApp
import BeaiDomain
import BeaiTUI

/// The settings of a config file, each a default until the file sets it validly.
public struct Config: Sendable {
    /// The theme on colour terminals: `theme`, with `[colors]` over it.
    public var theme: Theme = .colour
    /// The theme's name as set, for messages.
    public var themeName = "dark"
    /// `ascii = true`: ASCII glyphs even in a UTF-8 locale.
    public var ascii = false
    /// `[keys]`: commands bound to other keys.
    public var keymap = Keymap.standard
    /// `default-screen`: the screen the explorer opens on.
    public var startScreen: StartScreen = .tree
    /// `sort`: the order of programmes inside each pillar of the tree.
    public var sort: ProgrammeOrder = .tree

    public init() {}

    /// The appearance the explorer gets from these settings and `--no-color`.
    public func appearance(noColor: Bool) -> Appearance {
        Appearance(theme: theme, ascii: ascii, noColor: noColor)
    }
}
