import Foundation
import BeaiDomain
import BeaiSearch
import BeaiTUI

/// The search pane: prompt, facet counts, ranked results with matched parts highlighted, and an
/// empty state with suggestions.
enum SearchView {
    static let footerKeys = [("↑↓", "results"), ("Enter", "go to"), ("Esc", "cancel"), ("Tab", "complete"),
                             ("^T", "timeline"), ("^P/^N", "history"), ("^W/^U", "delete")]

    /// The search pane where the tree stands, and the highlighted result's detail beside it.
    static func draw(_ state: State, _ search: SearchState, in layout: Layout, into buffer: inout Buffer) {
        drawResults(state, search, in: layout.tree, into: &buffer)
        var preview = state
        if let id = search.selectedProgramme { preview.selection = .programme(id) }
        preview.detailOffset = 0
        preview.focus = .tree
        drawDetail(preview, in: layout.detail, into: &buffer)
    }

    private static func drawResults(_ state: State, _ search: SearchState, in rect: Rect, into buffer: inout Buffer) {
        let theme = state.display.theme
        let glyphs = state.display.glyphs
        let results = search.results
        let found = state.searchIndex == nil ? "Search"
            : results.total == 1 ? "Search: 1 programme" : "Search: \(results.total) programmes"
        let title = found + (state.filter.isEmpty ? "" : " \(glyphs.separator) filter: " + FilterWords.text(state.filter, state.dataset))
        let inner = Pane(title: title, focused: true, glyphs: glyphs, borderStyle: theme.focusedBorder,
                         titleStyle: theme.title).render(in: rect, into: &buffer)
        guard inner.height > SearchLayout.headerRows, inner.width > 4 else { return }
        search.editor.draw(prompt: "/ ", promptStyle: theme.title, glyphs: glyphs, row: inner.y, in: inner, into: &buffer)
        let facets = facetLines(state, results, width: inner.width)
        for (offset, line) in facets.enumerated() {
            buffer.write(line, column: inner.x, row: inner.y + 1 + offset, clip: inner)
        }
        buffer.write(String(repeating: glyphs.horizontal, count: inner.width), column: inner.x,
                     row: inner.y + 3, style: theme.border, clip: inner)
        let list = Rect(x: inner.x, y: inner.y + SearchLayout.headerRows, width: inner.width,
                        height: inner.height - SearchLayout.headerRows)
        if results.results.isEmpty {
            drawEmpty(state, search, in: list, into: &buffer)
            return
        }
        // Only the rows on screen are laid out: a row's highlights are worked out when read.
        let start = ListView.visibleOffset(
            selected: search.selected, offset: search.offset, height: list.height, count: results.results.count)
        let rows = results.results[start..<min(results.results.count, start + list.height)].map {
            row(state, $0, width: list.width)
        }
        ListView(rows: rows, selected: search.selected - start, offset: 0, selectedStyle: theme.selected)
            .render(in: list, into: &buffer)
    }

    private static func facetLines(_ state: State, _ results: SearchResults, width: Int) -> [Line] {
        let theme = state.display.theme
        func line(_ label: String, _ facets: [(id: String, count: Int)], name: (String) -> String) -> Line {
            var spans: Line = [Span(label, theme.dim)]
            for facet in facets {
                spans.append(Span(state.display.glyphs.adapt(name(facet.id)) + " "))
                spans.append(Span("\(facet.count)  ", theme.heading))
            }
            return spans
        }
        return [
            line("gov: ", results.facets.governments) { state.dataset.government($0)?.name ?? $0 },
            line("pillar: ", results.facets.pillars) { state.dataset.pillar($0)?.name ?? $0 },
        ]
    }

    private static func row(_ state: State, _ result: SearchResult, width: Int) -> Line {
        let theme = state.display.theme
        let glyphs = state.display.glyphs
        guard let programme = state.dataset.programme(result.programmeID) else { return [Span(result.programmeID)] }
        let government = state.dataset.government(programme.government)?.name ?? programme.government
        let pillar = state.dataset.pillar(programme.pillar)?.name ?? programme.pillar
        let where_ = glyphs.adapt("  \(government) \(glyphs.separator) \(pillar)")
        let nameRoom = max(8, width - min(DisplayWidth.of(where_), width / 2))
        var spans = highlighted(programme.name, result.nameHighlights, theme: theme, glyphs: glyphs, room: nameRoom)
        let used = spans.displayWidth
        spans.append(Span(DisplayWidth.truncate(where_, to: max(0, width - used), ellipsis: glyphs.ellipsis), theme.dim))
        return spans
    }

    /// `text` with the character ranges in `highlights` styled, cut to `room` columns.
    static func highlighted(_ text: String, _ highlights: [Range<Int>], theme: Theme, glyphs: Glyphs, room: Int) -> Line {
        var spans: Line = []
        var used = 0
        for (offset, character) in text.enumerated() {
            let piece = glyphs.adapt(String(character))
            let columns = DisplayWidth.of(piece)
            if used + columns > room - 1, offset < text.count - 1 {
                spans.append(Span(glyphs.ellipsis))
                break
            }
            used += columns
            let style = highlights.contains { $0.contains(offset) } ? theme.highlight : Style.plain
            if let last = spans.last, last.style == style {
                spans[spans.count - 1].text += piece
            } else {
                spans.append(Span(piece, style))
            }
        }
        return spans
    }

    private static func drawEmpty(_ state: State, _ search: SearchState, in rect: Rect, into buffer: inout Buffer) {
        let theme = state.display.theme
        var lines: [Line] = []
        let query = search.editor.text.trimmingCharacters(in: .whitespaces)
        if state.searchIndex == nil {
            let count = state.dataset.programmes.count
            lines.append(state.indexPending
                ? [Span("Indexing \(count) programmes\(state.display.glyphs.ellipsis) results appear as soon as it is done.", theme.heading)]
                : [Span("Search is unavailable: the search index could not be built.", theme.warning)])
        } else if query.isEmpty {
            lines.append([Span("Type to search every programme by name, organisation, place or theme.")])
        } else {
            let shown = DisplayWidth.truncate(query, to: 60, ellipsis: state.display.glyphs.ellipsis)
            lines.append([Span("No programme matches \u{201C}\(shown)\u{201D}"
                + (state.filter.isEmpty ? "." : " within the filter (F clears it)."), theme.heading)])
        }
        for hint in search.results.hints { lines.append([Span(hint, theme.warning)]) }
        if !search.results.suggestions.isEmpty {
            lines.append([Span("Did you mean: ", theme.dim), Span(search.results.suggestions.prefix(5).joined(separator: ", "), theme.heading)])
        }
        lines.append([])
        lines.append([Span("Qualifiers: " + QueryReference.qualifiers.joined(separator: " "), theme.dim)])
        lines.append([Span("\u{201C}quoted phrase\u{201D}  -exclude  Tab completes a qualifier", theme.dim)])
        Paragraph(lines: lines.map { $0.map { Span(state.display.glyphs.adapt($0.text), $0.style) } })
            .render(in: rect.inset(by: 0), into: &buffer)
    }
}
