/// A screen's worth of cells. Widgets draw into it; a backend flushes it; tests compare it.
/// Nothing is ever written outside it, nor outside the clip rectangle a caller gives.
public struct Buffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(), count: self.width * self.height)
    }

    /// The whole buffer as a rectangle.
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(column: Int, row: Int) -> Cell {
        get { cells[row * width + column] }
        set { cells[row * width + column] = newValue }
    }

    /// Fills `rect` (clipped to the buffer) with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let clipped = rect.intersection(area)
        for row in clipped.y..<clipped.maxY {
            for column in clipped.x..<clipped.maxX { self[column, row] = .blank(style) }
        }
    }

    /// Applies `change` to the style of every cell in `rect`.
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let clipped = rect.intersection(area)
        for row in clipped.y..<clipped.maxY {
            for column in clipped.x..<clipped.maxX { change(&cells[row * width + column].style) }
        }
    }

    /// Writes `text` from (`column`, `row`) in `style`, stopping at the edge of `clip` (default: the
    /// buffer). Text is made terminal-safe first; a wide grapheme that does not fit is replaced by
    /// a space. Returns the column after the last one written.
    @discardableResult
    public mutating func write(_ text: String, column: Int, row: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let bounds = (clip ?? area).intersection(area)
        guard row >= bounds.y, row < bounds.maxY else { return column }
        var x = column
        // Printable ASCII, most of what is drawn: one byte, one cell, nothing to make safe.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            for byte in text.utf8 {
                guard x < bounds.maxX else { return bounds.maxX }
                if x >= bounds.x { setCell(x, row, Cell(text: Self.asciiText[Int(byte)], width: 1, style: style)) }
                x += 1
            }
            return x
        }
        for character in text.terminalSafe where character != "\n" {
            let columns = DisplayWidth.of(character)
            guard columns > 0 else {
                // A zero-width grapheme joins the cell before it.
                if x - 1 >= bounds.x, x - 1 < bounds.maxX {
                    let previous = cells[row * width + x - 1]
                    if !previous.isContinuation { self[x - 1, row].text.append(character) }
                }
                continue
            }
            if x + columns > bounds.maxX {
                if x < bounds.maxX, columns == 2 { setCell(x, row, Cell(text: " ", width: 1, style: style)) }
                return bounds.maxX
            }
            if x >= bounds.x {
                setCell(x, row, Cell(text: String(character), width: columns, style: style))
                if columns == 2 { setCell(x + 1, row, Cell(text: "", width: 0, style: style)) }
            }
            x += columns
        }
        return x
    }

    /// Writes styled spans one after another; returns the column after the last.
    @discardableResult
    public mutating func write(_ line: Line, column: Int, row: Int, clip: Rect? = nil) -> Int {
        var x = column
        for span in line { x = write(span.text, column: x, row: row, style: span.style, clip: clip) }
        return x
    }

    /// Writes `glyph` (one grapheme, such as a box-drawing line) `count` times from (`column`,
    /// `row`), clipped like `write`: borders without measuring every copy.
    public mutating func repeatGlyph(_ glyph: String, count: Int, column: Int, row: Int, style: Style = .plain, clip: Rect? = nil) {
        guard glyph.count == 1, DisplayWidth.of(glyph) == 1, glyph.terminalSafe == glyph else {
            write(String(repeating: glyph, count: max(0, count)), column: column, row: row, style: style, clip: clip)
            return
        }
        let bounds = (clip ?? area).intersection(area)
        guard row >= bounds.y, row < bounds.maxY else { return }
        let cell = Cell(text: glyph, width: 1, style: style)
        for x in max(column, bounds.x)..<max(max(column, bounds.x), min(column + count, bounds.maxX)) {
            setCell(x, row, cell)
        }
    }

    /// One-character strings for the ASCII bytes, made once.
    private static let asciiText: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    /// Sets a cell and repairs any wide grapheme it splits.
    private mutating func setCell(_ column: Int, _ row: Int, _ cell: Cell) {
        let index = row * width + column
        if cells[index].isContinuation, column > 0 { cells[index - 1] = .blank(cells[index - 1].style) }
        if cells[index].width == 2, column + 1 < width { cells[index + 1] = .blank(cells[index + 1].style) }
        cells[index] = cell
    }

    /// Each row as plain text, wide graphemes once, trailing spaces kept.
    public var lines: [String] {
        (0..<height).map { row in
            (0..<width).reduce(into: "") { text, column in text += self[column, row].text }
        }
    }

    /// The plain text of every row, trailing spaces removed, joined by newlines: for snapshots.
    public var text: String {
        lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    /// Rows of style codes beside the text, for snapshots that check styles: each style run is
    /// written as `[code]text`.
    public var styledText: String {
        (0..<height).map { row in
            var result = ""
            var current: Style?
            for column in 0..<width {
                let cell = self[column, row]
                if cell.isContinuation { continue }
                if cell.style != current {
                    result += "[\(cell.style.code)]"
                    current = cell.style
                }
                result += cell.text
            }
            return result
        }.joined(separator: "\n")
    }
}
