import ArgumentParser
import BeaiDomain
import Foundation

/// Where to read the source documents' text files (`beai cite`, the explorer, `beai validate`).
/// Every command names its option group `sources`, as the root command does: ArgumentParser
/// hands an option to the command whose property path matches.
struct SourcesOptions: ParsableArguments {
    @Option(
        name: .long, help: ArgumentHelp(
            "Read the source documents' text files from DIR; else BEAI_SOURCES, else $XDG_DATA_HOME/beai/sources "
                + "(default ~/.local/share/beai/sources).", valueName: "DIR"))
    var sources: String?

    /// The directory asked for or the default one; nil only without HOME and any setting.
    var location: SourcesLocation? {
        SourcesLocation.resolve(option: sources, environment: ProcessInfo.processInfo.environment)
    }
}
