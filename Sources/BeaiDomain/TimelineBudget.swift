/// The budget of a timeline's years: the one place where the timeline asks the domain's budget
/// arithmetic what a set of programmes spends in each calendar year.
enum TimelineBudget {
    /// For each year of `years`: the per-year amounts of `rows` that count then, the programmes
    /// they come from, and how many running programmes have no amount for the year.
    ///
    /// Amounts are not placed in calendar years yet (issue 17): `amount` is nil, and a running
    /// programme counts as without a figure when it has no per-year budget figure at all.
    static func perYear(of rows: [Timeline.Row], years: ClosedRange<Int>, dataset: Dataset) -> [Int: YearBudget] {
        let withoutPerYear = rows.filter { row in !row.programme.countedBudgetFigures.contains { $0.period == .perYear } }
        var budgets: [Int: YearBudget] = [:]
        for year in years {
            budgets[year] = YearBudget(amount: nil, programmes: [], withoutFigure: withoutPerYear.count { $0.isRunning(in: year) })
        }
        return budgets
    }
}
