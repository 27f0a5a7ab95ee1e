import ArgumentParser
import BeaiDomain
import BeaiSearch
import Foundation

/// `beai export`: every programme, or those a query selects, as JSON, CSV or Markdown.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write programmes as JSON, CSV (one row each, for spreadsheets) or Markdown.",
        discussion: """
            Without --query, every programme in tree order; with it, the programmes the query \
            selects, best match first (the query language of beai search). The CSV columns are \
            listed in the README.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv, markdown
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Export only the programmes this search selects.", valueName: "QUERY"))
    var query: String?

    @Option(help: ArgumentHelp("json, csv or markdown.", valueName: "FORMAT"))
    var format: Format = .json

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(help: "Start the CSV with a UTF-8 byte order mark, which some spreadsheets need to read accents.")
    var bom = false

    func validate() throws {
        if let query, query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--query needs a query; leave it out to export every programme.")
        }
        if bom, format != .csv { throw ValidationError("--bom applies to --format csv only.") }
    }

    func run() throws {
        let dataset = try global.loadDataset()
        let programmes = try selected(from: dataset)
        let text: String
        switch format {
        case .json: text = try JSONOutput.string(programmes.map(ProgrammeJSON.init)) + "\n"
        case .csv: text = (bom ? "\u{FEFF}" : "") + ProgrammeCSV.document(programmes, dataset: dataset)
        case .markdown: text = ProgrammeMarkdown.document(programmes, dataset: dataset, query: query)
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CommandFailure.message("cannot write \(output): \(error.localizedDescription)")
        }
    }

    private func selected(from dataset: Dataset) throws(CommandFailure) -> [Programme] {
        guard let query else { return PolicyTree(dataset).governments.flatMap(\.pillars).flatMap(\.programmes) }
        let index: SearchIndex
        do {
            index = try SearchIndex(dataset: dataset)
        } catch {
            throw .message(error.description)
        }
        let results = index.search(query + " ", limit: dataset.programmes.count)
        guard results.problems.isEmpty else { throw .message(results.problems.joined(separator: "\n")) }
        for hint in results.hints {
            FileHandle.standardError.write(Data("beai: note: \(hint)\n".utf8))
        }
        return results.results.compactMap { dataset.programme($0.programmeID) }
    }
}

/// One row per programme, RFC 4180 quoting, CRLF line ends: what spreadsheets read. Lists are
/// joined with "; "; amounts are plain numbers in euros.
enum ProgrammeCSV {
    /// The columns, in order, as the README documents them.
    static let columns = [
        "id", "name", "aliases", "government", "government_name", "pillar", "pillar_name", "other_pillars", "kind",
        "status", "status_as_of", "lead", "lead_names", "year_start", "year_end", "targets", "tags", "summary",
        "budget_per_year_eur", "budget_one_off_or_total_eur", "figures", "conflicting_figures", "sources", "related",
        "role", "part_of", "follows", "budget_years",
    ]

    static func document(_ programmes: [Programme], dataset: Dataset) -> String {
        let ledger = BudgetLedger(dataset)
        return ([columns] + programmes.map { row($0, dataset: dataset, ledger: ledger) })
            .map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    static func row(_ programme: Programme, dataset: Dataset, ledger: BudgetLedger) -> [String] {
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
    static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first == " " || text.last == " "
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    private static func cite(_ citation: Citation?) -> String {
        guard let citation else { return "no citation" }
        return "\(citation.document) § \(citation.locator)"
    }
}

/// A Markdown table of programmes, for reports.
enum ProgrammeMarkdown {
    static func document(_ programmes: [Programme], dataset: Dataset, query: String?) -> String {
        var lines: [String] = []
        let count = programmes.count == 1 ? "1 programme" : "\(programmes.count) programmes"
        lines.append("# Belgian AI policy: \(count)" + (query.map { " matching `\(escape($0))`" } ?? ""))
        lines.append("")
        if let asOf = dataset.asOf { lines += ["Data as of \(asOf). Source: beai.", ""] }
        lines.append("| Programme | Government | Pillar | Kind | Status | Lead | Years | Budget | Summary |")
        lines.append("|---|---|---|---|---|---|---|---|---|")
        let ledger = BudgetLedger(dataset)
        for programme in programmes {
            let budget = ledger.amounts(of: programme.id).map { amount in
                EuroAmount.format(amount.value) + (amount.period == .perYear ? " per year" : " one-off/total")
                    + (amount.years.map { " (\($0.label))" } ?? " (no year)")
            }
            let cells = [
                "\(programme.name) (`\(programme.id)`)",
                dataset.government(programme.government)?.name ?? programme.government,
                dataset.pillar(programme.pillar)?.name ?? programme.pillar,
                programme.kind.rawValue, programme.status.rawValue,
                dataset.leadNames(of: programme).joined(separator: ", "), programme.years?.label ?? "",
                budget.joined(separator: "; "), programme.summary,
            ]
            lines.append("| " + cells.map(escape).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text safe in a table cell: pipes escaped, line breaks as spaces.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\r", with: " ")
    }
}
