import BeaiApp
import BeaiDomain
import BeaiTUI
import Foundation
import TOMLKit

/// The config file: `$XDG_CONFIG_HOME/beai/config.toml` (default `~/.config/beai/config.toml`).
/// Reading never fails: every setting that is missing or wrong keeps its default, and each
/// problem is listed with its line.
public struct ConfigFile: Sendable {
    public let url: URL

    public init(url: URL) { self.url = url }

    /// The file the XDG base-directory rules give for `environment`, or nil without a home.
    public init?(environment: [String: String]) {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            url = URL(fileURLWithPath: config).appending(path: "beai/config.toml")
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            url = URL(fileURLWithPath: home).appending(path: ".config/beai/config.toml")
        } else {
            return nil
        }
    }

    /// What reading the file gave: the settings and every problem found.
    public struct Loaded: Sendable {
        public var config: Config
        public var problems: [ConfigProblem]
        /// False when there is no file: the defaults, and nothing to say.
        public var exists: Bool
    }

    /// Files larger than this are not config files.
    static let sizeLimit = 1_000_000

    /// Reads the file; a missing file gives the defaults and no problem.
    public func load() -> Loaded {
        guard FileManager.default.fileExists(atPath: url.path) else {
            return Loaded(config: Config(), problems: [], exists: false)
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return Loaded(config: Config(), problems: [ConfigProblem(line: 0, message: "cannot be read")], exists: true)
        }
        guard data.count <= Self.sizeLimit, let text = String(data: data, encoding: .utf8) else {
            return Loaded(config: Config(), problems: [ConfigProblem(line: 0, message: "is not UTF-8 text of a reasonable size")],
                          exists: true)
        }
        let (config, problems) = Self.parse(text)
        return Loaded(config: config, problems: problems, exists: true)
    }

    /// The settings in `text` and its problems; settings with a problem keep their default.
    public static func parse(_ text: String) -> (Config, [ConfigProblem]) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return (Config(), [ConfigProblem(line: error.source.begin.line, message: "not valid TOML: \(error.description)")])
        } catch {
            return (Config(), [ConfigProblem(line: 0, message: "not valid TOML")])
        }
        var reader = ConfigReader(table: table, lines: ConfigLines(text))
        let config = reader.read()
        return (config, reader.problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element))
    }
}

/// Reads each setting of a parsed file, collecting problems.
private struct ConfigReader {
    let table: TOMLTable
    let lines: ConfigLines
    var problems: [ConfigProblem] = []

    static let settings = ["theme", "ascii", "default-screen", "sort", "colors", "keys"]

    mutating func read() -> Config {
        var config = Config()
        for key in table.keys where !Self.settings.contains(key) {
            problem(key, "unknown setting \"\(key)\" (settings: \(Self.settings.joined(separator: ", ")))")
        }
        if let value = table["theme"] {
            if let name = value.string, let theme = Theme.named.first(where: { $0.name == name }) {
                config.theme = theme.theme
                config.themeName = name
            } else {
                problem("theme", "theme must be one of \(Theme.named.map(\.name).joined(separator: ", ")), not \(value)")
            }
        }
        if let value = table["ascii"] {
            if let flag = value.bool { config.ascii = flag } else { problem("ascii", "ascii must be true or false, not \(value)") }
        }
        if let value = table["default-screen"] {
            if let name = value.string, let screen = StartScreen(rawValue: name) {
                config.startScreen = screen
            } else {
                problem("default-screen", "default-screen must be one of \(StartScreen.allCases.map(\.rawValue).joined(separator: ", ")), not \(value)")
            }
        }
        if let value = table["sort"] {
            if let name = value.string, let sort = ProgrammeOrder(rawValue: name) {
                config.sort = sort
            } else {
                problem("sort", "sort must be one of \(ProgrammeOrder.allCases.map(\.rawValue).joined(separator: ", ")), not \(value)")
            }
        }
        if let value = table["colors"] {
            if let colors = value.table { readColors(colors, into: &config.theme) } else { problem("colors", "[colors] must be a table") }
        }
        if let value = table["keys"] {
            if let keys = value.table { config.keymap = readKeys(keys) } else { problem("keys", "[keys] must be a table") }
        }
        return config
    }

    private mutating func readColors(_ colors: TOMLTable, into theme: inout Theme) {
        for key in colors.keys.sorted(by: { lines.line($0, in: "colors") < lines.line($1, in: "colors") }) {
            guard let role = Theme.roles.first(where: { $0.name == key }) else {
                problem(key, in: "colors", "unknown colour role \"\(key)\" (roles: \(Theme.roles.map(\.name).joined(separator: ", ")))")
                continue
            }
            guard let text = colors[key]?.string else {
                problem(key, in: "colors", "\(key) must be a string such as \"bold cyan\" or \"black on cyan\"")
                continue
            }
            switch StyleSpec.parse(text) {
            case let .success(style): theme[keyPath: role.path] = style
            case let .failure(error): problem(key, in: "colors", error.message)
            }
        }
    }

    private mutating func readKeys(_ keys: TOMLTable) -> Keymap {
        var keymap = Keymap.standard
        let ordered = keys.keys.sorted { lines.line($0, in: "keys") < lines.line($1, in: "keys") }
        for name in ordered {
            guard let command = Command(rawValue: name) else {
                problem(name, in: "keys", "unknown action \"\(name)\" (see beai config example for every action)")
                continue
            }
            let values: [TOMLValueConvertible]
            if let array = keys[name]?.array { values = Array(array) } else if let single = keys[name] { values = [single] } else { continue }
            var bound: [Key] = []
            var valid = true
            for value in values {
                guard let text = value.string, let key = KeyName.key(text) else {
                    problem(name, in: "keys", "\(name): \(value) is not a key (write \"q\", \"ctrl-q\", \"enter\", \"esc\", \"f\", ...)")
                    valid = false
                    break
                }
                if key == .control("c") {
                    problem(name, in: "keys", "\(name): ctrl-c always quits and cannot be bound")
                    valid = false
                    break
                }
                bound.append(key)
            }
            guard valid else { continue }
            guard !bound.isEmpty else {
                problem(name, in: "keys", "\(name): give at least one key")
                continue
            }
            keymap.bind(command, to: bound)
        }
        // Two actions on one key where both act: both keep their default keys, and it is said.
        var reverted: Set<Command> = []
        while let (key, first, second) = keymap.collisions.first(where: { !reverted.contains($0.1) || !reverted.contains($0.2) }) {
            let line = max(lines.line(first.rawValue, in: "keys"), lines.line(second.rawValue, in: "keys"))
            problems.append(ConfigProblem(line: line, message:
                "\(first.rawValue) and \(second.rawValue) both have the key \(KeyName.label(key)): both keep their default keys"))
            for command in [first, second] {
                keymap.bind(command, to: command.defaultKeys)
                reverted.insert(command)
            }
        }
        return keymap
    }

    private mutating func problem(_ key: String, in table: String = "", _ message: String) {
        problems.append(ConfigProblem(line: lines.line(key, in: table), message: message))
    }
}
