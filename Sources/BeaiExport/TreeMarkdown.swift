import BeaiDomain

/// A government's or a pillar's detail as a Markdown report: its totals, headline strategy and
/// lead agencies, its programmes per pillar, then the programmes with their figures.
public enum TreeMarkdown {
    /// A government: budgets, headline strategy with its figures, lead agencies, a table of the
    /// pillars, then every programme.
    public static func report(_ node: PolicyTree.GovernmentNode, notes: [String], dataset: Dataset) -> String {
        let programmes = node.pillars.flatMap(\.programmes)
        var lines = ProgrammeMarkdown.heading("\(node.government.name): \(ProgrammeMarkdown.count(node.count))",
                                              notes: notes, dataset: dataset)
        lines += ["Budgets: \(totals(node.totals))", ""]
        if let headline = node.headline {
            lines += ["## Headline strategy", "", "\(ProgrammeMarkdown.escape(headline.name)) (`\(headline.id)`)", ""]
            lines += headline.countedBudgetFigures.map { figure in
                "- \(ProgrammeMarkdown.escape(figure.label)): \(FigureText.value(figure)) — \u{201C}\(ProgrammeMarkdown.escape(figure.text))\u{201D}, "
                    + ProgrammeMarkdown.cite(figure.source, dataset: dataset)
            }
            lines.append("")
        }
        if !node.leadAgencies.isEmpty {
            lines += ["## Lead agencies", ""]
            lines += node.leadAgencies.map { "- \(ProgrammeMarkdown.escape(dataset.organisation($0.organisation)?.name ?? $0.organisation)) (\($0.programmes))" }
            lines.append("")
        }
        lines += ["## Programmes per pillar", "", "| Pillar | Programmes | Budgets |", "|---|---:|---|"]
        lines += node.pillars.map { "| \(ProgrammeMarkdown.escape($0.pillar.name)) | \($0.programmes.count) | \(totals($0.totals)) |" }
        lines += ["", "## Programmes", ""] + ProgrammeMarkdown.table(programmes, dataset: dataset)
        lines += ProgrammeMarkdown.figures(programmes, dataset: dataset)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A pillar of one government: its description, budgets, then its programmes.
    public static func report(_ node: PolicyTree.PillarNode, notes: [String], dataset: Dataset) -> String {
        var lines = ProgrammeMarkdown.heading(
            "\(node.government.name) › \(node.pillar.name): \(ProgrammeMarkdown.count(node.programmes.count))",
            notes: notes, dataset: dataset)
        if !node.pillar.description.isEmpty { lines += [ProgrammeMarkdown.escape(node.pillar.description), ""] }
        lines += ["Budgets: \(totals(node.totals))", ""]
        lines += ProgrammeMarkdown.table(node.programmes, dataset: dataset)
        lines += ProgrammeMarkdown.figures(node.programmes, dataset: dataset)
        return lines.joined(separator: "\n") + "\n"
    }

    /// "€32m per year (3 programmes); €2m one-off or total (1); 4 without a budget figure".
    static func totals(_ totals: BudgetTotals) -> String {
        var parts: [String] = []
        if totals.withPerYear > 0 { parts.append("\(EuroAmount.format(totals.perYear)) per year (\(ProgrammeMarkdown.count(totals.withPerYear)))") }
        if totals.withOneOff > 0 { parts.append("\(EuroAmount.format(totals.oneOff)) one-off or total (\(ProgrammeMarkdown.count(totals.withOneOff)))") }
        parts.append("\(totals.withoutBudget) without a budget figure")
        return parts.joined(separator: "; ")
    }
}
