/// The keys of each command: the defaults, with the bindings of a config file over them.
public struct Keymap: Hashable, Sendable {
    private var bindings: [Command: [Key]] = [:]

    /// The default keys.
    public static let standard = Keymap()

    public init() {}

    /// The keys bound to `command`.
    public func keys(for command: Command) -> [Key] { bindings[command] ?? command.defaultKeys }

    /// Binds `keys` to `command` in place of its defaults (only bindings that differ from the
    /// defaults are kept, so two keymaps with the same keys are equal).
    public mutating func bind(_ command: Command, to keys: [Key]) {
        bindings[command] = keys == command.defaultKeys ? nil : keys
    }

    /// The commands whose keys act where the top screen is `scope` (nil: the tree).
    static func commands(for screen: Screen?) -> [Command] {
        let scopes: [Command.Scope]
        switch screen {
        case nil, .browse?: scopes = [.everywhere, .moving, .explorer]
        case .compare?: scopes = [.everywhere, .moving, .compare]
        case .bookmarks?: scopes = [.everywhere, .moving, .bookmarks]
        case .search?, .export?: scopes = []
        default: scopes = [.everywhere, .moving]
        }
        return Command.allCases.filter { scopes.contains($0.scope) }
    }

    /// The key a screen's `update` should see for `key`: the first default key of the command
    /// `key` is bound to; nil for a default key its command no longer has; else `key` itself
    /// (keys of no command, and every key in a text prompt, pass through).
    func translate(_ key: Key, on screen: Screen?) -> Key? {
        guard !bindings.isEmpty else { return key }
        let commands = Self.commands(for: screen)
        if let command = commands.first(where: { keys(for: $0).contains(key) }) {
            return command.defaultKeys.first
        }
        if commands.contains(where: { $0.defaultKeys.contains(key) && bindings[$0] != nil }) { return nil }
        return key
    }

    /// Pairs of commands that share a key where both act, with the key: a config file's mistake.
    public var collisions: [(Key, Command, Command)] {
        var found: [(Key, Command, Command)] = []
        let commands = Command.allCases
        for (index, first) in commands.enumerated() {
            for second in commands[(index + 1)...] where Self.meet(first.scope, second.scope) {
                for key in keys(for: first) where keys(for: second).contains(key) {
                    found.append((key, first, second))
                }
            }
        }
        return found
    }

    /// True when commands of these scopes can act on the same screen.
    private static func meet(_ first: Command.Scope, _ second: Command.Scope) -> Bool {
        first == second || [first, second].contains(.everywhere) || [first, second].contains(.moving)
    }

    /// The keys of `command` as the help shows them: `q Ctrl-Q` (in ASCII for the manual).
    public func label(for command: Command, ascii: Bool = false) -> String {
        keys(for: command).map { KeyName.label($0, ascii: ascii) }.joined(separator: " ")
    }
}
