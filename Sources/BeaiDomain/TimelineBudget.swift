/// The budget of a timeline's years: the one place where the timeline asks the domain's budget
/// arithmetic (`BudgetSummary`) what a set of programmes spends in each calendar year.
enum TimelineBudget {
    /// For each year of `years`: the per-year amounts of `rows` that count then, the programmes
    /// they come from, and how many running programmes have no amount for the year (a part whose
    /// whole holds the year's money has one: it is not added, but it is not missing).
    static func perYear(of rows: [Timeline.Row], years: ClosedRange<Int>, ledger: BudgetLedger) -> [Int: YearBudget] {
        let summary = BudgetSummary(rows.map(\.programme), ledger: ledger)
        var budgets: [Int: YearBudget] = [:]
        for year in years {
            let entry = summary.year(year)
            let covered = Set((entry?.programmes ?? []) + (entry?.inside.map(\.programme) ?? []))
            let added = entry.map { $0.programmes.isEmpty ? nil : $0.perYear } ?? nil
            budgets[year] = YearBudget(
                amount: added, programmes: entry?.programmes ?? [],
                withoutFigure: rows.count { $0.isRunning(in: year) && !covered.contains($0.programme.id) })
        }
        return budgets
    }
}
