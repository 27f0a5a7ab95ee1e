import ArgumentParser
import BeaiDomain
import Foundation

/// The `beai` command: the explorer on a terminal, and subcommands that print data.
@main
struct Beai: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "beai",
        abstract: "Explore Belgium's AI policy landscape: governments, pillars and programmes, with sources.",
        discussion: """
            With no subcommand on a terminal, beai starts the explorer. Every figure it shows cites \
            the document and section that state it.
            """,
        version: BeaiVersion.current,
        subcommands: [
            ListCommand.self, ShowCommand.self, SearchCommand.self, CompareCommand.self, ExportCommand.self,
            ValidateCommand.self, CiteCommand.self,
        ])

    @OptionGroup var global: GlobalOptions
    @OptionGroup var sources: SourcesOptions

    @Option(help: ArgumentHelp("Start the explorer with the search open on QUERY.", valueName: "QUERY"))
    var search: String?

    func run() throws {
        try ExplorerLauncher.run(global: global, sources: sources.location, search: search)
    }

    /// Runs the command and maps failures to beai's exit codes: 1 for errors, 2 for usage errors.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("beai: \(failure.message)\n".utf8))
            Foundation.exit(failure.exitCode)
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
