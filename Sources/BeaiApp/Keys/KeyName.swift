/// Keys by the names a config file and the help use: `q`, `ctrl-q`, `enter`, `esc`, `tab`,
/// `shift-tab`, `backspace`, `delete`, `up`, `down`, `left`, `right`, `pageup`, `pagedown`,
/// `home`, `end`, `space`, or any single character.
public enum KeyName {
    private static let named: [(String, Key)] = [
        ("enter", .enter), ("esc", .escape), ("escape", .escape), ("tab", .tab), ("shift-tab", .backTab),
        ("backtab", .backTab), ("backspace", .backspace), ("delete", .delete), ("up", .up), ("down", .down),
        ("left", .left), ("right", .right), ("pageup", .pageUp), ("pgup", .pageUp), ("pagedown", .pageDown),
        ("pgdn", .pageDown), ("home", .home), ("end", .end), ("space", .character(" ")),
    ]

    /// The key `name` stands for, or nil when it names none.
    public static func key(_ name: String) -> Key? {
        if name.count == 1, let character = name.first, !character.isWhitespace, character.isASCII || character.isLetter {
            return .character(character)
        }
        let lower = name.lowercased()
        if let match = named.first(where: { $0.0 == lower }) { return match.1 }
        if lower.hasPrefix("ctrl-"), lower.count == 6, let letter = lower.last, ("a"..."z").contains(letter) {
            return .control(letter)
        }
        return nil
    }

    /// How the help shows `key`: `q`, `Ctrl-Q`, `Enter`, `↑` (`Up` in `ascii`, for the manual).
    public static func label(_ key: Key, ascii: Bool = false) -> String {
        switch key {
        case .up where ascii: return "Up"
        case .down where ascii: return "Down"
        case .left where ascii: return "Left"
        case .right where ascii: return "Right"
        case .character(" "): return "Space"
        case let .character(character): return String(character)
        case let .control(letter): return "Ctrl-" + letter.uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        }
    }
}
