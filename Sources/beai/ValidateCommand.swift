import ArgumentParser
import BeaiDomain

/// `beai validate`: checks a dataset and lists every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the data (built-in, or --data DIR) and list every problem with its file and line.",
        discussion: """
            With --sources DIR, also check provenance against the documents' text files in DIR: every \
            citation's paragraph must exist with the cited heading standing above it, every figure's and \
            milestone's text must occur in its paragraph, and no summary may share eight words in a row with \
            a document (docs/DATA.md).
            """)

    @OptionGroup var global: GlobalOptions

    /// Named as the root command names it, so that `--sources` reaches this command.
    @OptionGroup var sources: SourcesOptions

    func run() throws {
        let files = try global.dataFiles()
        var problems = Dataset.problems(in: files)
        // Only a directory asked for: the check is run on purpose, never on a default place.
        if let directory = sources.sources {
            problems += ProvenanceCheck.problems(in: files, sourcesDirectory: directory)
        }
        let origin = global.dataDirectory ?? "built-in data"
        guard problems.isEmpty else {
            for problem in problems { print(problem.description) }
            throw CommandFailure.message("\(origin): \(problems.count) problem\(problems.count == 1 ? "" : "s")")
        }
        let dataset = try global.loadDataset()
        let checked = sources.sources == nil ? "valid" : "valid, and every citation found in its source"
        print("\(origin): \(checked) (\(dataset.programmes.count) programmes, \(dataset.organisations.count) organisations, "
            + "\(dataset.documents.count) documents)")
    }
}
