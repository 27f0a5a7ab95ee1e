import BeaiDomain
import BeaiTUI

/// The bookmarks screen: each bookmarked programme with its government and pillar; ids that name
/// no programme of the dataset shown are listed as missing.
enum BookmarksView {
    static let footerKeys = [("↑↓", "move"), ("Enter", "go to"), ("d", "remove"), ("Esc", "close"), ("?", "help"),
                             ("q", "quit")]

    static func draw(_ state: State, _ screen: BookmarksState, in rect: Rect, into buffer: inout Buffer) {
        let theme = state.display.theme
        let glyphs = state.display.glyphs
        let count = state.bookmarks.count
        let title = count == 1 ? "Bookmarks: 1 programme" : "Bookmarks: \(count) programmes"
        let inner = Pane(title: title, focused: true, glyphs: glyphs, borderStyle: theme.focusedBorder,
                         titleStyle: theme.title).render(in: rect, into: &buffer)
        guard inner.height > 2, inner.width > 10 else { return }
        if state.bookmarks.isEmpty {
            Paragraph(lines: [
                [Span("No bookmarks yet.", theme.heading)],
                [Span(glyphs.adapt("b on a programme in the tree bookmarks it; it is kept across runs."))],
            ]).render(in: inner, into: &buffer)
            return
        }
        let list = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 2)
        let start = ListView.visibleOffset(selected: screen.selected, offset: screen.offset, height: list.height, count: count)
        let rows: [Line] = state.bookmarks[start..<min(count, start + list.height)].map { row(state, $0, width: list.width) }
        ListView(rows: rows, selected: screen.selected - start, offset: 0, selectedStyle: theme.selected)
            .render(in: list, into: &buffer)
        let missing = state.bookmarks.filter { state.dataset.programme($0) == nil }.count
        let note = missing == 0 ? "Kept across runs." :
            "\(missing) id\(missing == 1 ? " is" : "s are") not in this dataset (another --data?); d removes one."
        buffer.write(DisplayWidth.truncate(glyphs.adapt(note), to: inner.width, ellipsis: glyphs.ellipsis),
                     column: inner.x, row: inner.maxY - 1, style: theme.dim, clip: inner)
    }

    private static func row(_ state: State, _ id: String, width: Int) -> Line {
        let theme = state.display.theme
        let glyphs = state.display.glyphs
        guard let programme = state.dataset.programme(id) else {
            return [Span(glyphs.adapt("\(glyphs.differs) \(id)"), theme.warning),
                    Span("  missing: not in this dataset", theme.dim)]
        }
        let government = state.dataset.government(programme.government)?.name ?? programme.government
        let pillar = state.dataset.pillar(programme.pillar)?.name ?? programme.pillar
        let place = glyphs.adapt("  \(government) \(glyphs.breadcrumb) \(pillar)")
        let name = glyphs.adapt("\(glyphs.bookmark) \(programme.name)")
        let nameRoom = max(8, width - min(DisplayWidth.of(place), width / 2))
        let shown = DisplayWidth.truncate(name, to: nameRoom, ellipsis: glyphs.ellipsis)
        return [Span(shown), Span(DisplayWidth.truncate(place, to: max(0, width - DisplayWidth.of(shown)), ellipsis: glyphs.ellipsis), theme.dim)]
    }
}
