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
        public let start: Int?
        /// The last year it runs: stated, or else the year before the edition that follows it
        /// starts (an edition never overlaps its successor).
        public let end: Int?
        /// The edition that follows it, when that ends it.
        public let endedBy: String?

        init(_ programme: Programme, successor: (id: String, start: Int)?) {
            self.programme = programme
            let milestones = programme.milestones
            self.milestones = milestones.count < 2 ? milestones : milestones.sorted { $0.date < $1.date }
            start = programme.years?.start
            if let end = programme.years?.end {
                self.end = end
                endedBy = nil
            } else if let successor, successor.start > (start ?? Int.min) {
                end = successor.start - 1
                endedBy = successor.id
            } else {
                end = nil
                endedBy = nil
            }
        }
        /// True when it has a start and no end: it runs on past the axis.
        public var isOpenEnded: Bool { start != nil && end == nil }
        /// True when it has an end and no start: it ran since before the axis.
        public var isOpenStart: Bool { start == nil && end != nil }
        /// True when the years it runs are stated (at least one end).
        public var hasYears: Bool { start != nil || end != nil }

        /// True when it runs in `year` (an open end extends without limit).
        public func isRunning(in year: Int) -> Bool {
            guard hasYears else { return false }
            return (start ?? Int.min) <= year && year <= (end ?? Int.max)
        }

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
    /// Budget amounts are placed in years by `ledger` (the tree's, so that the timeline's sums are
    /// the tree's and the comparison's); open ends reach the year `dataset` speaks from.
    public init(programmes: [Programme], dataset: Dataset, ledger: BudgetLedger, governments: [String] = []) {
        // The earliest-starting edition that follows each programme, among these.
        var successors: [String: (id: String, start: Int)] = [:]
        for programme in programmes {
            guard let previous = programme.follows, let start = programme.years?.start else { continue }
            if let known = successors[previous], known.start <= start { continue }
            successors[previous] = (programme.id, start)
        }
        var dated: [Row] = []
        var undated: [Programme] = []
        for programme in programmes {
            let row = Row(programme, successor: successors.isEmpty ? nil : successors[programme.id])
            if row.sortYear == nil { undated.append(programme) } else { dated.append(row) }
        }
        rows = Self.sorted(dated, year: { $0.sortYear ?? Int.max }, name: { $0.programme.name })
        self.undated = Self.sorted(undated, year: { _ in 0 }, name: \.name)

        var markers: [Int: [Marker]] = [:]
        var first = Int.max
        var last = Int.min
        for (index, row) in rows.enumerated() {
            if let start = row.start { (first, last) = (min(first, start), max(last, start)) }
            if let end = row.end { (first, last) = (min(first, end), max(last, end)) }
            for milestone in row.milestones {
                guard let year = milestone.year else { continue }
                markers[year, default: []].append(Marker(row: index, milestone: milestone))
                (first, last) = (min(first, year), max(last, year))
            }
        }
        markersByYear = markers.mapValues { $0.sorted { $0.milestone.date < $1.milestone.date } }

        if first <= last {
            if rows.contains(where: \.isOpenEnded), let asOf = dataset.asOf.flatMap({ Int($0.prefix(4)) }) {
                last = max(last, asOf)
            }
            years = first...last
        } else {
            years = nil
        }
        let (sorted, axis) = (rows, years)
        perYear = Self.years(of: sorted, axis: axis, ledger: ledger)
        // A column may be a union of governments (`wallonia+fwb`): its group holds each member's.
        groups = governments.count < 2 ? [] : governments.map { government in
            let members = Set(GovernmentComparison.members(of: government))
            return Group(government: government, years: Self.years(of: sorted.filter { members.contains($0.programme.government) },
                                                                   axis: axis, ledger: ledger))
        }
    }

    private static func years(of rows: [Row], axis: ClosedRange<Int>?, ledger: BudgetLedger) -> [Year] {
        guard let axis else { return [] }
        let budgets = TimelineBudget.perYear(of: rows, years: axis, ledger: ledger)
        let running = runningCounts(of: rows, axis: axis)
        return axis.map { year in
            Year(year: year, running: running[year - axis.lowerBound],
                 budget: budgets[year] ?? YearBudget(amount: nil, programmes: [], withoutFigure: 0))
        }
    }

    /// For each year of `axis`, how many of `rows` (those `counted`, by position) run then: each
    /// row adds one where its years begin and takes it away after they end, so the cost is the
    /// rows plus the years.
    static func runningCounts(of rows: [Row], axis: ClosedRange<Int>, counted: (Int) -> Bool = { _ in true }) -> [Int] {
        var changes = [Int](repeating: 0, count: axis.count + 1)
        for index in rows.indices where counted(index) {
            let (start, end) = (rows[index].start, rows[index].end)
            guard start != nil || end != nil else { continue }
            let from = max(start ?? axis.lowerBound, axis.lowerBound)
            let to = min(end ?? axis.upperBound, axis.upperBound)
            guard from <= to else { continue }
            changes[from - axis.lowerBound] += 1
            changes[to - axis.lowerBound + 1] -= 1
        }
        var counts: [Int] = []
        counts.reserveCapacity(axis.count)
        var running = 0
        for change in changes.dropLast() {
            running += change
            counts.append(running)
        }
        return counts
    }

    /// `items` by `year`, then `name` (case and accents ignored), then their order in `items`.
    /// Positions are sorted, each key made once and read in place: at ten thousand programmes,
    /// moving keys (and their reference counts) through the sort cost more than comparing them.
    private static func sorted<Item>(_ items: [Item], year: (Item) -> Int, name: (Item) -> String) -> [Item] {
        let years = items.map(year)
        let names = items.map { NameKey(name($0)) }
        var order = Array(items.indices)
        years.withUnsafeBufferPointer { years in
            names.withUnsafeBufferPointer { names in
                order.sort { left, right in
                    if years[left] != years[right] { return years[left] < years[right] }
                    if names[left] != names[right] { return names[left] < names[right] }
                    return left < right
                }
            }
        }
        return order.map { items[$0] }
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
    /// The sum of the per-year amounts that count in the year, in euros; nil when unknown.
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
