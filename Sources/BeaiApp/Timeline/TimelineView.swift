import BeaiDomain
import BeaiTUI

/// The timeline screen: what the cursor year holds, a year axis, one line per programme with a bar
/// from its start to its end year (open ends marked, planned and proposed ones dashed) and its
/// milestones as markers, the undated programmes in a section of their own; below, the years'
/// running counts and budgets (side by side per government) beside the cursor year's milestones.
enum TimelineView {
    static let footerKeys = [("↑↓", "programmes"), ("←→", "year"), ("Enter", "open"), ("Esc", "close"),
                             ("g/G", "first/last"), ("PgUp/PgDn", "page"), ("?", "help"), ("q", "quit")]

    static func draw(_ state: State, _ screen: TimelineState, in rect: Rect, into buffer: inout Buffer) {
        let theme = state.display.theme
        let glyphs = state.display.glyphs
        let timeline = screen.timeline
        let span = timeline.years.map { ", \($0.lowerBound)–\($0.upperBound)" } ?? ""
        let title = "Timeline: \(screen.title) (\(screen.count) programme\(screen.count == 1 ? "" : "s")\(span))"
        Pane(title: glyphs.adapt(title), focused: true, glyphs: glyphs, borderStyle: theme.focusedBorder,
             titleStyle: theme.title).render(in: rect, into: &buffer)
        let layout = TimelineLayout(width: state.width, height: state.height, timeline: timeline)
        guard layout.inner.width > 20, layout.inner.height > 4 else { return }
        if let pending = screen.pending {
            buffer.write(glyphs.adapt("Laying out \(pending.programmes.count) programmes\(glyphs.ellipsis)"), column: layout.inner.x,
                         row: layout.summaryRow, style: theme.heading, clip: layout.inner)
            return
        }
        let axis = Axis(layout: layout, screen: screen)
        drawSummary(state, screen, layout: layout, into: &buffer)
        drawAxis(state, screen, axis: axis, layout: layout, into: &buffer)
        drawLines(state, screen, axis: axis, layout: layout, into: &buffer)
        if layout.bottom.height > 0 { drawYears(state, screen, axis: axis, layout: layout, into: &buffer) }
    }

    /// The years the axis shows and the column each starts at.
    struct Axis {
        /// The timeline's years; nil when nothing is dated.
        let years: ClosedRange<Int>?
        /// The years on screen.
        let visible: ClosedRange<Int>?
        let x: Int
        let yearWidth: Int
        let firstShown: Int

        init(layout: TimelineLayout, screen: TimelineState) {
            let (years, firstShown) = (screen.timeline.years, layout.yearOffset(screen))
            self.years = years
            self.firstShown = firstShown
            x = layout.axis.x
            yearWidth = layout.yearWidth
            visible = years.map { years in
                let first = years.lowerBound + firstShown
                return first...min(years.upperBound, first + layout.visibleYears - 1)
            }
        }

        /// The first column of `year` (on screen or not).
        func column(_ year: Int) -> Int { x + (year - (visible?.lowerBound ?? 0)) * yearWidth }
    }

    private static func drawSummary(_ state: State, _ screen: TimelineState, layout: TimelineLayout, into buffer: inout Buffer) {
        let theme = state.display.theme
        let glyphs = state.display.glyphs
        let row = Rect(x: layout.inner.x, y: layout.summaryRow, width: layout.inner.width, height: 1)
        guard let year = screen.timeline.year(screen.year) else {
            let count = screen.timeline.undated.count
            buffer.write(glyphs.adapt("No programme here states a year: the \(count) below are undated."),
                         column: row.x, row: row.y, style: theme.dim, clip: row)
            return
        }
        var text = "\(year.year): \(year.running) running, "
        if let amount = year.budget.amount, amount > 0 || !year.budget.programmes.isEmpty {
            text += EuroAmount.format(amount, symbol: glyphs.euro)
            if year.budget.withoutFigure > 0 { text += " (\(year.budget.withoutFigure) without a figure)" }
        } else {
            text += year.running > 0 ? "budget ?" : "no budget"
        }
        let markers = screen.timeline.markers(in: year.year).count
        if markers > 0 { text += "  \(glyphs.separator)  \(markers) milestone\(markers == 1 ? "" : "s")" }
        buffer.write(DisplayWidth.truncate(glyphs.adapt(text), to: row.width, ellipsis: glyphs.ellipsis),
                     column: row.x, row: row.y, style: theme.heading, clip: row)
    }

