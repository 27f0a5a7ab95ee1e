/// The budget of a timeline's years: the one place where the timeline asks the domain's budget
/// arithmetic (`BudgetLedger`, `BudgetSummary`) what a set of programmes spends in each calendar
/// year. Parts are never added to their wholes, editions never overlap, undated and one-off
/// amounts stay out of the years; the sums are those of the tree and of comparisons.
enum TimelineBudget {
    /// For each year of `years`: the per-year amounts of `rows` that count then, the programmes
    /// they come from, and how many running programmes have no amount for the year (neither their
    /// own nor inside a whole's).
    static func perYear(of rows: [Timeline.Row], years: ClosedRange<Int>, ledger: BudgetLedger) -> [Int: YearBudget] {
        let summary = BudgetSummary(rows.lazy.map(\.programme), ledger: ledger)
        var without = [Int](repeating: 0, count: years.count)
        for row in rows where row.hasYears {
            let id = row.programme.id
            let amounts = ledger.amounts(of: id)
            let hasWhole = row.programme.partOf != nil
            let from = max(row.start ?? years.lowerBound, years.lowerBound)
            let to = min(row.end ?? years.upperBound, years.upperBound)
            guard from <= to else { continue }
            for year in from...to {
                let covered = amounts.contains { $0.counts(in: year) } || (hasWhole && ledger.whole(holding: id, in: year) != nil)
                if !covered { without[year - years.lowerBound] += 1 }
            }
        }
        var budgets: [Int: YearBudget] = [:]
        for year in years {
            let entry = summary.year(year)
            budgets[year] = YearBudget(amount: entry?.perYear ?? 0, programmes: entry?.programmes ?? [],
                                       withoutFigure: without[year - years.lowerBound])
        }
        return budgets
    }
}
