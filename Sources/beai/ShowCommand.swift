import ArgumentParser
import BeaiDomain
import BeaiExport

/// `beai show ID`: every field of one programme, with its figures and their citations.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one programme with its figures and sources.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("A programme id, as beai list prints it.", valueName: "ID"))
    var id: String

    @Flag(help: "Print one JSON programme object (see the README).")
    var json = false

    func run() throws {
        let dataset = try global.loadDataset()
        guard let programme = dataset.programme(id) else {
            throw CommandFailure.unknownID(
                kind: "programme", value: id,
                suggestions: Suggestions.nearest(to: id, among: dataset.programmes.map(\.id), limit: 5))
        }
        if json {
            print(try JSONOutput.string(ProgrammeJSON(programme)))
        } else {
            print(ProgrammeReport(programme: programme, dataset: dataset, ledger: BudgetLedger(dataset)).text, terminator: "")
        }
    }
}