    private static func drawAxis(
        _ state: State, _ screen: TimelineState, axis: Axis, layout: TimelineLayout, into buffer: inout Buffer
    ) {
        let theme = state.display.theme
        let marks = TimelineGlyphs(state.display.glyphs)
        let row = layout.axisRow
        let nameWidth = layout.labelWidth - TimelineLayout.governmentWidth - 1
        buffer.write("Programme", column: layout.inner.x, row: row, style: theme.dim, clip: layout.inner)
        buffer.write("Gov", column: layout.inner.x + nameWidth, row: row, style: theme.dim, clip: layout.inner)
        guard let years = axis.years, let visible = axis.visible else { return }
        let clip = Rect(x: layout.axis.x, y: row, width: layout.axis.width, height: 1)
        let cursor = visible.contains(screen.year) ? axis.column(screen.year) : nil
        // Labels 4 columns wide with a space after: every year, or every second, third, ...
        let every = max(1, (5 + axis.yearWidth - 1) / axis.yearWidth)
        for year in visible where (year - years.lowerBound) % every == 0 {
            let x = axis.column(year)
            if let cursor, x < cursor + 5, x + 5 > cursor { continue }
            if x + 4 <= clip.maxX { buffer.write("\(year)", column: x, row: row, style: theme.dim, clip: clip) }
        }
        if let cursor { buffer.write("\(screen.year)", column: cursor, row: row, style: theme.selected, clip: clip) }
        if visible.lowerBound > years.lowerBound {
            buffer.write(marks.moreLeft, column: clip.x - 1, row: row, style: theme.dim, clip: layout.inner)
        }
        if visible.upperBound < years.upperBound {
            let end = axis.column(visible.upperBound) + axis.yearWidth
            buffer.write(marks.moreRight, column: min(end, clip.maxX - 1), row: row, style: theme.dim, clip: clip)
        }
    }

    private static func drawLines(
        _ state: State, _ screen: TimelineState, axis: Axis, layout: TimelineLayout, into buffer: inout Buffer
    ) {
        let theme = state.display.theme
        let glyphs = state.display.glyphs
        let timeline = screen.timeline
        let first = layout.lineOffset(screen)
        let selectedLine = screen.line(of: screen.selected)
        let nameWidth = layout.labelWidth - TimelineLayout.governmentWidth - 1
        var datedLines: [Int] = []
        for line in first..<min(screen.lineCount, first + layout.list.height) {
            let y = layout.list.y + line - first
            let programme: Programme
            if line < timeline.rows.count {
                programme = timeline.rows[line].programme
                drawBar(state, timeline.rows[line], row: y, axis: axis, into: &buffer)
                datedLines.append(y)
            } else if line == timeline.rows.count {
                let count = timeline.undated.count
                let heading = "No years stated: \(count) programme\(count == 1 ? "" : "s")"
                buffer.write(heading, column: layout.inner.x, row: y, style: theme.heading, clip: layout.list)
                continue
            } else {
                programme = timeline.undated[line - timeline.rows.count - 1]
            }
            let selected = line == selectedLine
            let label = Rect(x: layout.inner.x, y: y, width: layout.labelWidth - 1, height: 1)
            if selected { buffer.fill(label, style: theme.selected) }
            let name = DisplayWidth.truncate(glyphs.adapt(programme.name), to: nameWidth - 1, ellipsis: glyphs.ellipsis)
            buffer.write(name, column: label.x, row: y, style: selected ? theme.selected : .plain, clip: label)
            buffer.write(programme.government, column: label.x + nameWidth, row: y,
                         style: selected ? theme.selected : theme.dim, clip: label)
        }
        // The cursor year's column: a guide through the rows' blank cells, the bars in bold.
        guard let visible = axis.visible, visible.contains(screen.year) else { return }
        let x = axis.column(screen.year)
        let guide = TimelineGlyphs(glyphs).guide
        for y in datedLines {
            if buffer[x, y].text == " " { buffer.write(guide, column: x, row: y, style: theme.dim, clip: layout.axis) }
            buffer.restyle(Rect(x: x, y: y, width: axis.yearWidth, height: 1).intersection(layout.axis)) { $0.bold = true }
        }
    }

    /// A row's bar over the visible years, its open ends and its milestones.
    private static func drawBar(_ state: State, _ row: Timeline.Row, row y: Int, axis: Axis, into buffer: inout Buffer) {
        let theme = state.display.theme
        let marks = TimelineGlyphs(state.display.glyphs)
        guard let years = axis.years, let visible = axis.visible else { return }
        let clip = Rect(x: axis.x, y: y, width: visible.count * axis.yearWidth, height: 1)
        if row.hasYears {
            let from = max(row.start ?? years.lowerBound, visible.lowerBound)
            let to = min(row.end ?? years.upperBound, visible.upperBound)
            let tentative = [.planned, .proposed].contains(row.programme.status)
            if from <= to {
                buffer.repeatGlyph(tentative ? marks.planned : marks.bar, count: (to - from + 1) * axis.yearWidth,
                                   column: axis.column(from), row: y, style: tentative ? theme.dim : theme.bar, clip: clip)
            }
            if row.isOpenEnded, to == years.upperBound, from <= to {
                buffer.write(marks.openEnd, column: axis.column(to) + axis.yearWidth - 1, row: y,
                             style: tentative ? theme.dim : theme.bar, clip: clip)
            }
            if row.isOpenStart, from == years.lowerBound, from <= to {
                buffer.write(marks.openStart, column: axis.column(from), row: y, style: theme.bar, clip: clip)
            }
        }
        for milestone in row.milestones {
            guard let year = milestone.year, visible.contains(year) else { continue }
            let within = milestone.month.map { min(axis.yearWidth - 1, ($0 - 1) * axis.yearWidth / 12) } ?? 0
            buffer.write(marks.marker, column: axis.column(year) + within, row: y, style: theme.warning, clip: clip)
        }
    }

