/// A bordered pane with a title; returns the inner rectangle to draw the content in.
public struct Pane {
    public var title: String
    public var focused: Bool
    public var glyphs: Glyphs
    public var borderStyle: Style
    public var titleStyle: Style

    public init(title: String, focused: Bool, glyphs: Glyphs, borderStyle: Style = .plain, titleStyle: Style = .plain) {
        self.title = title
        self.focused = focused
        self.glyphs = glyphs
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
    }

    @discardableResult
    public func render(in rect: Rect, into buffer: inout Buffer) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        buffer.fill(rect)
        let g = glyphs
        for (row, left, right) in [(rect.y, g.topLeft, g.topRight), (rect.maxY - 1, g.bottomLeft, g.bottomRight)] {
            buffer.repeatGlyph(left, count: 1, column: rect.x, row: row, style: borderStyle, clip: rect)
            buffer.repeatGlyph(g.horizontal, count: rect.width - 2, column: rect.x + 1, row: row, style: borderStyle, clip: rect)
            buffer.repeatGlyph(right, count: 1, column: rect.maxX - 1, row: row, style: borderStyle, clip: rect)
        }
        for row in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.repeatGlyph(g.vertical, count: 1, column: rect.x, row: row, style: borderStyle, clip: rect)
            buffer.repeatGlyph(g.vertical, count: 1, column: rect.maxX - 1, row: row, style: borderStyle, clip: rect)
        }
        if !title.isEmpty, rect.width > 6 {
            let text = " " + DisplayWidth.truncate(title, to: rect.width - 6, ellipsis: g.ellipsis) + " "
            buffer.write(text, column: rect.x + 2, row: rect.y, style: titleStyle, clip: rect)
        }
        return rect.inset(by: 1)
    }
}

/// A vertical list of styled rows with one selected row, scrolled to keep it visible.
public struct ListView {
    public var rows: [Line]
    public var selected: Int?
    /// The first visible row; adjusted by `visibleOffset` to keep the selection in view.
    public var offset: Int
    public var selectedStyle: Style

    public init(rows: [Line], selected: Int?, offset: Int, selectedStyle: Style) {
        self.rows = rows
        self.selected = selected
        self.offset = offset
        self.selectedStyle = selectedStyle
    }

    /// The offset that shows `selected` in `height` rows, moving as little as possible from `offset`.
    public static func visibleOffset(selected: Int?, offset: Int, height: Int, count: Int) -> Int {
        guard height > 0 else { return 0 }
        var result = min(max(0, offset), max(0, count - height))
        if let selected {
            if selected < result { result = selected }
            if selected >= result + height { result = selected - height + 1 }
        }
        return max(0, result)
    }

    public func render(in rect: Rect, into buffer: inout Buffer) {
        let start = Self.visibleOffset(selected: selected, offset: offset, height: rect.height, count: rows.count)
        for (line, index) in (start..<min(rows.count, start + rect.height)).enumerated() {
            let row = rect.y + line
            if index == selected {
                buffer.fill(Rect(x: rect.x, y: row, width: rect.width, height: 1), style: selectedStyle)
                let highlighted = rows[index].map { span in
                    var style = span.style
                    style.reverse = selectedStyle.reverse
                    style.bold = style.bold || selectedStyle.bold
                    if selectedStyle.background != nil { style.background = selectedStyle.background }
                    return Span(span.text, style)
                }
                buffer.write(highlighted, column: rect.x, row: row, clip: rect)
            } else {
                buffer.write(rows[index], column: rect.x, row: row, clip: rect)
            }
        }
    }
}

/// Styled lines wrapped to a width and shown from a scroll offset.
public struct Paragraph {
    public var lines: [Line]
    public var offset: Int

    public init(lines: [Line], offset: Int = 0) {
        self.lines = lines
        self.offset = offset
    }

    /// The lines wrapped to `width`.
    public static func wrapped(_ lines: [Line], width: Int) -> [Line] {
        lines.flatMap { $0.isEmpty || $0.plainText.isEmpty ? [[]] : SpanWrap.wrap($0, width: width) }
    }

    public func render(in rect: Rect, into buffer: inout Buffer) {
        let wrapped = Self.wrapped(lines, width: rect.width)
        let start = min(max(0, offset), max(0, wrapped.count - 1))
        for (line, index) in (start..<min(wrapped.count, start + rect.height)).enumerated() {
            buffer.write(wrapped[index], column: rect.x, row: rect.y + line, clip: rect)
        }
    }
}

/// Columns of text with a header row; column widths shrink to fit, text is clipped with an ellipsis.
public struct Table {
    public var header: [String]
    public var rows: [[Line]]
    public var headerStyle: Style
    public var glyphs: Glyphs

    public init(header: [String], rows: [[Line]], headerStyle: Style, glyphs: Glyphs) {
        self.header = header
        self.rows = rows
        self.headerStyle = headerStyle
        self.glyphs = glyphs
    }

