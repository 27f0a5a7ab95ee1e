import BeaiDomain
import Foundation

/// Programmes as Markdown, ready to paste into a report: a table of them, then each one's figures
/// with the text its source writes and the document and section that state it.
public enum ProgrammeMarkdown {
    /// `beai export --format markdown`: the programmes, or those `query` selected.
    public static func document(_ programmes: [Programme], dataset: Dataset, query: String?) -> String {
        let title = "Belgian AI policy: \(count(programmes.count))" + (query.map { " matching `\(escape($0))`" } ?? "")
        return report(title: title, notes: [], programmes, dataset: dataset)
    }

    /// A report of `programmes`: `# title`, the data's date, `notes` (what selected and ordered
    /// them, a line each), the table, then the figures and sources.
    public static func report(title: String, notes: [String], _ programmes: [Programme], dataset: Dataset) -> String {
        (heading(title, notes: notes, dataset: dataset) + table(programmes, dataset: dataset)
            + figures(programmes, dataset: dataset)).joined(separator: "\n") + "\n"
    }

    /// One programme: its fields, summary, figures (disagreeing ones marked), sources and related
    /// programmes.
    public static func report(_ programme: Programme, notes: [String], dataset: Dataset) -> String {
        var lines = heading("\(programme.name) (`\(programme.id)`)", notes: notes, dataset: dataset)
        let fields: [(String, String)] = [
            ("Government", dataset.government(programme.government)?.name ?? programme.government),
            ("Pillar", dataset.pillar(programme.pillar)?.name ?? programme.pillar),
            ("Other pillars", programme.pillars.map { dataset.pillar($0)?.name ?? $0 }.joined(separator: ", ")),
            ("Kind", programme.kind.rawValue),
            ("Status", programme.status.rawValue + (programme.statusAsOf.map { " (as of \($0))" } ?? "")),
            ("Also known as", programme.aliases.joined(separator: "; ")),
            ("Lead", dataset.leadNames(of: programme).joined(separator: ", ")),
            ("Years", programme.years?.label ?? ""),
            ("Targets", programme.targets.joined(separator: ", ")),
            ("Budget", budget(programme, ledger: BudgetLedger(dataset))),
        ]
        lines += fields.filter { !$0.1.isEmpty }.map { "- **\($0.0):** \(escape($0.1))" }
        if !programme.summary.isEmpty { lines += ["", escape(programme.summary)] }
        lines += ["", "## Figures", ""]
        lines += figureLines(programme, dataset: dataset)
        if !programme.related.isEmpty {
            lines += ["", "## Related", ""]
            lines += programme.related.map { "- \(escape(dataset.programme($0)?.name ?? $0)) (`\($0)`)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `# title`, the data's date and the notes, each followed by a blank line.
    public static func heading(_ title: String, notes: [String], dataset: Dataset) -> [String] {
        var lines = ["# \(title)", ""]
        if let asOf = dataset.asOf { lines += ["Data as of \(asOf). Source: beai.", ""] }
        if !notes.isEmpty { lines += notes.map { escape($0) + "  " } + [""] }
        return lines
    }

    /// A table of the programmes, one row each.
    public static func table(_ programmes: [Programme], dataset: Dataset) -> [String] {
        var lines = ["| Programme | Government | Pillar | Kind | Status | Lead | Years | Budget | Summary |",
                     "|---|---|---|---|---|---|---|---|---|"]
        let ledger = BudgetLedger(dataset)
        for programme in programmes {
            let cells = [
                "\(programme.name) (`\(programme.id)`)",
                dataset.government(programme.government)?.name ?? programme.government,
                dataset.pillar(programme.pillar)?.name ?? programme.pillar,
                programme.kind.rawValue, programme.status.rawValue,
                dataset.leadNames(of: programme).joined(separator: ", "), programme.years?.label ?? "",
                budget(programme, ledger: ledger), programme.summary,
            ]
            lines.append("| " + cells.map(escape).joined(separator: " | ") + " |")
        }
        return lines
    }

    /// `## Figures and sources`, then each programme that has a figure or a source, with them.
    public static func figures(_ programmes: [Programme], dataset: Dataset) -> [String] {
        let cited = programmes.filter { !$0.figures.isEmpty || !$0.sources.isEmpty }
        guard !cited.isEmpty else { return [] }
        var lines = ["", "## Figures and sources"]
        for programme in cited {
            lines += ["", "### \(escape(programme.name)) (`\(programme.id)`)", ""]
            lines += figureLines(programme, dataset: dataset)
        }
        return lines
    }

    /// A programme's figures as list items ("≠" where the sources disagree), then its sources.
    private static func figureLines(_ programme: Programme, dataset: Dataset) -> [String] {
        let conflicting = Set(programme.conflictingFigures.flatMap { $0 })
        var lines = programme.figures.map { figure in
            let marker = conflicting.contains(figure) ? "≠ " : ""
            return "- \(marker)\(escape(figure.label)): \(FigureText.value(figure))\(figure.budget ? " (budget)" : "")"
                + " — \u{201C}\(escape(figure.text))\u{201D}, \(cite(figure.source, dataset: dataset))"
        }
        if !conflicting.isEmpty { lines.append("- ≠ the sources disagree: every version is listed") }
        if !programme.sources.isEmpty {
            lines.append("- Sources: " + programme.sources.map { cite($0, dataset: dataset) }.joined(separator: "; "))
        }
        return lines.isEmpty ? ["- No figure or source."] : lines
    }

    /// "€32m per year (2019–2023); €2m one-off/total (no year)": the amounts the programme counts
    /// (`BudgetLedger`), each with its years, never added together.
    static func budget(_ programme: Programme, ledger: BudgetLedger) -> String {
        ledger.amounts(of: programme.id).map { amount in
            EuroAmount.format(amount.value) + (amount.period == .perYear ? " per year" : " one-off/total")
                + (amount.years.map { " (\($0.label))" } ?? " (no year)")
        }.joined(separator: "; ")
    }

    /// "*AI Watch, Belgium AI Strategy Report* § Wallonia".
    public static func cite(_ citation: Citation?, dataset: Dataset) -> String {
        guard let citation else { return "no citation" }
        let title = dataset.document(citation.document)?.title ?? citation.document
        return "*\(escape(title))* § \(escape(citation.section))"
    }

    /// "1 programme", "12 programmes".
    public static func count(_ number: Int) -> String { number == 1 ? "1 programme" : "\(number) programmes" }

    /// Text safe in a table cell: pipes escaped, line breaks as spaces.
    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\r", with: " ")
    }
}
