import ArgumentParser
import BeaiDomain

/// `beai validate`: checks a dataset and lists every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the data (built-in, or --data DIR) and list every problem with its file and line.",
        discussion: """
            With --sources DIR, also check provenance: every figure's and milestone's text and every cited \
            heading must occur in the cited document's text in DIR, and no summary may copy a sentence of a document.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Also check the data against the source documents in DIR.", valueName: "DIR"))
    var sources: String?

    func run() throws {
        let files = try global.dataFiles()
        var problems = Dataset.problems(in: files)
        if let sources {
            problems += ProvenanceCheck.problems(in: files, sourcesDirectory: sources)
        }
        let origin = global.dataDirectory ?? "built-in data"
        guard problems.isEmpty else {
            for problem in problems { print(problem.description) }
            throw CommandFailure.message("\(origin): \(problems.count) problem\(problems.count == 1 ? "" : "s")")
        }
        let dataset = try global.loadDataset()
        let checked = sources == nil ? "valid" : "valid, and every figure, milestone and heading found in its source"
        print("\(origin): \(checked) (\(dataset.programmes.count) programmes, \(dataset.organisations.count) organisations, "
            + "\(dataset.documents.count) documents)")
    }
}
