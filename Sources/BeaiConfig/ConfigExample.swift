import Foundation
import BeaiApp
import BeaiDomain

/// A complete, commented config file with every setting at its default: what
/// `beai config example` prints. Made from the lists the reader checks, so it cannot drift.
public enum ConfigExample {
    public static var text: String {
        var lines = [
            "# beai's config file: $XDG_CONFIG_HOME/beai/config.toml (default ~/.config/beai/config.toml).",
            "# Every setting is optional; each one shown here is at its default. `beai config check` lists",
            "# every problem with its line; a broken setting keeps its default and the explorer says so.",
            "",
            "# The colours: \(Theme.named.map(\.name).joined(separator: ", ")) (dark suits dark backgrounds, light light ones,",
            "# mono uses bold, reverse and underline only). NO_COLOR or --no-color turn colour off.",
            "theme = \"dark\"",
            "",
            "# Draw with ASCII even in a UTF-8 locale.",
            "ascii = false",
            "",
            "# The screen the explorer opens on: \(StartScreen.allCases.map(\.rawValue).joined(separator: ", ")).",
            "default-screen = \"tree\"",
            "",
            "# The order of programmes inside each pillar: \(ProgrammeOrder.allCases.map(\.rawValue).joined(separator: ", ")).",
            "sort = \"tree\"",
            "",
            "# Colours per role, over the theme: words in any order, bold dim underline reverse, a colour",
            "# (black red green yellow blue magenta cyan white, bright-red ..., 0-255, or #rrggbb) and",
            "# \"on\" a background colour. Uncomment to change one.",
            "[colors]",
        ]
        // The dark theme's own styles, so that uncommenting a line changes nothing until edited.
        let examples = ["title": "bold cyan", "selection": "black on cyan", "highlight": "bold underline yellow",
                        "bar": "green", "warning": "bold yellow", "heading": "bold", "dim": "dim", "border": "blue",
                        "focused-border": "bold cyan", "key": "bold black on white", "marked": "bold magenta"]
        for role in Theme.roles.map(\.name) {
            lines.append("# \(role) = \"\(examples[role] ?? "bold")\"")
        }
        lines += [
            "",
            "# Keys: each action with one or more keys, in place of its defaults. Keys are written",
            "# \"q\", \"G\", \"/\", \"ctrl-q\", \"enter\", \"esc\", \"tab\", \"shift-tab\", \"backspace\", \"delete\",",
            "# \"up\", \"down\", \"left\", \"right\", \"pageup\", \"pagedown\", \"home\", \"end\", \"space\".",
            "# Two actions that act on the same screen cannot share a key. Ctrl-C always quits.",
            "[keys]",
        ]
        for command in Command.allCases {
            let keys = command.defaultKeys.map { "\"\(name(of: $0))\"" }.joined(separator: ", ")
            lines.append("\(command.rawValue) = [\(keys)]".padding(toLength: 40, withPad: " ", startingAt: 0) + "# " + command.summary)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The name a config file uses for `key`.
    static func name(of key: Key) -> String {
        switch key {
        case .character(" "): return "space"
        case let .character(character): return String(character)
        case let .control(letter): return "ctrl-\(letter)"
        case .up: return "up"
        case .down: return "down"
        case .left: return "left"
        case .right: return "right"
        case .enter: return "enter"
        case .escape: return "esc"
        case .tab: return "tab"
        case .backTab: return "shift-tab"
        case .backspace: return "backspace"
        case .delete: return "delete"
        case .pageUp: return "pageup"
        case .pageDown: return "pagedown"
        case .home: return "home"
        case .end: return "end"
        }
    }
}
