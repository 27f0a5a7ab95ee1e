import BeaiDomain
import BeaiTUI

/// The evidence screen: the header that stays, a rule, and the document scrolled to the passage.
enum EvidenceView {
    static let footerKeys = [("Esc", "back"), ("↑↓", "scroll"), ("n/N", "passages"), ("y", "copy citation"),
                             ("PgUp/PgDn", "page"), ("g/G", "top/end"), ("?", "help"), ("q", "quit")]

    static func draw(_ state: State, _ screen: EvidenceState, in rect: Rect, into buffer: inout Buffer) {
        let theme = state.display.theme
        let glyphs = state.display.glyphs
        let inner = Pane(title: "Evidence", focused: true, glyphs: glyphs, borderStyle: theme.focusedBorder,
                         titleStyle: theme.title).render(in: rect, into: &buffer)
        // Laid out again only when the screen came back to the top after a resize.
        let layout = screen.layout.width == inner.width
            ? screen.layout : EvidenceLayout(state: state, fact: screen.fact, shown: screen.shown, width: inner.width)
        var row = inner.y
        for line in layout.header where row < inner.maxY {
            buffer.write(line, column: inner.x, row: row, clip: inner)
            row += 1
        }
        guard row < inner.maxY else { return }
        buffer.write(String(repeating: glyphs.horizontal, count: inner.width), column: inner.x, row: row,
                     style: theme.border, clip: inner)
        row += 1
        let rows = inner.maxY - row
        let top = layout.width == screen.layout.width ? screen.top : layout.opening(rows: rows)
        for (index, line) in layout.visible(from: top, rows: rows).enumerated() {
            buffer.write(line, column: inner.x, row: row + index, clip: inner)
        }
        if let count = layout.text?.paragraphs.count, count > 0 {
            let first = (top.block..<layout.blockCount).lazy.compactMap { layout.paragraph(ofBlock: $0) }.first?.number ?? count
            let more = "¶ \(first)/\(count)"
            buffer.write(" \(glyphs.adapt(more)) ", column: rect.maxX - DisplayWidth.of(glyphs.adapt(more)) - 4, row: rect.maxY - 1,
                         style: theme.dim, clip: rect)
        }
    }
}
