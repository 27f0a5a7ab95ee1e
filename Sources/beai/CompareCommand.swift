import ArgumentParser
import BeaiDomain
import BeaiExport
import Foundation

/// `beai compare G1 G2 [G3]`: governments, or unions of them, side by side, pillar by pillar.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two or three governments pillar by pillar: counts by role, budgets per year, competences.",
        discussion: """
            Budgets are added per calendar year (--year, default the latest year with figures): a part \
            is never added to its whole, editions never overlap, undated and one-off or total amounts \
            stay apart. A column can unite governments: wallonia+fwb sets French-speaking Belgium's \
            region and community against Flanders. A pillar that is another government's competence \
            says whose; a gap is a pillar where a competent government has no initiative and another has.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(
        "Two or three governments: ids or names (flanders, Wallonie, fwb), or unions joined by + (wallonia+fwb).",
        valueName: "G"))
    var governments: [String]

    @Option(help: ArgumentHelp("The year whose budgets the comparison adds (default: the latest with figures).", valueName: "YEAR"))
    var year: Int?

    @Flag(help: "Print JSON (see the README).")
    var json = false

    @Flag(help: "Print a Markdown table, ready to paste into a report.")
    var markdown = false

    func validate() throws {
        guard (2...3).contains(governments.count) else {
            throw ValidationError("compare takes two or three governments, not \(governments.count).")
        }
        guard !(json && markdown) else { throw ValidationError("choose one of --json and --markdown.") }
    }

    func run() throws {
        let dataset = try global.loadDataset()
        let columns = try dataset.columnIDs(named: governments)
        let comparison = GovernmentComparison(dataset: dataset, governments: columns)
        let report = ComparisonReport(comparison: comparison, dataset: dataset, year: year ?? comparison.latestYear)
        if json {
            print(try JSONOutput.string(ComparisonJSON(comparison, year: report.year)))
        } else if markdown {
            print(report.markdown, terminator: "")
        } else {
            print(report.plainText, terminator: "")
        }
    }
}
