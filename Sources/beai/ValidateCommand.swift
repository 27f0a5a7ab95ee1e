import ArgumentParser
import BeaiDomain

/// `beai validate`: checks a dataset and lists every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the data (built-in, or --data DIR) and list every problem with its file and line.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let files = try global.dataFiles()
        let problems = Dataset.problems(in: files)
        let origin = global.dataDirectory ?? "built-in data"
        guard problems.isEmpty else {
            for problem in problems { print(problem.description) }
            throw CommandFailure.message("\(origin): \(problems.count) problem\(problems.count == 1 ? "" : "s")")
        }
        let dataset = try global.loadDataset()
        print("\(origin): valid (\(dataset.programmes.count) programmes, \(dataset.organisations.count) organisations, "
            + "\(dataset.documents.count) documents)")
    }
}
