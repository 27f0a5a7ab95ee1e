import BeaiTUI

extension LineEditor {
    /// Draws `prompt` and the line on `row` of `rect`, scrolled so that the cursor (shown
    /// reversed) stays in view.
    func draw(prompt: String, promptStyle: Style, glyphs: Glyphs, row: Int, in rect: Rect, into buffer: inout Buffer) {
        let room = max(1, rect.width - DisplayWidth.of(prompt) - 1)
        let characters = Array(text)
        let cursor = min(self.cursor, characters.count)
        // Scroll the line so that the cursor stays visible: walk left from the cursor.
        var start = cursor
        var used = 0
        while start > 0, used + DisplayWidth.of(glyphs.adapt(String(characters[start - 1]))) < room {
            start -= 1
            used += DisplayWidth.of(glyphs.adapt(String(characters[start])))
        }
        let visible = String(characters[start..<min(characters.count, start + room + 1)])
        let x = buffer.write(prompt, column: rect.x, row: row, style: promptStyle, clip: rect)
        buffer.write(glyphs.adapt(visible), column: x, row: row, clip: rect)
        let cursorColumn = rect.x + DisplayWidth.of(prompt) + used
        if cursorColumn < rect.maxX {
            buffer.restyle(Rect(x: cursorColumn, y: row, width: 1, height: 1)) { $0.reverse = true }
        }
    }
}
