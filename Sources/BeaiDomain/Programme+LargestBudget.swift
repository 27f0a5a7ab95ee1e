extension Programme {
    /// The amount the query language's `budget>` and `budget<` compare: the largest budget amount
    /// the programme counts as its own (per year, one-off or total), in euros; nil when it has none.
    public var largestBudgetAmount: Double? {
        guard figures.contains(where: \.budget) else { return nil }
        return countedBudgetFigures.map(\.value).max()
    }
}
