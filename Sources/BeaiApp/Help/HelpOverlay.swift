import BeaiTUI

/// The `?` overlay: every key of the explorer, as bound, scrolling where the screen is short.
enum HelpOverlay {
    static let footerKeys = [("↑↓", "scroll"), ("Esc", "close"), ("?", "close"), ("q", "quit")]

    /// The overlay's rectangle and the rows of keys inside it, for a screen of this size.
    static func frame(width: Int, height: Int, lines: Int) -> (rect: Rect, rows: Int) {
        let rect = Rect(x: 0, y: 0, width: width, height: height).centred(width: min(width - 4, 78), height: min(height - 2, lines + 4))
        return (rect, max(1, rect.height - 4))
    }

    static func draw(_ state: State, _ help: HelpState, into buffer: inout Buffer) {
        let theme = state.display.theme
        let glyphs = state.display.glyphs
        let keys = KeyReference.lines(state.keymap)
        let keyWidth = keys.map { DisplayWidth.of(glyphs.adapt($0.key)) }.max() ?? 0
        let (rect, rows) = frame(width: buffer.width, height: buffer.height, lines: keys.count)
        let inner = Pane(title: "Keys", focused: true, glyphs: glyphs, borderStyle: theme.focusedBorder,
                         titleStyle: theme.title).render(in: rect, into: &buffer)
        let first = min(help.offset, max(0, keys.count - rows))
        for (row, entry) in keys.dropFirst(first).prefix(rows).enumerated() {
            let key = glyphs.adapt(entry.key)
            let padded = key + String(repeating: " ", count: max(0, keyWidth - DisplayWidth.of(key)) + 2)
            buffer.write([Span(padded, theme.heading), Span(glyphs.adapt(entry.action))], column: inner.x + 1,
                         row: inner.y + row, clip: inner)
        }
        let more = keys.count > rows ? " \u{00B7} \u{2191}\u{2193} scroll (\(first + 1)-\(min(keys.count, first + rows))/\(keys.count))" : ""
        buffer.write(glyphs.adapt("Press ? or Esc to close" + more), column: inner.x + 1, row: inner.maxY - 1,
                     style: theme.dim, clip: inner)
    }
}
