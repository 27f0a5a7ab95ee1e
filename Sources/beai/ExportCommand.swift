import ArgumentParser
import BeaiDomain
import BeaiExport
import BeaiSearch
import Foundation

/// `beai export`: every programme, or those a query selects, as JSON, CSV or Markdown.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write programmes as JSON, CSV (one row each, for spreadsheets) or Markdown.",
        discussion: """
            Without --query, every programme in tree order; with it, the programmes the query \
            selects, best match first (the query language of beai search). The CSV columns are \
            listed in the README.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv, markdown
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Export only the programmes this search selects.", valueName: "QUERY"))
    var query: String?

    @Option(help: ArgumentHelp("json, csv or markdown.", valueName: "FORMAT"))
    var format: Format = .json

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(help: "Start the CSV with a UTF-8 byte order mark, which some spreadsheets need to read accents.")
    var bom = false

    func validate() throws {
        if let query, query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--query needs a query; leave it out to export every programme.")
        }
        if bom, format != .csv { throw ValidationError("--bom applies to --format csv only.") }
    }

    func run() throws {
        let dataset = try global.loadDataset()
        let programmes = try selected(from: dataset)
        let text: String
        switch format {
        case .json: text = try JSONOutput.string(programmes.map(ProgrammeJSON.init)) + "\n"
        case .csv: text = (bom ? "\u{FEFF}" : "") + ProgrammeCSV.document(programmes, dataset: dataset)
        case .markdown: text = ProgrammeMarkdown.document(programmes, dataset: dataset, query: query)
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CommandFailure.message("cannot write \(output): \(error.localizedDescription)")
        }
    }

    private func selected(from dataset: Dataset) throws(CommandFailure) -> [Programme] {
        guard let query else { return PolicyTree(dataset).governments.flatMap(\.pillars).flatMap(\.programmes) }
        let index: SearchIndex
        do {
            index = try SearchIndex(dataset: dataset)
        } catch {
            throw .message(error.description)
        }
        let results = index.search(query + " ", limit: dataset.programmes.count)
        guard results.problems.isEmpty else { throw .message(results.problems.joined(separator: "\n")) }
        for hint in results.hints {
            FileHandle.standardError.write(Data("beai: note: \(hint)\n".utf8))
        }
        return results.results.compactMap { dataset.programme($0.programmeID) }
    }
}
