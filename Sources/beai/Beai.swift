import ArgumentParser
import BeaiApp
import BeaiDomain
import BeaiExport
import BeaiSearch
import Foundation

/// The `beai` command: the explorer on a terminal, and subcommands that print data.
@main
struct Beai: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "beai",
        abstract: "Explore Belgium's AI policy landscape: governments, pillars and programmes, with sources.",
        discussion: Beai.discussion,
        version: BeaiVersion.current,
        subcommands: [
            ListCommand.self, ShowCommand.self, SearchCommand.self, CompareCommand.self, TimelineCommand.self,
            ExportCommand.self, ValidateCommand.self, ConfigCommand.self,
        ])

    /// The description `--help` and the man page print: what beai does, the explorer's keys and
    /// the query language, from the lists the explorer itself shows.
    static var discussion: String {
        """
        With no subcommand on a terminal, beai starts the explorer. Every figure it shows cites \
        the document and section that state it.
         KEYS OF THE EXPLORER (as bound by default; ? in the explorer shows them as a config binds them)
        \(KeyReference.manual())
         SEARCH QUERIES (beai search, beai export --query and the explorer's / prompt)
        \(QueryReference.manual)
         FILES
          $XDG_CONFIG_HOME/beai/config.toml (default ~/.config/beai/config.toml): settings (beai config example)
          $XDG_STATE_HOME/beai/history, bookmarks (default ~/.local/state/beai/): search history, bookmarks
          $XDG_CACHE_HOME/beai/ (default ~/.cache/beai/): decoded --data directories, safe to delete
        """
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Start the explorer with the search open on QUERY.", valueName: "QUERY"))
    var search: String?

    @Flag(name: .customLong("no-color"), help: "Draw the explorer without colour, as NO_COLOR does.")
    var noColor = false

    func run() throws {
        try ExplorerLauncher.run(global: global, search: search, noColor: noColor)
    }

    /// Runs the command and maps failures to beai's exit codes: 1 for errors, 2 for usage errors.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("beai: \(failure.message)\n".utf8))
            Foundation.exit(failure.exitCode)
        } catch let failure as ExportError {
            FileHandle.standardError.write(Data("beai: \(failure.description)\n".utf8))
            Foundation.exit(ExitStatus.failure)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)
            }
            let message = fullMessage(for: error)
            FileHandle.standardError.write(Data((message.isEmpty ? "" : message + "\n").utf8))
            Foundation.exit(code == .validationFailure ? ExitStatus.usage : code.rawValue)
        }
    }
}

/// beai's exit codes, as the README documents them.
enum ExitStatus {
    static let success: Int32 = 0
    static let failure: Int32 = 1
    static let usage: Int32 = 2
}

/// The version `--version` prints.
enum BeaiVersion {
    static let current = "0.1.0"
}