    /// Widths that fit `total` columns with one space between columns: each column gets its
    /// natural width while room lasts, the last ones shrink first.
    public func columnWidths(total: Int) -> [Int] {
        let natural = header.indices.map { column in
            max(DisplayWidth.of(header[column]), rows.map { $0.indices.contains(column) ? $0[column].displayWidth : 0 }.max() ?? 0)
        }
        var remaining = total - max(0, natural.count - 1)
        return natural.map { width in
            let given = max(0, min(width, remaining))
            remaining -= given
            return given
        }
    }

    public func render(in rect: Rect, into buffer: inout Buffer) {
        let widths = columnWidths(total: rect.width)
        func draw(_ cells: [Line], row: Int) {
            var x = rect.x
            for (column, width) in widths.enumerated() where width > 0 {
                let cell = column < cells.count ? cells[column] : []
                let clip = Rect(x: x, y: row, width: width, height: 1).intersection(rect)
                if cell.displayWidth > width {
                    buffer.write(DisplayWidth.truncate(cell.plainText, to: width, ellipsis: glyphs.ellipsis),
                                 column: x, row: row, style: cell.first?.style ?? .plain, clip: clip)
                } else {
                    buffer.write(cell, column: x, row: row, clip: clip)
                }
                x += width + 1
            }
        }
        guard rect.height > 0 else { return }
        draw(header.map { [Span($0, headerStyle)] }, row: rect.y)
        for (index, cells) in rows.prefix(rect.height - 1).enumerated() { draw(cells, row: rect.y + 1 + index) }
    }
}

/// Horizontal bars with labels and values, scaled to the largest value.
public struct BarChart {
    public struct Bar {
        public var label: String
        public var value: Double
        public var valueText: String

        public init(label: String, value: Double, valueText: String) {
            self.label = label
            self.value = value
            self.valueText = valueText
        }
    }

    public var bars: [Bar]
    public var barStyle: Style
    public var glyphs: Glyphs
    /// The value a full-width bar stands for; the largest value when nil.
    public var scale: Double?

    public init(bars: [Bar], barStyle: Style, glyphs: Glyphs, scale: Double? = nil) {
        self.bars = bars
        self.barStyle = barStyle
        self.glyphs = glyphs
        self.scale = scale
    }

    /// The bar for `value` in `width` columns out of `scale`: whole blocks and a half block.
    public static func bar(_ value: Double, scale: Double, width: Int, glyphs: Glyphs) -> String {
        guard scale > 0, value > 0, width > 0 else { return "" }
        let halves = Int((min(value, scale) / scale * Double(width * 2)).rounded())
        let full = halves / 2
        var text = String(repeating: glyphs.bar, count: full)
        if halves % 2 == 1 { text += glyphs.halfBar }
        if text.isEmpty { text = glyphs.halfBar }
        return text
    }

    public func render(in rect: Rect, into buffer: inout Buffer) {
        let labelWidth = min(rect.width / 2, bars.map { DisplayWidth.of($0.label) }.max() ?? 0)
        let valueWidth = bars.map { DisplayWidth.of($0.valueText) }.max() ?? 0
        let barWidth = max(0, rect.width - labelWidth - valueWidth - 2)
        let top = scale ?? bars.map(\.value).max() ?? 0
        for (index, bar) in bars.prefix(rect.height).enumerated() {
            let row = rect.y + index
            buffer.write(DisplayWidth.truncate(bar.label, to: labelWidth, ellipsis: glyphs.ellipsis),
                         column: rect.x, row: row, clip: rect)
            let x = rect.x + labelWidth + 1
            let end = buffer.write(Self.bar(bar.value, scale: top, width: barWidth, glyphs: glyphs),
                                   column: x, row: row, style: barStyle, clip: rect)
            buffer.write(" " + bar.valueText, column: max(end, x), row: row, clip: rect)
        }
    }
}

/// The footer: the keys that work here, each as a key and what it does. Entries that do not fit
/// are left out, in order, so put the ones that matter most first.
public struct StatusBar {
    public var keys: [(key: String, action: String)]
    public var keyStyle: Style
    public var style: Style

    public init(keys: [(key: String, action: String)], keyStyle: Style, style: Style) {
        self.keys = keys
        self.keyStyle = keyStyle
        self.style = style
    }

    public func render(in rect: Rect, into buffer: inout Buffer) {
        buffer.fill(rect, style: style)
        var x = rect.x
        for (key, action) in keys {
            let width = DisplayWidth.of(key) + DisplayWidth.of(action) + 2
            // An entry that does not fit is left out; a shorter one after it may still fit.
            if x + width > rect.maxX { continue }
            x = buffer.write(key, column: x, row: rect.y, style: keyStyle, clip: rect)
            x = buffer.write(" " + action + " ", column: x, row: rect.y, style: style, clip: rect)
        }
    }
}
