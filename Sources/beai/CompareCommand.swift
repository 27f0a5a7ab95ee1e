import ArgumentParser
import BeaiDomain
import BeaiExport
import Foundation

/// `beai compare G1 G2 [G3]`: governments side by side, pillar by pillar.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two or three governments pillar by pillar: programmes, budgets, gaps.",
        discussion: """
            Budgets keep per-year sums and one-off/total sums apart; they are never added together. \
            A gap is a pillar where one government has programmes and another has none.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Two or three governments: ids or names (flanders, Wallonie, fwb).", valueName: "G"))
    var governments: [String]

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
        var ids: [String] = []
        for text in governments {
            guard let government = dataset.governmentMatching(text) else {
                throw CommandFailure.unknownID(
                    kind: "government", value: text,
                    suggestions: Suggestions.nearest(to: text, among: dataset.governments.map(\.id)))
            }
            guard !ids.contains(government.id) else {
                throw CommandFailure.message("\(government.id) is named twice; compare different governments.")
            }
            ids.append(government.id)
        }
        let comparison = GovernmentComparison(dataset: dataset, governments: ids)
        if json {
            print(try JSONOutput.string(ComparisonJSON(comparison)))
        } else if markdown {
            print(ComparisonMarkdown(comparison: comparison, dataset: dataset).text, terminator: "")
        } else {
            print(ComparisonMarkdown(comparison: comparison, dataset: dataset).plainText, terminator: "")
        }
    }
}
