import BeaiDomain
import BeaiTUI

/// The compare screen: headline facts, then one row per pillar with counts, budgets (per-year and
/// one-off/total apart) and bars scaled across the row; gaps marked; a cell's programmes below.
enum CompareView {
    static func footerKeys(_ compare: CompareState) -> [(String, String)] {
        if compare.picker != nil {
            return [("↑↓", "move"), ("Space", "choose"), ("Enter", "apply"), ("Esc", "cancel")]
        }
        if compare.listSelection != nil {
            return [("↑↓", "programmes"), ("Enter", "open"), ("Esc", "back to the grid"), ("?", "help"), ("q", "quit")]
        }
        return [("↑↓←→", "cell"), ("Enter", "programmes"), ("s", "swap"), ("t", "third"), ("d", "differing"),
                ("p", "pick"), ("Esc", "close"), ("T", "timeline"), ("?", "help")]
    }

    static func draw(_ state: State, _ compare: CompareState, in rect: Rect, into buffer: inout Buffer) {
        let theme = state.display.theme
        let glyphs = state.display.glyphs
        let comparison = state.comparison(compare)
        let title = "Compare" + (compare.onlyDiffering ? " (only pillars that differ)" : "")
            + (state.filter.isEmpty ? "" : " \(glyphs.separator) filter: " + FilterWords.text(state.filter, state.dataset))
        let inner = Pane(title: title, focused: true, glyphs: glyphs, borderStyle: theme.focusedBorder,
                         titleStyle: theme.title).render(in: rect, into: &buffer)
        guard inner.width > 20, inner.height > 8 else { return }
        let rows = state.visibleRows(comparison, compare)
        let labelWidth = min(24, max(14, inner.width / 5))
        let columns = Rect(x: inner.x + labelWidth, y: inner.y, width: inner.width - labelWidth, height: inner.height)
            .columns(compare.governments.count)
        var y = inner.y

        func label(_ text: String, _ style: Style, row: Int) {
            buffer.write(DisplayWidth.truncate(glyphs.adapt(text), to: labelWidth - 1, ellipsis: glyphs.ellipsis),
                         column: inner.x, row: row, style: style, clip: inner)
        }
        func cell(_ text: String, _ style: Style, column: Int, row: Int) {
            let rect = columns[column]
            buffer.write(DisplayWidth.truncate(glyphs.adapt(text), to: rect.width - 1, ellipsis: glyphs.ellipsis),
                         column: rect.x, row: row, style: style, clip: Rect(x: rect.x, y: row, width: rect.width - 1, height: 1))
        }

        for (index, government) in comparison.governments.enumerated() {
            cell(government.name, theme.title, column: index, row: y)
        }
        y += 1
        let headlines: [(String, (GovernmentComparison.Headline) -> String)] = [
            ("Strategy", { $0.strategy?.name ?? "—" }),
            ("Annual AI budget", { headline in
                guard let figure = headline.annualBudget else { return "—" }
                return FigureText.value(figure, euro: glyphs.euro) + " (" + (figure.source?.document ?? "?") + ")"
            }),
            ("Programmes", { "\($0.programmes)" }),
            ("Lead agencies", { $0.leadAgencies.map { state.dataset.organisation($0)?.name ?? $0 }.joined(separator: ", ") }),
        ]
        for (name, value) in headlines {
            label(name, theme.dim, row: y)
            for (index, headline) in comparison.headlines.enumerated() { cell(value(headline), .plain, column: index, row: y) }
            y += 1
        }
        buffer.write(String(repeating: glyphs.horizontal, count: inner.width), column: inner.x, row: y,
                     style: theme.border, clip: inner)
        y += 1

        let listHeight = compare.listSelection == nil ? 0 : max(4, (inner.maxY - y) / 2)
        let legendRow = inner.maxY - 1 - listHeight
        let available = legendRow - y
        let linesPerRow = available >= rows.count * 2 ? 2 : 1
        let visibleCount = max(1, available / linesPerRow)
        let first = ListView.visibleOffset(selected: compare.row, offset: 0, height: visibleCount, count: rows.count)
        if rows.isEmpty {
            label("No pillar differs.", theme.dim, row: y)
        }
        for (offset, row) in rows.enumerated().dropFirst(first).prefix(visibleCount) {
            let top = y + (offset - first) * linesPerRow
            label((row.isGap ? glyphs.differs + " " : "") + row.pillar.name, row.isGap ? theme.warning : theme.heading, row: top)
            for (index, entry) in row.cells.enumerated() {
                let selected = offset == compare.row && index == compare.column
                drawCell(entry, row: row, lines: linesPerRow, top: top, in: columns[index], selected: selected,
                         state: state, into: &buffer)
            }
        }
        let legend = "/y per year, one-off/total sums apart, never added · n? without a budget figure · \(glyphs.differs) gap"
        buffer.write(DisplayWidth.truncate(glyphs.adapt(legend), to: inner.width, ellipsis: glyphs.ellipsis),
                     column: inner.x, row: legendRow, style: theme.dim, clip: inner)

        if let selected = compare.listSelection, rows.indices.contains(compare.row) {
            let entry = rows[compare.row].cells[compare.column]
            let area = Rect(x: inner.x, y: inner.maxY - listHeight, width: inner.width, height: listHeight)
            let government = state.dataset.government(entry.government)?.name ?? entry.government
            buffer.write(glyphs.adapt("\(government) \(glyphs.breadcrumb) \(rows[compare.row].pillar.name): \(entry.count) programmes (Enter opens, Esc back)"),
                         column: area.x, row: area.y, style: theme.heading, clip: area)
            let list = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
            let lines: [Line] = entry.programmes.map { programme in
                [Span(glyphs.adapt("  \(programme.name)")), Span(glyphs.adapt("  \(programme.kind) \(glyphs.separator) \(programme.status)"), theme.dim)]
            }
            ListView(rows: lines, selected: selected, offset: 0, selectedStyle: theme.selected).render(in: list, into: &buffer)
        }
        if let picker = compare.picker { drawPicker(state, picker, into: &buffer) }
    }

