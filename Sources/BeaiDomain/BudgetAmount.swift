/// One budget amount of one programme, placed in calendar years by the rules of docs/DATA.md
/// ("Budget arithmetic"): the first version of each budget measure, with the versions of other
/// sources that disagree with it.
public struct BudgetAmount: Hashable, Sendable {
    /// Spent each year, or once: a one-off amount or a total over years.
    public enum Period: Hashable, Sendable {
        case perYear, oneOffOrTotal
    }

    /// What ends the run of a per-year amount whose source does not state its years.
    public enum End: Hashable, Sendable {
        /// The year of the latest document that states the amount: nothing is extrapolated past it.
        case source(Int)
        /// The year before the programme's next edition (`follows`) starts.
        case successor(id: String, year: Int)
        /// The programme's own end.
        case programmeEnd(Int)
        /// The last year the source states for the amount.
        case stated(Int)
    }

    /// How the years of a per-year amount were found.
    public enum Basis: Hashable, Sendable {
        /// The source states the years.
        case stated
        /// From the programme's start to `end`.
        case fromStart(end: End)
        /// The programme's start is unknown: the year of the document that states the amount.
        case sourceYear
        /// Nothing places it in a year (an undated document, no start, or years that do not meet).
        case undated
        /// One-off and total amounts are not spread over years.
        case apart
    }

    /// The programme id.
    public let programme: String
    /// The figure counted.
    public let figure: Figure
    public let period: Period
    /// Per-year amounts: the years it counts in (both ends known), or nil when undated. One-off and
    /// total amounts: the years they cover when stated (the figure's, else the programme's).
    public let years: YearRange?
    public let basis: Basis
    /// Other versions of the same measure, from sources that give a different value.
    public let disagreeing: [Figure]

    public init(programme: String, figure: Figure, period: Period, years: YearRange?, basis: Basis, disagreeing: [Figure]) {
        self.programme = programme
        self.figure = figure
        self.period = period
        self.years = years
        self.basis = basis
        self.disagreeing = disagreeing
    }

    /// The amount in euros.
    public var value: Double { figure.value }

    /// True when a per-year amount counts in `year`.
    public func counts(in year: Int) -> Bool {
        guard period == .perYear, let start = years?.start, let end = years?.end else { return false }
        return (start...end).contains(year)
    }

    /// Why the amount counts in the years it does, in words ("to the year of its source, 2021").
    public var explanation: String {
        switch basis {
        case .stated: return "years stated by the source"
        case .fromStart(.source(let year)): return "from the programme's start to its source's year, \(year)"
        case .fromStart(.successor(_, let year)): return "from the programme's start to \(year), before its next edition"
        case .fromStart(.programmeEnd(let year)): return "from the programme's start to its end, \(year)"
        case .fromStart(.stated(let year)): return "from the programme's start to \(year), as the source states"
        case .sourceYear: return "start unknown: the year of its source"
        case .undated: return "no year: kept apart"
        case .apart: return period == .perYear ? "" : "one-off or total: kept apart"
        }
    }
}
