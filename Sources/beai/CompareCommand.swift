import ArgumentParser
import BeaiDomain
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
        let ids = try dataset.governmentIDs(named: governments)
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

/// The JSON form of a comparison.
struct ComparisonJSON: Encodable {
    struct Headline: Encodable {
        let government: String
        let strategy: String?
        let strategyName: String?
        let annualBudget: AnnualBudget?
        let programmes: Int
        let leadAgencies: [String]
    }

    struct AnnualBudget: Encodable {
        let value: Double
        let text: String
        let source: Citation?
    }

    struct Cell: Encodable {
        let government: String
        let count: Int
        let programmes: [String]
        let perYear: Double
        let oneOff: Double
        let withPerYear: Int
        let withOneOff: Int
        let withoutBudget: Int
    }

    struct Pillar: Encodable {
        let pillar: String
        let gap: Bool
        let cells: [Cell]
    }

    let governments: [String]
    let headline: [Headline]
    let pillars: [Pillar]

    init(_ comparison: GovernmentComparison) {
        governments = comparison.governments.map(\.id)
        headline = comparison.headlines.map { item in
            Headline(
                government: item.government.id, strategy: item.strategy?.id, strategyName: item.strategy?.name,
                annualBudget: item.annualBudget.map { AnnualBudget(value: $0.value, text: $0.text, source: $0.source) },
                programmes: item.programmes, leadAgencies: item.leadAgencies)
        }
        pillars = comparison.rows.map { row in
            Pillar(pillar: row.pillar.id, gap: row.isGap, cells: row.cells.map { cell in
                Cell(government: cell.government, count: cell.count, programmes: cell.programmes.map(\.id),
                     perYear: cell.totals.perYear, oneOff: cell.totals.oneOff, withPerYear: cell.totals.withPerYear,
                     withOneOff: cell.totals.withOneOff, withoutBudget: cell.totals.withoutBudget)
            })
        }
    }
}

/// A comparison as a Markdown table, or as aligned plain text.
struct ComparisonMarkdown {
    let comparison: GovernmentComparison
    let dataset: Dataset

    private var header: [String] { [""] + comparison.governments.map(\.name) }

    private var rows: [[String]] {
        var rows: [[String]] = []
        rows.append(["Strategy"] + comparison.headlines.map { $0.strategy?.name ?? "—" })
        rows.append(["Annual AI budget"] + comparison.headlines.map { headline in
            guard let figure = headline.annualBudget else { return "—" }
            let source = figure.source.map { " (\($0.document), \($0.section))" } ?? ""
            return FigureText.value(figure) + source
        })
        rows.append(["Programmes"] + comparison.headlines.map { "\($0.programmes)" })
        rows.append(["Lead agencies"] + comparison.headlines.map { headline in
            headline.leadAgencies.map { dataset.organisation($0)?.name ?? $0 }.joined(separator: ", ")
        })
        for row in comparison.rows {
            rows.append([row.pillar.name + (row.isGap ? " (gap)" : "")] + row.cells.map(Self.cellText))
        }
        return rows
    }

    /// "3: €32m per year; €2m one-off/total; 1 without a figure", or "none".
    static func cellText(_ cell: GovernmentComparison.Cell) -> String {
        guard cell.count > 0 else { return "none" }
        var parts: [String] = []
        if cell.totals.withPerYear > 0 { parts.append("\(EuroAmount.format(cell.totals.perYear)) per year") }
        if cell.totals.withOneOff > 0 { parts.append("\(EuroAmount.format(cell.totals.oneOff)) one-off/total") }
        if cell.totals.withoutBudget > 0 { parts.append("\(cell.totals.withoutBudget) without a figure") }
        return "\(cell.count): " + parts.joined(separator: "; ")
    }

    var text: String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        var lines = [line(header), line(header.map { _ in "---" })]
        lines += rows.map(line)
        return lines.joined(separator: "\n") + "\n"
    }

    var plainText: String {
        TextTable.render(header: header, rows: rows) + "\n"
    }
}
