/// Programmes on a year axis: one row per programme with the years it runs and its milestones,
/// sorted by start year then name; programmes with neither years nor milestones apart; and per
/// calendar year, how many programmes run and what they spend (`TimelineBudget`).
///
/// With several governments, the per-year figures are also given for each of them, so that a
/// comparison's columns can be read side by side.
public struct Timeline: Sendable {
    /// One programme on the axis.
    public struct Row: Sendable {
        public let programme: Programme
        /// Its milestones, in date order.
        public let milestones: [Milestone]

        /// The first year it runs, when stated.
        public var start: Int? { programme.years?.start }
        /// The last year it runs, when stated.
        public var end: Int? { programme.years?.end }
        /// True when it has a start and no end: it runs on past the axis.
        public var isOpenEnded: Bool { start != nil && end == nil }
        /// True when it has an end and no start: it ran since before the axis.
        public var isOpenStart: Bool { start == nil && end != nil }
        /// True when the years it runs are stated (at least one end).
        public var hasYears: Bool { start != nil || end != nil }

        /// True when it runs in `year` (an open end extends without limit).
        public func isRunning(in year: Int) -> Bool { programme.years?.contains(year) ?? false }

        /// The year it sorts by: its start, else its end, else its first milestone's.
        var sortYear: Int? { start ?? end ?? milestones.first?.year }
    }

    /// One calendar year of a set of programmes.
    public struct Year: Hashable, Sendable {
        public let year: Int
        /// Programmes running that year.
        public let running: Int
        public let budget: YearBudget

        public init(year: Int, running: Int, budget: YearBudget) {
            self.year = year
            self.running = running
            self.budget = budget
        }

        /// `€80m`; `€80m?` when some programmes running that year have no amount for it; `?` when
        /// the amount is unknown; `—` when nothing runs and nothing is spent.
        public func budgetLabel(euro: String = "€") -> String {
            let amount = budget.amount ?? 0
            if running == 0 && amount == 0 { return "—" }
            guard budget.amount != nil, amount > 0 || !budget.programmes.isEmpty else { return "?" }
            return EuroAmount.format(amount, symbol: euro) + (budget.withoutFigure > 0 ? "?" : "")
        }
    }

    /// The per-year figures of one government's programmes.
    public struct Group: Sendable {
        public let government: String
        public let years: [Year]
    }

    /// A milestone with the row it belongs to.
    public struct Marker: Sendable {
        public let row: Int
        public let milestone: Milestone
    }

    /// Programmes with years or milestones, by start year (or first known year) then name.
    public let rows: [Row]
    /// Programmes with neither years nor milestones, by name: listed, never dropped.
    public let undated: [Programme]
    /// The axis, from the earliest year any row states to the latest; open-ended rows carry it
    /// at least to the year the data speaks from. Nil when no row has a year.
    public let years: ClosedRange<Int>?
    /// Every year of the axis, over all rows.
    public let perYear: [Year]
    /// The same per government, in the order asked for; empty unless several were asked for.
    public let groups: [Group]
    private let markersByYear: [Int: [Marker]]

    /// The timeline of `programmes`; `governments` (two or three ids) adds per-government years.
    /// Amounts are the years `ledger` places them in (`PolicyTree.ledger`, or `BudgetLedger(dataset)`).
    public init(programmes: [Programme], dataset: Dataset, ledger: BudgetLedger, governments: [String] = []) {
        var dated: [Row] = []
        var undated: [Programme] = []
        for programme in programmes {
            let row = Row(programme: programme, milestones: programme.milestones.sorted { $0.date < $1.date })
            if row.sortYear == nil { undated.append(programme) } else { dated.append(row) }
        }
        let keys = dated.map { (year: $0.sortYear ?? Int.max, name: $0.programme.name.folded, id: $0.programme.id) }
        rows = keys.indices.sorted { (keys[$0].year, keys[$0].name, keys[$0].id) < (keys[$1].year, keys[$1].name, keys[$1].id) }
            .map { dated[$0] }
        let undatedKeys = undated.map { (name: $0.name.folded, id: $0.id) }
        self.undated = undatedKeys.indices.sorted { (undatedKeys[$0].name, undatedKeys[$0].id) < (undatedKeys[$1].name, undatedKeys[$1].id) }
            .map { undated[$0] }

        var markers: [Int: [Marker]] = [:]
        for (index, row) in rows.enumerated() {
            for milestone in row.milestones {
                guard let year = milestone.year else { continue }
                markers[year, default: []].append(Marker(row: index, milestone: milestone))
            }
        }
        markersByYear = markers.mapValues { $0.sorted { $0.milestone.date < $1.milestone.date } }

        let stated = rows.flatMap { [$0.start, $0.end].compactMap { $0 } } + markers.keys
        if let first = stated.min(), var last = stated.max() {
            if rows.contains(where: \.isOpenEnded), let asOf = dataset.asOf.flatMap({ Int($0.prefix(4)) }) {
                last = max(last, asOf)
            }
            years = first...last
        } else {
            years = nil
        }
        let (sorted, axis) = (rows, years)
        perYear = Self.years(of: sorted, axis: axis, ledger: ledger)
        groups = governments.count < 2 ? [] : governments.map { government in
            Group(government: government, years: Self.years(of: sorted.filter { $0.programme.government == government },
                                                           axis: axis, ledger: ledger))
        }
    }

    private static func years(of rows: [Row], axis: ClosedRange<Int>?, ledger: BudgetLedger) -> [Year] {
        guard let axis else { return [] }
        let budgets = TimelineBudget.perYear(of: rows, years: axis, ledger: ledger)
        return axis.map { year in
            Year(year: year, running: rows.count { $0.isRunning(in: year) },
                 budget: budgets[year] ?? YearBudget(amount: nil, programmes: [], withoutFigure: 0))
        }
    }

    /// The year's figures over all rows, if it lies on the axis.
    public func year(_ year: Int) -> Year? {
        guard let years, years.contains(year) else { return nil }
        return perYear[year - years.lowerBound]
    }

    /// The milestones dated in `year`, in date order, each with its row.
    public func markers(in year: Int) -> [Marker] { markersByYear[year] ?? [] }

    /// The rows running in `year`.
    public func running(in year: Int) -> [Row] { rows.filter { $0.isRunning(in: year) } }
}

/// What a set of programmes spends in one calendar year.
public struct YearBudget: Hashable, Sendable {
    /// The sum of the per-year amounts that count in the year, in euros (`BudgetSummary`); nil
    /// when none does.
    public let amount: Double?
    /// The programmes whose amounts make `amount`.
    public let programmes: [String]
    /// Programmes running that year with no amount for it: the sum leaves them out.
    public let withoutFigure: Int

    public init(amount: Double?, programmes: [String], withoutFigure: Int) {
        self.amount = amount
        self.programmes = programmes
        self.withoutFigure = withoutFigure
    }
}
