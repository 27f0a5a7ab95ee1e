import BeaiDomain
import BeaiTUI

/// The tree and detail panes: the explorer at the bottom of the stack, and `browse` above it.
enum ExplorerView {
    static func draw(_ state: State, in layout: Layout, into buffer: inout Buffer) {
        drawTree(state, in: layout.tree, into: &buffer)
        drawDetail(state, in: layout.detail, into: &buffer)
    }

    /// The footer's keys, for the pane that has focus; with `returnsTo`, what Esc goes back to.
    static func footerKeys(_ state: State, returnsTo below: Screen?) -> [(String, String)] {
        let back: [(String, String)] = below.map { [("Esc", "to \($0.name)")] } ?? []
        if state.focus == .tree {
            let clear: [(String, String)] = state.filter.isEmpty ? [] : [("F", "clear filter")]
            return back + clear + [("↑↓", "move"), ("Enter", "open"), ("/", "search"), ("f", "filter"), ("c", "compare"),
                                   ("[ ]", "back/fwd"), ("?", "help"), ("q", "quit"), ("b/B", "bookmarks"), ("T", "timeline"),
                                   ("s", "sort"), ("←→", "fold"), ("Space", "mark"), ("m", "pair")]
        }
        return back + [("↑↓", "links/scroll"), ("Enter", "go to"), ("e", "evidence"), ("y", "copy"), ("Tab", "tree"), ("[ ]", "back/fwd"),
                       ("b/B", "bookmarks"), ("?", "help"), ("q", "quit"), ("PgUp/PgDn", "scroll")]
    }
}

func drawTree(_ state: State, in rect: Rect, into buffer: inout Buffer) {
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
    // Governments and pillars show their initiatives (the other roles are in the detail) and the
    // budget of their latest year with figures; a programme that is not an initiative says its role.
    let figures: [(count: String, budget: String)] = rows.map { row in
        switch row.node {
        case let .government(id):
            guard let node = state.tree.governments.first(where: { $0.government.id == id }) else { return ("", "") }
            return (countText(row), latestBudgetText(node.budget, glyphs))
        case let .pillar(government, pillar):
            guard let node = state.tree.governments.first(where: { $0.government.id == government })?
                .pillars.first(where: { $0.pillar.id == pillar })
            else { return ("", "") }
            return (countText(row), latestBudgetText(node.budget, glyphs))
        case let .programme(id):
            let role = state.dataset.programme(id)?.role
            return ("", role == .recommendation ? "proposed" : role == .context ? "context" : "")
        }
    }
    let countWidth = figures.map { DisplayWidth.of($0.count) }.max() ?? 0
    let budgetWidth = figures.filter { !$0.count.isEmpty }.map { DisplayWidth.of($0.budget) }.max() ?? 0
    let lines: [Line] = zip(rows, figures).map { row, figure in
        let indent = String(repeating: "  ", count: row.depth)
        let marker = row.expandable ? (row.expanded ? glyphs.expanded : glyphs.collapsed) : glyphs.leaf
        var suffix = ""
        if !figure.count.isEmpty {
            suffix = " " + leftPadded(figure.count, countWidth)
            if budgetWidth > 0 { suffix += " " + leftPadded(figure.budget, budgetWidth) }
        } else if !figure.budget.isEmpty {
            suffix = " " + figure.budget
        }
        let programmeID: String? = { if case let .programme(id) = row.node { return id }; return nil }()
        let isMarked = programmeID.map(state.marked.contains) ?? false
        let isBookmarked = programmeID.map(state.isBookmarked) ?? false
        let lead = indent + marker + " " + (isBookmarked ? glyphs.bookmark + " " : "") + (isMarked ? glyphs.marked + " " : "")
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

/// A node's initiatives: "0 of 4" where a filter leaves none of the 4 it holds.
private func countText(_ row: TreeRow) -> String {
    if row.initiatives == 0, let total = row.total, total > 0 { return "0 of \(total)" }
    return "\(row.initiatives)"
}

/// "€32m in 2021": a node's budget in the latest year it adds an amount, or "" when no amount is
/// dated (undated and one-off amounts are in the detail).
func latestBudgetText(_ budget: BudgetSummary, _ glyphs: Glyphs) -> String {
    guard let year = budget.latestYear else { return "" }
    return EuroAmount.format(budget.perYear(in: year), symbol: glyphs.euro) + " in \(year)"
}

private func leftPadded(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
}

func drawDetail(_ state: State, in rect: Rect, into buffer: inout Buffer) {
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
        for line in content.links[link].lines.map({ $0 - start }) where line >= 0 && line < inner.height {
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
