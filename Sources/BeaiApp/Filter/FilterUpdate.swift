import BeaiDomain
import BeaiTUI

extension State {
    /// `f`: opens the filter panel on the filter applied now.
    mutating func openFilter() {
        let index = ensureFilterIndex()
        push(.filter(FilterState(draft: filter, counts: index.counts(for: filter))))
    }

    /// Rows of the panel's list inside its pane.
    var filterListRows: Int { max(1, Layout(width: width, height: height).tree.height - 2) }

    /// Keys of the filter panel: move, Space toggles a value, Tab jumps to the next facet, Enter
    /// applies the draft, Esc leaves it.
    mutating func filterKey(_ key: Key, _ panel: FilterState) {
        let index = ensureFilterIndex()
        let rows = FilterPanel.rows(index)
        var current = panel
        switch key {
        case .escape:
            pop()
            return
        case .enter:
            pop()
            show(filter: current.draft, order: order)
            message = current.draft.isEmpty ? "No filter: every programme is shown."
                : "Filter on: \(FilterWords.text(current.draft, dataset)) (F clears it)."
            return
        case .up: current.cursor -= 1
        case .down: current.cursor += 1
        case .pageUp: current.cursor -= filterListRows
        case .pageDown: current.cursor += filterListRows
        case .home: current.cursor = 0
        case .end: current.cursor = rows.count - 1
        case .tab, .backTab:
            guard rows.indices.contains(current.cursor) else { break }
            let facets = FilterFacet.panel.filter { facet in rows.contains { $0.facet == facet } }
            let here = facets.firstIndex(of: rows[current.cursor].facet) ?? 0
            let target = facets[(here + (key == .tab ? 1 : facets.count - 1)) % facets.count]
            current.cursor = rows.firstIndex { $0.facet == target } ?? current.cursor
        case .character(" "):
            guard rows.indices.contains(current.cursor) else { break }
            current.draft = FilterPanel.toggled(rows[current.cursor], in: current.draft)
            current.counts = index.counts(for: current.draft)
        case .delete, .backspace:
            guard rows.indices.contains(current.cursor) else { break }
            current.draft.clear(rows[current.cursor].facet)
            current.counts = index.counts(for: current.draft)
        default:
            break
        }
        current.cursor = min(max(0, current.cursor), max(0, rows.count - 1))
        current.offset = ListView.visibleOffset(selected: current.cursor, offset: current.offset, height: filterListRows,
                                                count: rows.count)
        replaceTop(.filter(current))
    }

    /// The filter panel's draft starts again from nothing (`F`).
    mutating func clearFilterDraft() {
        guard case var .filter(panel)? = topScreen else { return }
        panel.draft = ProgrammeFilter()
        panel.counts = ensureFilterIndex().counts(for: panel.draft)
        replaceTop(.filter(panel))
    }
}
