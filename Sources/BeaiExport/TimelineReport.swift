import BeaiDomain

/// The JSON form of a timeline: `years`, `rows`, `undated`, `perYear` (each year with the figures
/// of each government when several were asked for).
public struct TimelineJSON: Encodable {
    struct Years: Encodable {
        let first: Int
        let last: Int
    }

    struct Row: Encodable {
        let id: String
        let name: String
        let government: String
        let start: Int?
        let end: Int?
        let openEnded: Bool
        let endedBy: String?
        let status: String
        let milestones: [MilestoneJSON]

        enum CodingKeys: String, CodingKey { case id, name, government, start, end, openEnded, endedBy, status, milestones }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(government, forKey: .government)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(openEnded, forKey: .openEnded)
            try container.encode(endedBy, forKey: .endedBy)
            try container.encode(status, forKey: .status)
            try container.encode(milestones, forKey: .milestones)
        }
    }

    struct Year: Encodable {
        let government: String?
        let year: Int
        let running: Int
        let budget: Double?
        let withoutBudget: Int
        let programmes: [String]
        let budgetProgrammes: [String]
        let governments: [Year]?

        enum CodingKeys: String, CodingKey {
            case government, year, running, budget, withoutBudget, programmes, budgetProgrammes, governments
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(government, forKey: .government)
            try container.encode(year, forKey: .year)
            try container.encode(running, forKey: .running)
            try container.encode(budget, forKey: .budget)
            try container.encode(withoutBudget, forKey: .withoutBudget)
            try container.encode(programmes, forKey: .programmes)
            try container.encode(budgetProgrammes, forKey: .budgetProgrammes)
            try container.encodeIfPresent(governments, forKey: .governments)
        }
    }

    let governments: [String]
    let pillar: String?
    let years: Years?
    let rows: [Row]
    let undated: [String]
    let perYear: [Year]

    enum CodingKeys: String, CodingKey { case governments, pillar, years, rows, undated, perYear }

    /// The timeline of `governments` (all when empty) and `pillar`, as `beai timeline --json` prints it.
    public init(_ timeline: Timeline, governments: [String], pillar: String?) {
        self.governments = governments
        self.pillar = pillar
        years = timeline.years.map { Years(first: $0.lowerBound, last: $0.upperBound) }
        rows = timeline.rows.map { row in
            Row(id: row.programme.id, name: row.programme.name, government: row.programme.government,
                start: row.start, end: row.end, openEnded: row.isOpenEnded, endedBy: row.endedBy,
                status: row.programme.status.rawValue,
                milestones: row.milestones.map(MilestoneJSON.init))
        }
        undated = timeline.undated.map(\.id)
        perYear = timeline.perYear.enumerated().map { index, year in
            let groups = timeline.groups.map { group in
                Self.year(group.years[index], government: group.government, in: timeline, governments: nil)
            }
            return Self.year(year, government: nil, in: timeline, governments: groups.isEmpty ? nil : groups)
        }
    }

    private static func year(_ year: Timeline.Year, government: String?, in timeline: Timeline, governments: [Year]?) -> Year {
        let running = timeline.running(in: year.year).map(\.programme)
            .filter { government == nil || $0.government == government }
        return Year(government: government, year: year.year, running: year.running, budget: year.budget.amount,
                    withoutBudget: year.budget.withoutFigure, programmes: running.map(\.id),
                    budgetProgrammes: year.budget.programmes, governments: governments)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(governments, forKey: .governments)
        try container.encode(pillar, forKey: .pillar)
        try container.encode(years, forKey: .years)
        try container.encode(rows, forKey: .rows)
        try container.encode(undated, forKey: .undated)
        try container.encode(perYear, forKey: .perYear)
    }
}

/// A timeline as aligned text or Markdown tables: the programmes, the undated ones, the years.
public struct TimelineReport {
    let timeline: Timeline
    let dataset: Dataset
    let governments: [String]
    let pillar: String?

    /// The timeline of `governments` (all when empty) and `pillar`.
    public init(timeline: Timeline, dataset: Dataset, governments: [String], pillar: String?) {
        self.timeline = timeline
        self.dataset = dataset
        self.governments = governments
        self.pillar = pillar
    }

    private var title: String {
        let names = governments.map { GovernmentComparison.name(of: $0, in: dataset) }
        var scope = names.isEmpty ? "All governments" : names.joined(separator: ", ")
        if let pillar { scope += " › " + (dataset.pillar(pillar)?.name ?? pillar) }
        let count = timeline.rows.count + timeline.undated.count
        let span = timeline.years.map { ", \($0.lowerBound)–\($0.upperBound)" } ?? ""
        return "Timeline: \(scope) (\(count) programme\(count == 1 ? "" : "s")\(span))"
    }

    private var rowHeader: [String] { ["Programme", "Government", "Years", "Status", "Milestones"] }

    private var rowCells: [[String]] {
        timeline.rows.map { row in
            var years = YearRange(start: row.start, end: row.end).label
            if years.isEmpty { years = "—" }
            if row.isOpenEnded { years += " (open-ended)" }
            if let successor = row.endedBy { years += " (then \(successor))" }
            let milestones = row.milestones.map { "\($0.date) \($0.event)" }.joined(separator: "; ")
            return [row.programme.name, row.programme.government, years, row.programme.status.rawValue, milestones]
        }
    }

    private var yearHeader: [String] {
        timeline.groups.isEmpty ? ["Year", "Running", "Budget"]
            : ["Year"] + timeline.groups.map { GovernmentComparison.name(of: $0.government, in: dataset) }
    }

    private var yearCells: [[String]] {
        timeline.perYear.enumerated().map { index, year in
            if timeline.groups.isEmpty { return ["\(year.year)", "\(year.running)", year.budgetLabel()] }
            return ["\(year.year)"] + timeline.groups.map { group in
                "\(group.years[index].running) running, \(group.years[index].budgetLabel())"
            }
        }
    }

    private var undatedLine: String {
        "Undated (\(timeline.undated.count)): " + timeline.undated.map(\.name).joined(separator: ", ")
    }

    private static let legend = "Budget: per-year amounts that count in the year; ? where programmes running that year have no amount for it."

    /// The tables as aligned text (`beai timeline`).
    public var plainText: String {
        var parts = [title, "", TextTable.render(header: rowHeader, rows: rowCells)]
        if !timeline.undated.isEmpty { parts += ["", undatedLine] }
        if !timeline.perYear.isEmpty { parts += ["", TextTable.render(header: yearHeader, rows: yearCells), Self.legend] }
        return parts.joined(separator: "\n") + "\n"
    }

    /// The tables in Markdown (`beai timeline --markdown`).
    public var markdown: String {
        func table(_ header: [String], _ rows: [[String]]) -> String {
            func line(_ cells: [String]) -> String {
                "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
            }
            return ([line(header), line(header.map { _ in "---" })] + rows.map(line)).joined(separator: "\n")
        }
        var parts = ["## " + title, "", table(rowHeader, rowCells)]
        if !timeline.undated.isEmpty { parts += ["", undatedLine] }
        if !timeline.perYear.isEmpty { parts += ["", table(yearHeader, yearCells), "", Self.legend] }
        return parts.joined(separator: "\n") + "\n"
    }
}