    private static func drawCell(
        _ cell: GovernmentComparison.Cell, row: GovernmentComparison.Row, lines: Int, top: Int, in column: Rect,
        selected: Bool, state: State, into buffer: inout Buffer
    ) {
        let theme = state.display.theme
        let glyphs = state.display.glyphs
        let width = column.width - 1
        let area = Rect(x: column.x, y: top, width: width, height: lines)
        if selected { buffer.fill(area, style: theme.selected) }
        let base: Style = selected ? theme.selected : .plain
        var barStyle = selected ? theme.selected : theme.bar
        barStyle.bold = true
        if cell.count == 0 {
            let text = row.isGap ? "0 \(glyphs.differs) gap" : "0"
            buffer.write(glyphs.adapt(text), column: area.x, row: top, style: row.isGap && !selected ? theme.warning : base, clip: area)
            return
        }
        var budget: [String] = []
        if cell.totals.withPerYear > 0 { budget.append(EuroAmount.format(cell.totals.perYear, symbol: glyphs.euro) + "/y") }
        if cell.totals.withOneOff > 0 { budget.append(EuroAmount.format(cell.totals.oneOff, symbol: glyphs.euro)) }
        if cell.totals.withoutBudget > 0 { budget.append("\(cell.totals.withoutBudget)?") }
        let count = "\(cell.count)".padding(toWidth: 3)
        let barWidth = lines == 2 ? max(1, width - 4) : max(1, width / 3)
        let bar = BarChart.bar(Double(cell.count), scale: Double(row.largestCount), width: barWidth, glyphs: glyphs)
        var x = buffer.write(count + " ", column: area.x, row: top, style: base, clip: area)
        x = buffer.write(bar, column: x, row: top, style: barStyle, clip: area)
        let budgetText = budget.joined(separator: " ")
        if lines == 2 {
            buffer.write(budgetText, column: area.x, row: top + 1, style: selected ? base : theme.dim, clip: area)
        } else {
            buffer.write(" " + budgetText, column: x, row: top, style: selected ? base : theme.dim, clip: area)
        }
    }

    private static func drawPicker(_ state: State, _ picker: CompareState.Picker, into buffer: inout Buffer) {
        let theme = state.display.theme
        let glyphs = state.display.glyphs
        let governments = state.dataset.governments
        let rect = buffer.area.centred(width: 50, height: governments.count + 5)
        let inner = Pane(title: "Choose 2 or 3 governments", focused: true, glyphs: glyphs,
                         borderStyle: theme.focusedBorder, titleStyle: theme.title).render(in: rect, into: &buffer)
        let rows: [Line] = governments.map { government in
            let position = picker.chosen.firstIndex(of: government.id).map { "[\($0 + 1)]" } ?? "[ ]"
            return [Span("\(position) "), Span(glyphs.adapt(government.name))]
        }
        ListView(rows: rows, selected: picker.cursor, offset: 0, selectedStyle: theme.selected)
            .render(in: Rect(x: inner.x, y: inner.y, width: inner.width, height: governments.count), into: &buffer)
        buffer.write("Space choose · Enter apply · Esc cancel", column: inner.x, row: inner.maxY - 1, style: theme.dim, clip: inner)
    }
}

extension String {
    /// The string followed by spaces up to `width` columns.
    func padding(toWidth width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - DisplayWidth.of(self)))
    }
}
