import ArgumentParser
import BeaiDomain
import BeaiExport

/// `beai timeline [GOV...] [--pillar P]`: programmes year by year, with milestones and, per year,
/// how many run and what they spend.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Programmes year by year: when each runs, its milestones, and per year how many run and the budget.",
        discussion: """
            Rows are sorted by start year, then name; programmes with neither years nor milestones are \
            listed apart as undated. A year's budget adds the per-year amounts that count in it; programmes \
            running that year without such an amount are counted, never guessed. With several governments, \
            the per-year figures are also given for each.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Governments: ids or names (flanders, Wallonie), or unions joined by + (wallonia+fwb); none means all.", valueName: "G"))
    var governments: [String] = []

    @Option(help: ArgumentHelp("Only this primary pillar: an id (skills) or a name.", valueName: "P"))
    var pillar: String?

    @Flag(help: "Print JSON (see the README).")
    var json = false

    @Flag(help: "Print Markdown tables, ready to paste into a report.")
    var markdown = false

    func validate() throws {
        guard !(json && markdown) else { throw ValidationError("choose one of --json and --markdown.") }
    }

    func run() throws {
        let dataset = try global.loadDataset()
        let ids = try dataset.columnIDs(named: governments)
        let members = Set(ids.flatMap(GovernmentComparison.members))
        let pillarID = try pillar.map { text throws(CommandFailure) in try dataset.pillarID(named: text) }
        let tree = PolicyTree(dataset)
        let programmes = tree.governments
            .filter { ids.isEmpty || members.contains($0.government.id) }
            .flatMap(\.pillars)
            .filter { pillarID == nil || $0.pillar.id == pillarID }
            .flatMap(\.programmes)
        let timeline = Timeline(programmes: programmes, dataset: dataset, ledger: tree.ledger, governments: ids)
        let report = TimelineReport(timeline: timeline, dataset: dataset, governments: ids, pillar: pillarID)
        if json {
            print(try JSONOutput.string(TimelineJSON(timeline, governments: ids, pillar: pillarID)))
        } else {
            print(markdown ? report.markdown : report.plainText, terminator: "")
        }
    }
}
