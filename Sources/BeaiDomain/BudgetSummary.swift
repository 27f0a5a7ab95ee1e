/// What a set of programmes (a pillar, a government, a union of governments) spends, as an analyst
/// can quote it: a per-year series in calendar years, each year listing the programmes it adds;
/// undated per-year amounts and one-off or total amounts apart, never added to the series. A part
/// whose whole holds the year's money is listed, not added; editions never overlap (`BudgetLedger`).
///
/// Summaries of disjoint sets add up: a government's is the sum of its pillars', so a year's total
/// never counts a programme twice.
public struct BudgetSummary: Hashable, Sendable {
    /// One calendar year of the per-year series.
    public struct Year: Hashable, Sendable {
        public let year: Int
        /// The sum of the per-year amounts added, in euros.
        public fileprivate(set) var perYear: Double = 0
        /// The programmes whose amounts make `perYear`, in the order they were added.
        public fileprivate(set) var programmes: [String] = []
        /// Parts with an amount this year inside a whole's amount: listed, never added.
        public fileprivate(set) var inside: [Inside] = []
        /// Programmes added whose counted amount another source contradicts.
        public fileprivate(set) var disputed: [String] = []

        /// Adds a programme's amount for the year, or lists it inside `whole` when one holds it.
        fileprivate mutating func add(_ value: Double, of programme: String, insideWhole whole: String?, disputed: Bool) {
            if let whole {
                inside.append(Inside(programme: programme, whole: whole, value: value))
                return
            }
            perYear += value
            if programmes.last != programme { programmes.append(programme) }
            if disputed { self.disputed.append(programme) }
        }
    }

    /// A part whose money lies inside `whole`'s.
    public struct Inside: Hashable, Sendable {
        public let programme: String
        public let whole: String
        public let value: Double
    }

    /// An amount kept apart from the series: an undated per-year amount, or a one-off or total.
    public struct Apart: Hashable, Sendable {
        public let amount: BudgetAmount
        /// The whole whose budget already holds this amount, if any: then it is not added to sums.
        public let inside: String?
    }

    /// The years with a per-year amount (added or inside a whole), earliest first.
    public private(set) var years: [Year] = []
    /// Per-year amounts that no year can hold.
    public private(set) var undated: [Apart] = []
    /// One-off and total amounts, with the years they cover when stated.
    public private(set) var oneOff: [Apart] = []
    /// Programmes summarised.
    public private(set) var programmes = 0
    /// Programmes with at least one per-year budget amount, dated or not.
    public private(set) var withPerYear = 0
    /// Programmes with at least one one-off or total budget amount.
    public private(set) var withOneOff = 0
    /// Programmes with no budget amount at all.
    public private(set) var withoutBudget = 0

    public init() {}

    /// The summary of `programmes`, each amount placed by `ledger`.
    public init(_ programmes: some Sequence<Programme>, ledger: BudgetLedger) {
        var byYear: [Int: Year] = [:]
        for programme in programmes {
            self.programmes += 1
            // Most programmes have no budget figure: they cost no lookup.
            let amounts = programme.figures.contains(where: \.budget) ? ledger.amounts(of: programme.id) : []
            let perYear = amounts.filter { $0.period == .perYear }
            if !perYear.isEmpty { withPerYear += 1 }
            if perYear.count < amounts.count { withOneOff += 1 }
            if amounts.isEmpty { withoutBudget += 1 }
            var disputedYears: Set<Int> = []
            for amount in amounts {
                switch amount.period {
                case .oneOffOrTotal:
                    oneOff.append(Apart(amount: amount, inside: ledger.whole(holding: programme.id, period: .oneOffOrTotal)))
                case .perYear:
                    guard let start = amount.years?.start, let end = amount.years?.end else {
                        undated.append(Apart(amount: amount, inside: ledger.whole(holding: programme.id, period: .perYear)))
                        continue
                    }
                    for year in start...end {
                        // One lookup per year, the entry changed in place (a copy would copy its lists).
                        let whole = programme.partOf == nil ? nil : ledger.whole(holding: programme.id, in: year)
                        let disputed = !amount.disagreeing.isEmpty && disputedYears.insert(year).inserted
                        byYear[year, default: Year(year: year)].add(
                            amount.value, of: programme.id, insideWhole: whole, disputed: disputed)
                    }
                }
            }
        }
        years = byYear.values.sorted { $0.year < $1.year }
    }

    /// Adds the summary of other programmes, none of them summarised here already.
    public mutating func add(_ other: BudgetSummary) {
        var merged: [Year] = []
        merged.reserveCapacity(years.count + other.years.count)
        var (mine, theirs) = (0, 0)
        while mine < years.count || theirs < other.years.count {
            if theirs == other.years.count || (mine < years.count && years[mine].year < other.years[theirs].year) {
                merged.append(years[mine])
                mine += 1
            } else if mine == years.count || other.years[theirs].year < years[mine].year {
                merged.append(other.years[theirs])
                theirs += 1
            } else {
                var year = years[mine]
                let added = other.years[theirs]
                year.perYear += added.perYear
                year.programmes += added.programmes
                year.inside += added.inside
                year.disputed += added.disputed
                merged.append(year)
                mine += 1
                theirs += 1
            }
        }
        years = merged
        undated += other.undated
        oneOff += other.oneOff
        programmes += other.programmes
        withPerYear += other.withPerYear
        withOneOff += other.withOneOff
        withoutBudget += other.withoutBudget
    }

    /// The entry for `year`, if any amount falls in it.
    public func year(_ year: Int) -> Year? { years.first { $0.year == year } }

    /// The per-year total of `year` (0 when nothing is added then).
    public func perYear(in year: Int) -> Double { self.year(year)?.perYear ?? 0 }

    /// The years in which at least one amount is added, earliest first.
    public var countedYears: [Int] { years.filter { !$0.programmes.isEmpty }.map(\.year) }

    /// The latest year in which an amount is added.
    public var latestYear: Int? { countedYears.last }

    /// The sum of one-off and total amounts that no whole already holds. These amounts cover
    /// different periods: the sum is a count of money committed, never a yearly figure.
    public var oneOffTotal: Double { oneOff.filter { $0.inside == nil }.reduce(0) { $0 + $1.amount.value } }

    /// True when no programme carries a budget amount.
    public var isEmpty: Bool { withPerYear == 0 && withOneOff == 0 }
}
