import BeaiTUI

/// The export prompt: a box over the screen below with what is exported, the file name being
/// edited, the formats, and a question or a problem when there is one.
enum ExportView {
    static func footerKeys(_ prompt: ExportState) -> [(String, String)] {
        if prompt.confirming != nil { return [("y", "replace it"), ("any key", "edit the name"), ("Esc", "cancel")] }
        return [("Enter", "write"), ("Esc", "cancel"), ("←→", "move"), ("^W/^U", "delete")]
    }

    static func draw(_ state: State, _ prompt: ExportState, into buffer: inout Buffer) {
        let theme = state.display.theme
        let glyphs = state.display.glyphs
        let rect = buffer.area.centred(width: min(buffer.width - 4, 76), height: 9)
        let inner = Pane(title: "Export " + prompt.subject, focused: true, glyphs: glyphs,
                         borderStyle: theme.focusedBorder, titleStyle: theme.title).render(in: rect, into: &buffer)
        guard inner.height >= 5, inner.width > 10 else { return }
        func line(_ text: String, _ style: Style, row: Int) {
            buffer.write(DisplayWidth.truncate(glyphs.adapt(text), to: inner.width - 2, ellipsis: glyphs.ellipsis),
                         column: inner.x + 1, row: inner.y + row, style: style, clip: inner)
        }
        let field = Rect(x: inner.x + 1, y: inner.y + 1, width: inner.width - 2, height: 1)
        prompt.editor.draw(prompt: "File: ", promptStyle: theme.heading, glyphs: glyphs, row: field.y, in: field, into: &buffer)
        line(".md a report with figures and citations \u{00B7} .csv as beai export \u{00B7} .json", theme.dim, row: 3)
        if let path = prompt.confirming {
            line("\(path) exists: y replaces it, another key edits the name.", theme.warning, row: 5)
        } else if let problem = prompt.problem {
            line(problem, theme.warning, row: 5)
        } else {
            line("Enter writes it (in the current directory by default); Esc cancels.", .plain, row: 5)
            if let hint = prompt.hint { line(hint, theme.dim, row: 6) }
        }
    }
}
