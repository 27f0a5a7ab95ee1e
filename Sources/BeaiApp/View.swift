import BeaiDomain
import BeaiTUI

/// The explorer's pure rendering: the screen for a state.
public func view(_ state: State) -> Buffer {
    var buffer = Buffer(width: state.width, height: state.height)
    if state.isTooSmall {
        drawTooSmall(state, into: &buffer)
        return buffer
    }
    let layout = Layout(width: state.width, height: state.height)
    drawHeader(state, in: layout.header, into: &buffer)
    let body = Rect(x: 0, y: layout.tree.y, width: state.width, height: layout.tree.height)
    if let pair = state.pair {
        PairView.draw(state, pair, in: body, into: &buffer)
    } else if let compare = state.compare {
        CompareView.draw(state, compare, in: body, into: &buffer)
    } else if let search = state.search {
        SearchView.draw(state, search, in: layout.tree, into: &buffer)
        var preview = state
        if let id = search.selectedProgramme { preview.selection = .programme(id) }
        preview.detailOffset = 0
        preview.focus = .tree
        drawDetail(preview, in: layout.detail, into: &buffer)
    } else {
        drawTree(state, in: layout.tree, into: &buffer)
        drawDetail(state, in: layout.detail, into: &buffer)
    }
    drawFooter(state, in: layout.footer, into: &buffer)
    if state.showHelp { HelpOverlay.draw(state, into: &buffer) }
    return buffer
}

private func drawTooSmall(_ state: State, into buffer: inout Buffer) {
    let lines = [
        "beai needs a terminal of at least \(State.minimumWidth)×\(State.minimumHeight).",
        "This one is \(state.width)×\(state.height): please enlarge it.",
        "q quits.",
    ].map(state.display.glyphs.adapt)
    let top = max(0, (state.height - lines.count) / 2)
    for (offset, line) in lines.enumerated() {
        for (index, part) in DisplayWidth.wrap(line, width: max(1, state.width)).enumerated() {
            let column = max(0, (state.width - DisplayWidth.of(part)) / 2)
            buffer.write(part, column: column, row: top + offset * 1 + index, style: state.display.theme.heading)
        }
    }
}

private func drawHeader(_ state: State, in rect: Rect, into buffer: inout Buffer) {
    let theme = state.display.theme
    let glyphs = state.display.glyphs
    buffer.fill(rect, style: theme.footer)
    var x = buffer.write(" beai ", column: rect.x, row: rect.y, style: theme.title, clip: rect)
    x = buffer.write("Belgium AI policy", column: x, row: rect.y, clip: rect)
    if let asOf = state.dataset.asOf {
        x = buffer.write("  \(glyphs.separator) data as of \(asOf)", column: x, row: rect.y, style: theme.dim, clip: rect)
    }
    let crumbs = breadcrumb(state).map(glyphs.adapt).joined(separator: " \(glyphs.breadcrumb) ")
    let room = rect.maxX - x - 4
    if room > 8 {
        buffer.write("  \(glyphs.separator) " + DisplayWidth.truncate(crumbs, to: room, ellipsis: glyphs.ellipsis),
                     column: x, row: rect.y, clip: rect)
    }
}

/// Government, pillar and programme names down to the selection.
func breadcrumb(_ state: State) -> [String] {
    (state.ancestors(of: state.selection) + [state.selection]).map { node in
        switch node {
        case let .government(id): return state.dataset.government(id)?.name ?? id
        case let .pillar(_, pillar): return state.dataset.pillar(pillar)?.name ?? pillar
        case let .programme(id): return state.dataset.programme(id)?.name ?? id
        }
    }
}

private func drawTree(_ state: State, in rect: Rect, into buffer: inout Buffer) {
    let theme = state.display.theme
    let glyphs = state.display.glyphs
    let focused = state.focus == .tree
    let inner = Pane(title: "Governments \(glyphs.breadcrumb) pillars \(glyphs.breadcrumb) programmes", focused: focused,
                     glyphs: glyphs, borderStyle: focused ? theme.focusedBorder : theme.border,
                     titleStyle: focused ? theme.title : theme.heading)
        .render(in: rect, into: &buffer)
    let allRows = state.rows
    let selected = allRows.firstIndex { $0.node == state.selection }
    // Only the rows on screen are laid out: a pillar may hold thousands of programmes.
    let first = ListView.visibleOffset(selected: selected, offset: state.treeOffset, height: inner.height, count: allRows.count)
    let rows = allRows[first..<min(allRows.count, first + inner.height)]
    let figures: [(count: String, budget: String)] = rows.map { row in
        switch row.node {
        case let .government(id):
            let totals = state.tree.governments.first { $0.government.id == id }?.totals ?? BudgetTotals()
            return ("\(row.count)", budgetText(totals, glyphs))
        case let .pillar(government, pillar):
            let totals = state.tree.governments.first { $0.government.id == government }?
                .pillars.first { $0.pillar.id == pillar }?.totals ?? BudgetTotals()
            return ("\(row.count)", budgetText(totals, glyphs))
        case .programme:
            return ("", "")
        }
    }
    let countWidth = figures.map { DisplayWidth.of($0.count) }.max() ?? 0
    let budgetWidth = figures.map { DisplayWidth.of($0.budget) }.max() ?? 0
    let lines: [Line] = zip(rows, figures).map { row, figure in
        let indent = String(repeating: "  ", count: row.depth)
        let marker = row.expandable ? (row.expanded ? glyphs.expanded : glyphs.collapsed) : glyphs.leaf
        var suffix = ""
        if !figure.count.isEmpty {
            suffix = " " + leftPadded(figure.count, countWidth)
            if budgetWidth > 0 { suffix += "  " + leftPadded(figure.budget, budgetWidth) }
        }
        let isMarked: Bool = { if case let .programme(id) = row.node { return state.marked.contains(id) }; return false }()
        let lead = indent + marker + " " + (isMarked ? glyphs.marked + " " : "")
        let title = glyphs.adapt(row.title)
        let room = inner.width - DisplayWidth.of(lead) - DisplayWidth.of(suffix)
        let shown = DisplayWidth.truncate(title, to: max(4, room), ellipsis: glyphs.ellipsis)
        let padding = String(repeating: " ", count: max(0, inner.width - DisplayWidth.of(lead + shown + suffix)))
        return [Span(lead, isMarked ? theme.marked : .plain),
                Span(shown, row.depth == 0 ? theme.heading : .plain),
                Span(padding + suffix, theme.dim)]
    }
    ListView(rows: lines, selected: selected.map { $0 - first }, offset: 0,
             selectedStyle: focused ? theme.selected : Style(reverse: false, underline: true))
        .render(in: inner, into: &buffer)
}