    /// The years' running counts and budgets around the cursor, and the cursor year's milestones.
    private static func drawYears(
        _ state: State, _ screen: TimelineState, axis: Axis, layout: TimelineLayout, into buffer: inout Buffer
    ) {
        let theme = state.display.theme
        let glyphs = state.display.glyphs
        let timeline = screen.timeline
        let area = layout.bottom
        buffer.repeatGlyph(glyphs.horizontal, count: area.width, column: area.x, row: area.y - 1, style: theme.border,
                           clip: layout.inner)
        let groups: [(name: String, years: [Timeline.Year])] = timeline.groups.isEmpty
            ? [("", timeline.perYear)]
            : timeline.groups.map { (GovernmentComparison.name(of: $0.government, in: state.dataset), $0.years) }
        let columnWidth = 17
        let tableWidth = min(area.width, 6 + groups.count * columnWidth)
        let table = Rect(x: area.x, y: area.y, width: tableWidth, height: area.height)
        let header = timeline.groups.isEmpty ? "Year  Running  Budget"
            : "Year  " + groups.map { DisplayWidth.truncate(glyphs.adapt($0.name), to: columnWidth - 2, ellipsis: glyphs.ellipsis)
                .padding(toWidth: columnWidth) }.joined()
        buffer.write(header, column: table.x, row: table.y, style: theme.dim, clip: table)
        let rows = table.height - 1
        let first = ListView.visibleOffset(selected: screen.yearIndex, offset: axis.firstShown, height: rows,
                                           count: timeline.perYear.count)
        for (offset, index) in (first..<min(timeline.perYear.count, first + rows)).enumerated() {
            let y = table.y + 1 + offset
            let year = timeline.perYear[index]
            var text = "\(year.year)  "
            for group in groups {
                let entry = group.years[index]
                let budget = entry.budgetLabel(euro: glyphs.euro)
                text += timeline.groups.isEmpty
                    ? String(repeating: " ", count: max(0, 7 - "\(entry.running)".count)) + "\(entry.running)  \(budget)"
                    : ("\(entry.running)".padding(toWidth: 4) + budget).padding(toWidth: columnWidth)
            }
            let selected = year.year == screen.year
            if selected { buffer.fill(Rect(x: table.x, y: y, width: table.width, height: 1), style: theme.selected) }
            buffer.write(text, column: table.x, row: y, style: selected ? theme.selected : .plain, clip: table)
        }
        let notes = Rect(x: table.maxX + 2, y: area.y, width: area.maxX - table.maxX - 2, height: area.height)
        if notes.width >= 16 { drawMilestones(state, screen, in: notes, into: &buffer) }
    }

    private static func drawMilestones(_ state: State, _ screen: TimelineState, in rect: Rect, into buffer: inout Buffer) {
        let theme = state.display.theme
        let glyphs = state.display.glyphs
        let marks = TimelineGlyphs(glyphs)
        let markers = screen.timeline.markers(in: screen.year)
        guard screen.timeline.years != nil else { return }
        if markers.isEmpty {
            buffer.write("No milestone in \(screen.year).", column: rect.x, row: rect.y, style: theme.dim, clip: rect)
            return
        }
        buffer.write("Milestones in \(screen.year)", column: rect.x, row: rect.y, style: theme.heading, clip: rect)
        let room = rect.height - 1
        let shown = markers.count > room ? max(0, room - 1) : markers.count
        for (offset, marker) in markers.prefix(shown).enumerated() {
            let name = screen.timeline.rows[marker.row].programme.name
            let text = "\(marks.marker) \(marker.milestone.date) \(marker.milestone.event): \(glyphs.adapt(name))"
            buffer.write(DisplayWidth.truncate(text, to: rect.width, ellipsis: glyphs.ellipsis), column: rect.x,
                         row: rect.y + 1 + offset, clip: rect)
        }
        if shown < markers.count {
            buffer.write("+\(markers.count - shown) more", column: rect.x, row: rect.y + 1 + shown, style: theme.dim, clip: rect)
        }
    }
}

/// The timeline's own marks, in Unicode or ASCII like the rest of the display.
struct TimelineGlyphs {
    let bar: String
    /// The bar of a planned or proposed programme.
    let planned: String
    /// At the end of a bar that runs on past the axis; at the start of one that ran since before.
    let openEnd: String
    let openStart: String
    let marker: String
    /// The cursor year's column through blank cells.
    let guide: String
    /// Years off the axis to the left or right.
    let moreLeft: String
    let moreRight: String

    init(_ glyphs: Glyphs) {
        if glyphs == .ascii {
            (bar, planned, openEnd, openStart, marker, guide, moreLeft, moreRight) = ("=", "-", ">", "<", "*", ":", "<", ">")
        } else {
            (bar, planned, openEnd, openStart, marker, guide, moreLeft, moreRight) = ("━", "╌", "→", "←", "◆", "┊", "◂", "▸")
        }
    }
}
