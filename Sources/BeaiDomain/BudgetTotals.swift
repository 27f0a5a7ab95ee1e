import Foundation

/// Budget totals over a set of programmes. Per-year amounts and one-off/total amounts are kept
/// apart and never added together.
public struct BudgetTotals: Hashable, Sendable {
    /// Sum of per-year budget amounts, in euros.
    public var perYear: Double = 0
    /// Sum of one-off and total-over-years budget amounts, in euros.
    public var oneOff: Double = 0
    /// Number of programmes counted.
    public var programmes = 0
    /// Programmes with at least one per-year budget amount.
    public var withPerYear = 0
    /// Programmes with at least one one-off or total budget amount.
    public var withOneOff = 0
    /// Programmes with no budget figure at all.
    public var withoutBudget = 0

    public init() {}

    /// Totals over `programmes`, counting for each the first version of each budget measure.
    public init(_ programmes: some Sequence<Programme>) {
        for programme in programmes { add(programme) }
    }

    /// Adds one programme's budget figures.
    public mutating func add(_ programme: Programme) {
        programmes += 1
        let figures = programme.countedBudgetFigures
        let yearly = figures.filter { $0.period == .perYear }
        let once = figures.filter { $0.period == .oneOff || $0.period == .total }
        perYear += yearly.reduce(0) { $0 + $1.value }
        oneOff += once.reduce(0) { $0 + $1.value }
        if !yearly.isEmpty { withPerYear += 1 }
        if !once.isEmpty { withOneOff += 1 }
        if yearly.isEmpty && once.isEmpty { withoutBudget += 1 }
    }

    /// Adds the totals of other programmes (none of them counted here already).
    public mutating func add(_ other: BudgetTotals) {
        perYear += other.perYear
        oneOff += other.oneOff
        programmes += other.programmes
        withPerYear += other.withPerYear
        withOneOff += other.withOneOff
        withoutBudget += other.withoutBudget
    }

    /// True when no programme carries a budget amount.
    public var isEmpty: Bool { withPerYear == 0 && withOneOff == 0 }
}

/// Short display of euro amounts: `€32m`, `€1.5bn`, `€500k`, `€950`.
public enum EuroAmount {
    /// `value` in euros, shortened, with `symbol` in front (`€` or `EUR `).
    public static func format(_ value: Double, symbol: String = "€") -> String {
        let (scaled, suffix): (Double, String) =
            switch value {
            case 1e9...: (value / 1e9, "bn")
            case 1e6...: (value / 1e6, "m")
            case 1e3...: (value / 1e3, "k")
            default: (value, "")
            }
        return symbol + trimmed(scaled) + suffix
    }

    private static func trimmed(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.1f", rounded)
    }
}
