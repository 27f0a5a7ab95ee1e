import BeaiTUI

/// The `?` overlay: every key of the explorer.
enum HelpOverlay {
    static let footerKeys = [("Esc", "close"), ("?", "close"), ("q", "quit")]

    /// Keys and what they do, in the order the overlay lists them.
    static let keys: [(key: String, action: String)] = [
        ("↑ ↓  k j", "move the selection (in the detail pane: links, or scroll)"),
        ("← →  h l", "collapse / expand, or go to the parent / the detail"),
        ("Enter", "expand or collapse; open a programme; follow a link"),
        ("Space", "expand or collapse; mark a programme for comparison"),
        ("PgUp PgDn", "move or scroll by a page"),
        ("Home End  g G", "first / last"),
        ("Tab  Shift-Tab", "switch between the tree and the detail pane"),
        ("Esc", "back to the screen before: close this help, cancel a search, leave"),
        ("", "a comparison, return from a programme to the screen it was opened from"),
        ("[  Backspace", "back to the place visited before (a link, result, cell, click)"),
        ("]", "forward again"),
        ("b", "bookmark the selected programme, or remove its bookmark (\u{2605} in the tree)"),
        ("B", "bookmarks: Enter goes there, d removes one, Esc closes"),
        ("/", "search as you type (Enter goes to the result, Esc cancels)"),
        ("n N", "next / previous result of the last search"),
        ("c", "compare governments: arrows move, Enter lists a cell, s swaps,"),
        ("", "t third, d only differing, p picks (unions too), < > budget year"),
        ("m", "compare the two programmes marked with Space, field by field"),
        ("in search", "← → Home End ^A ^E edit, ^W word, ^U line, Tab completes"),
        ("", "↑ ↓ results; ^P ^N (↑ when empty) earlier queries"),
        ("mouse", "click selects or follows a link; the wheel scrolls"),
        ("?", "show or hide this help"),
        ("q  Ctrl-C", "quit"),
    ]

    static func draw(_ state: State, into buffer: inout Buffer) {
        let theme = state.display.theme
        let glyphs = state.display.glyphs
        let keyWidth = keys.map { DisplayWidth.of(glyphs.adapt($0.key)) }.max() ?? 0
        let rect = buffer.area.centred(width: min(buffer.width - 4, 78), height: keys.count + 4)
        let inner = Pane(title: "Keys", focused: true, glyphs: glyphs, borderStyle: theme.focusedBorder,
                         titleStyle: theme.title).render(in: rect, into: &buffer)
        for (index, entry) in keys.enumerated() where index < inner.height {
            let key = glyphs.adapt(entry.key)
            let padded = key + String(repeating: " ", count: keyWidth - DisplayWidth.of(key) + 2)
            buffer.write([Span(padded, theme.heading), Span(entry.action)], column: inner.x + 1, row: inner.y + index, clip: inner)
        }
        buffer.write("Press ? or Esc to close", column: inner.x + 1, row: inner.maxY - 1, style: theme.dim, clip: inner)
    }
}
