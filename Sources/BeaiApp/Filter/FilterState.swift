import BeaiDomain

/// The filter panel: a draft of the filter, edited value by value and applied by Enter, with what
/// each value would leave.
public struct FilterState: Sendable {
    /// The filter being edited; the tree keeps showing the applied one until Enter.
    public var draft: ProgrammeFilter
    /// What the draft keeps and what toggling each value would leave.
    public var counts: FacetCounts
    /// The highlighted row of `FilterPanel.rows`.
    public var cursor = 0
    /// The first row shown.
    public var offset = 0

    /// The panel on `draft`, with its counts, the first value highlighted.
    public init(draft: ProgrammeFilter, counts: FacetCounts) {
        self.draft = draft
        self.counts = counts
    }
}

/// One value the filter panel lists: a facet and its value (`FilterIndex.values`, or for the
/// budget `FilterIndex.budgetRows`), with its place among the facet's values.
struct FilterRow: Hashable {
    let facet: FilterFacet
    let value: String
    let offset: Int
}

/// The rows of the filter panel, and what choosing each means.
enum FilterPanel {
    /// Every value of every facet of the panel, in order.
    static func rows(_ index: FilterIndex) -> [FilterRow] {
        FilterFacet.panel.flatMap { facet in
            (facet == .budget ? FilterIndex.budgetRows : index.values[facet] ?? []).enumerated().map {
                FilterRow(facet: facet, value: $1, offset: $0)
            }
        }
    }

    /// True when the row's value is chosen in `filter`.
    static func isChosen(_ row: FilterRow, in filter: ProgrammeFilter) -> Bool {
        guard row.facet == .budget else { return filter.chosen(row.facet).contains(row.value) }
        let any = BudgetBound.any.text
        return row.offset == 0 ? filter.chosen(.budget).contains(any) : filter.excluded(.budget).contains(any)
    }

    /// `filter` with the row's value toggled; the two budget rows exclude each other.
    static func toggled(_ row: FilterRow, in filter: ProgrammeFilter) -> ProgrammeFilter {
        var next = filter
        guard row.facet == .budget else {
            next.toggle(row.value, in: row.facet)
            return next
        }
        let wasChosen = isChosen(row, in: filter)
        next.clear(.budget)
        if !wasChosen {
            if row.offset == 0 { next.choose(BudgetBound.any.text, in: .budget) } else { next.exclude(BudgetBound.any.text, in: .budget) }
        }
        return next
    }
}
