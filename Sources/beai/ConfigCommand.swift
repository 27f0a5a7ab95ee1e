import ArgumentParser
import BeaiConfig
import Foundation

/// `beai config`: where the config file is, a complete example, and a check of a file.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "The config file: its path, a complete example, a check.",
        discussion: "beai reads $XDG_CONFIG_HOME/beai/config.toml (default ~/.config/beai/config.toml): theme, colours, keys, the screen to open on, the sort order, ASCII.",
        subcommands: [Path.self, Example.self, Check.self])

    /// The config file of this environment, or a failure saying why there is none.
    static func file() throws -> ConfigFile {
        guard let file = ConfigFile(environment: ProcessInfo.processInfo.environment) else {
            throw CommandFailure.message("no config file: neither XDG_CONFIG_HOME nor HOME is set")
        }
        return file
    }

    struct Path: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print where beai reads its config file from.")

        func run() throws { print(try ConfigCommand.file().url.path) }
    }

    struct Example: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a complete, commented config file with every setting at its default.")

        func run() { print(ConfigExample.text, terminator: "") }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a config file and list every problem with its line (exit 1 when there is one).")

        @Argument(help: ArgumentHelp("The file to check (default: the one beai reads).", valueName: "FILE"))
        var file: String?

        func run() throws {
            let config = try file.map { ConfigFile(url: URL(fileURLWithPath: $0)) } ?? ConfigCommand.file()
            let loaded = config.load()
            guard loaded.exists else {
                if file != nil { throw CommandFailure.message("\(config.url.path): no such file") }
                print("\(config.url.path): no config file; beai uses its defaults (beai config example prints one)")
                return
            }
            if loaded.problems.isEmpty {
                print("\(config.url.path): no problems")
                return
            }
            for problem in loaded.problems {
                FileHandle.standardError.write(Data("\(config.url.path):\(problem.line): \(problem.message)\n".utf8))
            }
            let count = loaded.problems.count
            throw CommandFailure.message("\(count) problem\(count == 1 ? "" : "s") in \(config.url.path)")
        }
    }
}