/// "€32m/y €10m": the per-year and one-off/total budget sums of a tree node, never added together.
private func budgetText(_ totals: BudgetTotals, _ glyphs: Glyphs) -> String {
    var parts: [String] = []
    if totals.withPerYear > 0 { parts.append(EuroAmount.format(totals.perYear, symbol: glyphs.euro) + "/y") }
    if totals.withOneOff > 0 { parts.append(EuroAmount.format(totals.oneOff, symbol: glyphs.euro)) }
    return parts.joined(separator: " ")
}

private func leftPadded(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
}

private func drawDetail(_ state: State, in rect: Rect, into buffer: inout Buffer) {
    let theme = state.display.theme
    let focused = state.focus == .detail
    let inner = Pane(title: "Detail", focused: focused, glyphs: state.display.glyphs,
                     borderStyle: focused ? theme.focusedBorder : theme.border,
                     titleStyle: focused ? theme.title : theme.heading)
        .render(in: rect, into: &buffer)
    let content = DetailContent(state: state, width: inner.width)
    let start = min(state.detailOffset, max(0, content.lines.count - 1))
    for (offset, index) in (start..<min(content.lines.count, start + inner.height)).enumerated() {
        buffer.write(content.lines[index], column: inner.x, row: inner.y + offset, clip: inner)
    }
    if focused, let link = state.detailLink, link < content.links.count {
        let line = content.links[link].line - start
        if line >= 0, line < inner.height {
            buffer.restyle(Rect(x: inner.x, y: inner.y + line, width: inner.width, height: 1)) { style in
                style = theme.selected
            }
        }
    }
    if content.lines.count > inner.height {
        let more = "\(start + 1)-\(min(content.lines.count, start + inner.height))/\(content.lines.count)"
        buffer.write(" \(more) ", column: rect.maxX - DisplayWidth.of(more) - 4, row: rect.maxY - 1, style: theme.dim, clip: rect)
    }
}

private func drawFooter(_ state: State, in rect: Rect, into buffer: inout Buffer) {
    let theme = state.display.theme
    if let message = state.message {
        buffer.fill(rect, style: theme.footer)
        buffer.write(state.display.glyphs.adapt(message), column: rect.x, row: rect.y, style: theme.warning, clip: rect)
        return
    }
    let keys: [(String, String)] =
        state.pair != nil
        ? [("Esc", "close"), ("q", "quit")]
        : state.compare?.picker != nil
        ? [("↑↓", "move"), ("Space", "choose"), ("Enter", "apply"), ("Esc", "cancel")]
        : state.compare?.listSelection != nil
        ? [("↑↓", "programmes"), ("Enter", "open"), ("Esc", "back to the grid"), ("q", "quit")]
        : state.compare != nil
        ? [("↑↓←→", "cell"), ("Enter", "programmes"), ("s", "swap"), ("t", "third"), ("d", "differing"), ("p", "pick"), ("Esc", "close")]
        : state.search != nil
        ? [("↑↓", "results"), ("Enter", "go to"), ("Esc", "cancel"), ("Tab", "complete"), ("^P/^N", "history"), ("^W/^U", "delete")]
        : state.focus == .tree
        ? [("↑↓", "move"), ("←→", "fold"), ("Enter", "open"), ("/", "search"), ("c", "compare"), ("Space", "mark"), ("m", "pair"), ("?", "help"), ("q", "quit")]
        : [("↑↓", "links/scroll"), ("Enter", "go to"), ("PgUp/PgDn", "scroll"), ("Tab", "tree"), ("?", "help"), ("q", "quit")]
    StatusBar(keys: keys.map { (state.display.glyphs.adapt($0.0), $0.1) }, keyStyle: theme.key, style: theme.footer)
        .render(in: rect, into: &buffer)
}
