import BeaiDomain
import Foundation

/// One row per programme, RFC 4180 quoting, CRLF line ends: what spreadsheets read. Lists are
/// joined with "; "; amounts are plain numbers in euros.
public enum ProgrammeCSV {
    /// The columns, in order, as the README documents them.
    public static let columns = [
        "id", "name", "aliases", "government", "government_name", "pillar", "pillar_name", "other_pillars", "kind",
        "status", "status_as_of", "lead", "lead_names", "year_start", "year_end", "targets", "tags", "summary",
        "budget_per_year_eur", "budget_one_off_or_total_eur", "figures", "conflicting_figures", "sources", "related",
        "role", "part_of", "follows", "budget_years",
    ]

    /// The header row and one row per programme, as one text.
    public static func document(_ programmes: [Programme], dataset: Dataset) -> String {
        let ledger = BudgetLedger(dataset)
        return ([columns] + programmes.map { row($0, dataset: dataset, ledger: ledger) })
            .map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// The fields of one programme's row, in the order of `columns`.
    public static func row(_ programme: Programme, dataset: Dataset, ledger: BudgetLedger) -> [String] {
        let amounts = ledger.amounts(of: programme.id)
        let perYear = amounts.filter { $0.period == .perYear }
        let once = amounts.filter { $0.period == .oneOffOrTotal }
        return [
            programme.id, programme.name, programme.aliases.joined(separator: "; "), programme.government,
            dataset.government(programme.government)?.name ?? "", programme.pillar,
            dataset.pillar(programme.pillar)?.name ?? "", programme.pillars.joined(separator: "; "),
            programme.kind.rawValue, programme.status.rawValue, programme.statusAsOf ?? "",
            programme.lead.joined(separator: "; "), dataset.leadNames(of: programme).joined(separator: "; "),
            programme.years?.start.map(String.init) ?? "", programme.years?.end.map(String.init) ?? "",
            programme.targets.joined(separator: "; "), programme.tags.joined(separator: "; "), programme.summary,
            perYear.isEmpty ? "" : number(perYear.reduce(0) { $0 + $1.value }),
            once.isEmpty ? "" : number(once.reduce(0) { $0 + $1.value }),
            programme.figures.map { figure in
                "\(figure.label): \(FigureText.value(figure, euro: "EUR ")) (\"\(figure.text)\", \(cite(figure.source)))"
            }.joined(separator: "; "),
            programme.hasConflictingFigures ? "true" : "false",
            programme.sources.map(cite).joined(separator: "; "), programme.related.joined(separator: "; "),
            programme.role.rawValue, programme.partOf ?? "", programme.follows ?? "",
            perYear.map { "\(number($0.value)): \($0.years?.label ?? "undated")" }.joined(separator: "; "),
        ]
    }

    /// A field quoted when it holds a comma, a quote, a line break or starts or ends with a space.
    public static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first == " " || text.last == " "
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    private static func cite(_ citation: Citation?) -> String {
        guard let citation else { return "no citation" }
        return "\(citation.document) § \(citation.section)"
    }
}
