import BeaiDomain

/// A comparison as a Markdown table or aligned plain text, with the budgets of one year, followed by
/// the programmes each column's total adds, so that every number can be checked.
public struct ComparisonReport {
    let comparison: GovernmentComparison
    let dataset: Dataset
    /// The year whose per-year budgets are shown; nil when no column has a dated amount.
    public let year: Int?

    public init(comparison: GovernmentComparison, dataset: Dataset, year: Int?) {
        self.comparison = comparison
        self.dataset = dataset
        self.year = year
    }

    private var header: [String] { [""] + comparison.governments.map(\.name) }

    private var rows: [[String]] {
        var rows: [[String]] = []
        rows.append(["Strategy"] + comparison.headlines.map { $0.strategy?.name ?? "—" })
        rows.append([year.map { "Budget in \($0)" } ?? "Budget per year"] + comparison.headlines.map { yearText($0.budget) })
        rows.append(["Budget by year"] + comparison.headlines.map { Self.seriesText($0.budget) })
        rows.append(["Undated, per year"] + comparison.headlines.map { Self.apartText($0.budget.undated) })
        rows.append(["One-off or total"] + comparison.headlines.map { Self.apartText($0.budget.oneOff) })
        rows.append(["Programmes"] + comparison.headlines.map(\.roles.label))
        rows.append(["Lead agencies"] + comparison.headlines.map { headline in
            headline.leadAgencies.map { dataset.organisation($0)?.name ?? $0 }.joined(separator: ", ")
        })
        for row in comparison.rows {
            rows.append([row.pillar.name + (row.isGap ? " (gap)" : "")] + row.cells.map(cellText))
        }
        return rows
    }

    /// "€92m (3 programmes; a source disagrees)", or "no per-year figure for 2025".
    private func yearText(_ budget: BudgetSummary) -> String {
        guard let year else { return "—" }
        guard let entry = budget.year(year), !entry.programmes.isEmpty else { return "no per-year figure for \(year)" }
        let count = entry.programmes.count == 1 ? "1 programme" : "\(entry.programmes.count) programmes"
        return "\(EuroAmount.format(entry.perYear)) (\(count)\(entry.disputed.isEmpty ? "" : "; a source disagrees"))"
    }

    /// "2019 €32m, 2020 €92m", or "—".
    static func seriesText(_ budget: BudgetSummary) -> String {
        let years = budget.years.filter { !$0.programmes.isEmpty }
        return years.isEmpty ? "—" : years.map { "\($0.year) \(EuroAmount.format($0.perYear))" }.joined(separator: ", ")
    }

    /// "€32m 2021–2026, €7m from 2016" for the amounts no whole holds, or "—".
    static func apartText(_ amounts: [BudgetSummary.Apart]) -> String {
        let own = amounts.filter { $0.inside == nil }
        guard !own.isEmpty else { return "—" }
        return own.map { apart in
            let years = apart.amount.years?.label ?? ""
            return EuroAmount.format(apart.amount.value) + (years.isEmpty ? " (no year)" : " " + years)
        }.joined(separator: ", ")
    }

    /// "3 initiatives · 1 proposed; €32m in 2021; 1 without a budget figure", or for an empty pillar
    /// "none" and whose competence it is.
    private func cellText(_ cell: GovernmentComparison.Cell) -> String {
        guard cell.count > 0 else {
            guard let elsewhere = cell.elsewhere else { return "none" }
            return "none (\(elsewhere.matter): \(names(elsewhere.competent)))"
        }
        var parts = [cell.roles.label]
        if let year, let entry = cell.budget.year(year) {
            if !entry.programmes.isEmpty { parts.append("\(EuroAmount.format(entry.perYear)) in \(year)") }
            let inside = entry.inside.reduce(0) { $0 + $1.value }
            if inside > 0 { parts.append("\(EuroAmount.format(inside)) in \(year) inside another programme's budget, not added") }
        }
        if cell.budget.withoutBudget > 0 { parts.append("\(cell.budget.withoutBudget) without a budget figure") }
        return parts.joined(separator: "; ")
    }

    private func names(_ governments: [String]) -> String {
        governments.map { dataset.government($0)?.name ?? $0 }.joined(separator: ", ")
    }

    /// Below the table: for each column, the programmes its total for the year adds, then the
    /// undated and one-off or total amounts, each with the text and place its source gives; as
    /// (depth, text) pairs.
    private var details: [(depth: Int, text: String)] {
        var lines: [(Int, String)] = []
        for headline in comparison.headlines {
            let budget = headline.budget
            if let year {
                let entry = budget.year(year)
                let total = entry.map { EuroAmount.format($0.perYear) + " per year" } ?? "no per-year figure"
                lines.append((0, "\(headline.government.name), \(year): \(total)"))
                for id in entry?.programmes ?? [] {
                    for amount in comparison.ledger.amounts(of: id) where amount.counts(in: year) {
                        lines.append((1, amountLine(amount)))
                    }
                }
                for part in entry?.inside ?? [] {
                    lines.append((1, "not added, inside \(name(part.whole)): \(name(part.programme)) \(EuroAmount.format(part.value))"))
                }
            } else {
                lines.append((0, "\(headline.government.name): no dated per-year amount"))
            }
            for (title, amounts) in [("undated, per year", budget.undated), ("one-off or total", budget.oneOff)] where !amounts.isEmpty {
                lines.append((1, "\(title), never added to a year:"))
                for apart in amounts {
                    lines.append((2, amountLine(apart.amount) + (apart.inside.map { " (inside \(name($0)))" } ?? "")))
                }
            }
        }
        return lines
    }

    private func name(_ programme: String) -> String { dataset.programme(programme)?.name ?? programme }

    /// "Name: €32m per year, counted 2019–2021 (why); "EUR 32 million" [document § section]".
    private func amountLine(_ amount: BudgetAmount) -> String {
        var line = "\(name(amount.programme)): \(FigureText.value(amount.figure))"
        if amount.period == .perYear {
            line += ", " + (amount.years.map { "counted \($0.label)" } ?? "no year") + " (\(amount.explanation))"
        } else if amount.figure.years == nil {
            line += ", " + (amount.years.map { "the programme's years \($0.label)" } ?? "no year stated")
        }
        line += "; \"\(amount.figure.text)\" \(cite(amount.figure.source))"
        for other in amount.disagreeing {
            line += "; a source disagrees: \"\(other.text)\" \(cite(other.source))"
        }
        return line
    }

    private func cite(_ citation: Citation?) -> String {
        guard let citation else { return "[no citation]" }
        return "[\(citation.document) § \(citation.locator)]"
    }

    /// The table and the programmes behind each total (`beai compare --markdown`).
    public var markdown: String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        var lines = [line(header), line(header.map { _ in "---" })]
        lines += rows.map(line)
        lines.append("")
        lines += details.map { String(repeating: "  ", count: $0.depth) + "- " + $0.text }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same as aligned columns (`beai compare`).
    public var plainText: String {
        var lines = [TextTable.render(header: header, rows: rows)]
        for (depth, text) in details {
            if depth == 0 { lines.append("") }
            lines.append(String(repeating: "  ", count: depth) + text)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A report: `# Compare: …`, the data's date, `notes` (the filter in force), then `markdown`.
    public func report(notes: [String]) -> String {
        let title = "Compare: " + comparison.governments.map(\.name).joined(separator: ", ")
        return ProgrammeMarkdown.heading(title, notes: notes, dataset: dataset).joined(separator: "\n") + "\n" + markdown
    }
}
