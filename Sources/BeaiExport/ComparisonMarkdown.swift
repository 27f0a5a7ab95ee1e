import BeaiDomain

/// A comparison as a Markdown table, or as aligned plain text.
public struct ComparisonMarkdown {
    let comparison: GovernmentComparison
    let dataset: Dataset

    public init(comparison: GovernmentComparison, dataset: Dataset) {
        self.comparison = comparison
        self.dataset = dataset
    }

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

    /// The table (`beai compare --markdown`).
    public var text: String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        var lines = [line(header), line(header.map { _ in "---" })]
        lines += rows.map(line)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table as aligned columns (`beai compare`).
    public var plainText: String {
        TextTable.render(header: header, rows: rows) + "\n"
    }

    /// A report: `# Compare: …`, the data's date, `notes`, the table.
    public func report(notes: [String]) -> String {
        let title = "Compare: " + comparison.governments.map(\.name).joined(separator: ", ")
        return (ProgrammeMarkdown.heading(title, notes: notes, dataset: dataset)).joined(separator: "\n") + "\n" + text
    }
}
