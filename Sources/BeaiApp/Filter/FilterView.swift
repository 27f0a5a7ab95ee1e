import BeaiDomain
import BeaiTUI

/// The filter panel: every facet's values with a box each and what toggling it would leave, where
/// the tree stands; beside it, what the draft keeps, its query and its words.
enum FilterView {
    static let footerKeys = [("↑↓", "move"), ("Space", "toggle"), ("Enter", "apply"), ("Esc", "cancel"),
                             ("Tab", "next facet"), ("Del", "clear facet"), ("F", "clear all")]

    static func draw(_ state: State, _ panel: FilterState, in layout: Layout, into buffer: inout Buffer) {
        guard let index = state.filterIndex else { return }
        drawValues(state, panel, index, in: layout.tree, into: &buffer)
        drawSummary(state, panel, index, in: layout.detail, into: &buffer)
    }

    private static func drawValues(_ state: State, _ panel: FilterState, _ index: FilterIndex, in rect: Rect,
                                   into buffer: inout Buffer) {
        let theme = state.display.theme
        let glyphs = state.display.glyphs
        let inner = Pane(title: "Filter: \(panel.counts.kept) of \(index.count) programmes", focused: true, glyphs: glyphs,
                         borderStyle: theme.focusedBorder, titleStyle: theme.title).render(in: rect, into: &buffer)
        guard inner.width > 10, inner.height > 0 else { return }
        let rows = FilterPanel.rows(index)
        let labelWidth = max(8, min(13, inner.width / 3))
        let first = ListView.visibleOffset(selected: panel.cursor, offset: panel.offset, height: inner.height, count: rows.count)
        let shown = rows[first..<min(rows.count, first + inner.height)]
        let numbers = shown.map { row in "\(panel.counts.leaves[row.facet]?[safe: row.offset] ?? 0)" }
        let numberWidth = numbers.map(\.count).max() ?? 0
        let lines: [Line] = zip(shown, numbers).enumerated().map { offset, pair in
            let (row, number) = pair
            let startsFacet = row.offset == 0 || offset == 0
            let facet = startsFacet ? row.facet.title : ""
            let label = DisplayWidth.truncate(facet, to: labelWidth - 1, ellipsis: glyphs.ellipsis).padding(toWidth: labelWidth)
            let box = FilterPanel.isChosen(row, in: panel.draft) ? "[x] " : "[ ] "
            let name = glyphs.adapt(valueLabel(row, state.dataset))
            let room = max(4, inner.width - labelWidth - 4 - numberWidth - 1)
            let shownName = DisplayWidth.truncate(name, to: room, ellipsis: glyphs.ellipsis)
            let padding = String(repeating: " ", count: max(0, room - DisplayWidth.of(shownName)) + 1)
            let count = String(repeating: " ", count: numberWidth - number.count) + number
            return [Span(label, theme.heading), Span(box, FilterPanel.isChosen(row, in: panel.draft) ? theme.marked : .plain),
                    Span(shownName + padding), Span(count, number == "0" ? theme.dim : .plain)]
        }
        ListView(rows: lines, selected: panel.cursor - first, offset: 0, selectedStyle: theme.selected)
            .render(in: inner, into: &buffer)
    }

    /// How the panel names a value: a government's or pillar's name, a target group in words, a
    /// year, "with a budget figure".
    static func valueLabel(_ row: FilterRow, _ dataset: Dataset) -> String {
        switch row.facet {
        case .government: return dataset.government(row.value)?.name ?? row.value
        case .pillar: return dataset.pillar(row.value)?.name ?? row.value
        case .target: return FilterWords.targetLabel(row.value)
        case .role: return FilterWords.roleLabel(row.value)
        case .organisation: return dataset.organisation(row.value)?.name ?? row.value
        case .budget: return row.offset == 0 ? "with a budget figure" : "without a budget figure"
        case .kind, .status, .year: return row.value
        }
    }

    private static func drawSummary(_ state: State, _ panel: FilterState, _ index: FilterIndex, in rect: Rect,
                                    into buffer: inout Buffer) {
        let theme = state.display.theme
        let glyphs = state.display.glyphs
        let inner = Pane(title: "What the filter keeps", focused: false, glyphs: glyphs, borderStyle: theme.border,
                         titleStyle: theme.heading).render(in: rect, into: &buffer)
        let query = panel.draft.query(in: state.dataset)
        let words = FilterWords.text(panel.draft, state.dataset)
        var lines: [Line] = [
            [Span("Keeps \(panel.counts.kept) of \(index.count) programmes", theme.title)],
            [Span(panel.draft == state.filter ? "as the tree shows now" : "Enter applies it to the tree", theme.dim)],
            [],
            [Span("Query ", theme.heading), Span("(the same in / search and beai list --filter)", theme.dim)],
            [Span(query.isEmpty ? "none: every programme" : query)],
            [],
            [Span("In words", theme.heading)],
            [Span(words.isEmpty ? "every programme" : words)],
            [],
            [Span("Each number is what the filter would keep once Space toggles that value.", theme.dim)],
            [Span("Values of one facet add up (either); facets narrow (all).", theme.dim)],
            [],
        ]
        for (key, action) in [("Space", "choose or drop the value"), ("Enter", "apply"), ("Esc", "cancel"),
                              ("Tab", "next facet"), ("Del", "clear the facet"), ("F", "clear every filter")] {
            lines.append([Span(key.padding(toWidth: 7), theme.heading), Span(action)])
        }
        Paragraph(lines: lines.map { $0.map { Span(glyphs.adapt($0.text), $0.style) } }).render(in: inner, into: &buffer)
    }
}

extension Array {
    /// The element at `index`, or nil outside the array.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
