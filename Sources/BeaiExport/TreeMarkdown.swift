import BeaiDomain

/// A government's or a pillar's detail as a Markdown report: its counts by role and budgets per
/// year (undated and one-off amounts apart, as `BudgetSummary` adds them), headline strategy and
/// lead agencies, its programmes per pillar, then the programmes with their figures.
public enum TreeMarkdown {
    /// A government: budgets, headline strategy with its figures, lead agencies, a table of the
    /// pillars, then every programme.
    public static func report(_ node: PolicyTree.GovernmentNode, notes: [String], dataset: Dataset) -> String {
        let programmes = node.pillars.flatMap(\.programmes)
        var lines = ProgrammeMarkdown.heading("\(node.government.name): \(ProgrammeMarkdown.count(node.count))",
                                              notes: notes, dataset: dataset)
        lines += ["Programmes: \(node.roles.label)  ", "Budgets: \(budgets(node.budget))", ""]
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
        lines += ["## Programmes per pillar", "", "| Pillar | Programmes | Budgets |", "|---|---|---|"]
        lines += node.pillars.map { "| \(ProgrammeMarkdown.escape($0.pillar.name)) | \($0.roles.label) | \(budgets($0.budget)) |" }
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
        lines += ["Programmes: \(node.roles.label)  ", "Budgets: \(budgets(node.budget))", ""]
        lines += ProgrammeMarkdown.table(node.programmes, dataset: dataset)
        lines += ProgrammeMarkdown.figures(node.programmes, dataset: dataset)
        return lines.joined(separator: "\n") + "\n"
    }

    /// "per year 2019 €32m, 2020 €32m; undated, per year €18m (no year); one-off or total €2m
    /// 2021–2026; 4 without a budget figure": never a sum of amounts of different kinds.
    static func budgets(_ budget: BudgetSummary) -> String {
        var parts = ["per year " + ComparisonReport.seriesText(budget)]
        for (title, amounts) in [("undated, per year", budget.undated), ("one-off or total", budget.oneOff)] {
            let text = ComparisonReport.apartText(amounts)
            if text != "—" { parts.append("\(title) \(text)") }
        }
        parts.append("\(budget.withoutBudget) without a budget figure")
        return ProgrammeMarkdown.escape(parts.joined(separator: "; "))
    }
}
