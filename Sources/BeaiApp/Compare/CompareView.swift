import BeaiDomain
import BeaiTUI

/// The compare screen: headline facts with the budgets of one year (`<` `>` change it), then one row
/// per pillar with initiatives as bars on one scale for the whole comparison, the other roles and
/// the year's budget in words, whose competence an empty pillar is, gaps marked; a cell's
/// programmes below.
enum CompareView {
    static func footerKeys(_ compare: CompareState) -> [(String, String)] {
        if compare.picker != nil {
            return [("↑↓", "move"), ("Space", "choose"), ("Enter", "apply"), ("Esc", "cancel")]
        }
        if compare.listSelection != nil {
            return [("↑↓", "programmes"), ("Enter", "open"), ("Esc", "back to the grid"), ("?", "help"), ("q", "quit")]
        }
        return [("↑↓←→", "cell"), ("< >", "year"), ("Enter", "programmes"), ("s", "swap"), ("t", "third"),
                ("d", "differing"), ("p", "pick"), ("T", "timeline"), ("Esc", "close"), ("?", "help")]
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
        let year = state.year(of: compare, comparison)
        let years = comparison.years
        // "<2021>": the keys that step to an earlier or later year, where there is one.
        let yearLabel = year.map { year in
            (years.first.map { $0 < year } == true ? "<" : " ") + "\(year)" + (years.last.map { $0 > year } == true ? ">" : "")
        }
        let headlines: [(String, (GovernmentComparison.Headline) -> String)] = [
            ("Strategy", { $0.strategy?.name ?? "—" }),
            (yearLabel.map { "Budget \($0)" } ?? "Budget", { headline in
                guard let year else { return "no dated amount" }
                guard let entry = headline.budget.year(year), !entry.programmes.isEmpty else { return "no figure for \(year)" }
                let count = entry.programmes.count == 1 ? "1 programme" : "\(entry.programmes.count) programmes"
                return EuroAmount.format(entry.perYear, symbol: glyphs.euro) + " (\(count)"
                    + (entry.disputed.isEmpty ? ")" : ", a source disagrees)")
            }),
            ("Programmes", { $0.roles.label }),
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
        // One scale for every bar of the comparison: the cell with the most initiatives is full width.
        let scale = comparison.rows.flatMap(\.cells).map(\.roles.initiatives).max() ?? 0
        // ... and one length for it: the narrowest column's.
        let narrowest = (columns.map(\.width).min() ?? 1) - 1
        let barWidth = linesPerRow == 2 ? max(1, narrowest - 4) : max(1, narrowest / 4)
        if rows.isEmpty {
            label("No pillar differs.", theme.dim, row: y)
        }
        for (offset, row) in rows.enumerated().dropFirst(first).prefix(visibleCount) {
            let top = y + (offset - first) * linesPerRow
            label((row.isGap ? glyphs.differs + " " : "") + row.pillar.name, row.isGap ? theme.warning : theme.heading, row: top)
            for (index, entry) in row.cells.enumerated() {
                let selected = offset == compare.row && index == compare.column
                drawCell(entry, row: row, scale: scale, barWidth: barWidth, year: year, lines: linesPerRow, top: top, in: columns[index],
                         selected: selected, state: state, into: &buffer)
            }
        }
        let legend = "bars: initiatives, one scale (full = \(scale)) · € the year's per-year total · "
            + "\(glyphs.differs) gap: a competent government has no initiative"
        buffer.write(DisplayWidth.truncate(glyphs.adapt(legend), to: inner.width, ellipsis: glyphs.ellipsis),
                     column: inner.x, row: legendRow, style: theme.dim, clip: inner)

        if let selected = compare.listSelection, rows.indices.contains(compare.row) {
            let entry = rows[compare.row].cells[compare.column]
            let area = Rect(x: inner.x, y: inner.maxY - listHeight, width: inner.width, height: listHeight)
            let government = state.columnName(entry.government)
            buffer.write(glyphs.adapt("\(government) \(glyphs.breadcrumb) \(rows[compare.row].pillar.name): \(entry.roles.label) (Enter opens, Esc back)"),
                         column: area.x, row: area.y, style: theme.heading, clip: area)
            let list = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
            // Only the rows on screen are laid out: a cell may hold thousands of programmes.
            let programmes = entry.programmes
            let first = ListView.visibleOffset(selected: selected, offset: 0, height: list.height, count: programmes.count)
            let lines: [Line] = programmes[first..<min(programmes.count, first + list.height)].map { programme in
                let role = programme.role == .initiative ? "" : " \(glyphs.separator) \(programme.role)"
                return [Span(glyphs.adapt("  \(programme.name)")),
                        Span(glyphs.adapt("  \(programme.kind) \(glyphs.separator) \(programme.status)\(role)"), theme.dim)]
            }
            ListView(rows: lines, selected: selected - first, offset: 0, selectedStyle: theme.selected).render(in: list, into: &buffer)
        }
        if let picker = compare.picker { drawPicker(state, picker, into: &buffer) }
    }

    /// A cell: its initiatives with a bar on the comparison's scale, then in words the other roles,
    /// the year's budget and how many have no budget figure; an empty cell says whose competence
    /// the pillar is, or that it is a gap.
    private static func drawCell(
        _ cell: GovernmentComparison.Cell, row: GovernmentComparison.Row, scale: Int, barWidth: Int, year: Int?,
        lines: Int, top: Int,
        in column: Rect, selected: Bool, state: State, into buffer: inout Buffer
    ) {
        let theme = state.display.theme
        let glyphs = state.display.glyphs
        let width = column.width - 1
        let area = Rect(x: column.x, y: top, width: width, height: lines)
        if selected { buffer.fill(area, style: theme.selected) }
        let base: Style = selected ? theme.selected : .plain
        let quiet: Style = selected ? base : theme.dim
        if cell.count == 0 {
            if let elsewhere = cell.elsewhere {
                let names = elsewhere.competent.map { state.dataset.government($0)?.name ?? $0 }.joined(separator: ", ")
                let text = "\(elsewhere.matter): \(names)"
                buffer.write(glyphs.adapt(text), column: area.x, row: top, style: quiet, clip: area)
            } else {
                let gap = row.isGap && cell.roles.initiatives == 0
                buffer.write(glyphs.adapt(gap ? "0 \(glyphs.differs) gap" : "0"), column: area.x, row: top,
                             style: gap && !selected ? theme.warning : base, clip: area)
            }
            return
        }
        var words: [String] = []
        if cell.roles.recommendations > 0 { words.append("+\(cell.roles.recommendations) proposed") }
        if cell.roles.context > 0 { words.append("+\(cell.roles.context) context") }
        if let year, let entry = cell.budget.year(year) {
            if !entry.programmes.isEmpty { words.append(EuroAmount.format(entry.perYear, symbol: glyphs.euro) + " in \(year)") }
            let inside = entry.inside.reduce(0) { $0 + $1.value }
            if inside > 0 { words.append(EuroAmount.format(inside, symbol: glyphs.euro) + " inside a larger budget") }
        }
        if cell.budget.withoutBudget > 0 { words.append("\(cell.budget.withoutBudget) without budget") }
        let gap = row.isGap && cell.roles.initiatives == 0 && cell.elsewhere == nil
        let count = "\(cell.roles.initiatives)".padding(toWidth: 3)
        let bar = BarChart.bar(Double(cell.roles.initiatives), scale: Double(scale), width: barWidth, glyphs: glyphs)
        var x = buffer.write(count + " ", column: area.x, row: top, style: gap && !selected ? theme.warning : base, clip: area)
        x = buffer.write(bar, column: x, row: top, style: selected ? base : theme.bar, clip: area)
        if gap { x = buffer.write(" \(glyphs.differs) gap", column: x, row: top, style: selected ? base : theme.warning, clip: area) }
        let text = words.joined(separator: " \(glyphs.separator) ")
        if lines == 2 {
            buffer.write(glyphs.adapt(text), column: area.x, row: top + 1, style: quiet, clip: area)
        } else {
            buffer.write(glyphs.adapt(" " + text), column: x, row: top, style: quiet, clip: area)
        }
    }

    private static func drawPicker(_ state: State, _ picker: CompareState.Picker, into buffer: inout Buffer) {
        let theme = state.display.theme
        let glyphs = state.display.glyphs
        let choices = state.compareChoices
        let rect = buffer.area.centred(width: 64, height: choices.count + 5)
        let inner = Pane(title: "Choose 2 or 3 columns", focused: true, glyphs: glyphs,
                         borderStyle: theme.focusedBorder, titleStyle: theme.title).render(in: rect, into: &buffer)
        let rows: [Line] = choices.map { choice in
            let position = picker.chosen.firstIndex(of: choice).map { "[\($0 + 1)]" } ?? "[ ]"
            return [Span("\(position) "), Span(glyphs.adapt(state.columnName(choice)))]
        }
        ListView(rows: rows, selected: picker.cursor, offset: 0, selectedStyle: theme.selected)
            .render(in: Rect(x: inner.x, y: inner.y, width: inner.width, height: choices.count), into: &buffer)
        let help = picker.note ?? "Space choose · Enter apply · Esc cancel"
        buffer.write(glyphs.adapt(help), column: inner.x, row: inner.maxY - 1,
                     style: picker.note == nil ? theme.dim : theme.warning, clip: inner)
    }
}

extension String {
    /// The string followed by spaces up to `width` columns.
    func padding(toWidth width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - DisplayWidth.of(self)))
    }
}
