@testable import BeaiTUI
import Testing

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("é", 1), ("ë", 1), ("€", 1), ("–", 1), ("e\u{301}", 1), ("中", 2), ("😀", 2), ("👩‍💻", 2),
        ("❤️", 2), ("\u{301}", 0), ("\u{1b}", 0), ("a", 1),
    ])
    func widthPerGrapheme(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func scalarShortcutAgreesWithGraphemes() {
        // Every scalar of the ranges the shortcut takes, alone, after a letter, and before a
        // combining mark, a joiner or a variation selector (where it must give way).
        let ranges: [ClosedRange<UInt32>] = [0x00...0x02FF, 0x2000...0x2600]
        var mismatches: [String] = []
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                for text in ["\(scalar)", "a\(scalar)", "\(scalar)\u{301}", "\(scalar)\u{FE0F}", "\(scalar)\u{200D}\(scalar)"] {
                    let graphemes = text.reduce(0) { $0 + DisplayWidth.of($1) }
                    if DisplayWidth.of(text) != graphemes { mismatches.append(String(value, radix: 16) + " in " + text.debugDescription) }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test func truncateCountsColumnsNotCharacters() {
        #expect(DisplayWidth.truncate("Wallonië region", to: 8) == "Walloni…")
        #expect(DisplayWidth.truncate("中文中文", to: 5) == "中文…")
        #expect(DisplayWidth.truncate("short", to: 10) == "short")
        #expect(DisplayWidth.truncate("abc", to: 0) == "")
    }

    @Test func wrapBreaksAtSpacesAndCutsLongWords() {
        #expect(DisplayWidth.wrap("Tremplin AI funds proofs of concept", width: 12)
            == ["Tremplin AI", "funds proofs", "of concept"])
        #expect(DisplayWidth.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(DisplayWidth.wrap("中文中文中", width: 4) == ["中文", "中文", "中"])
    }

    @Test func spanWrapKeepsStyles() {
        let bold = Style(bold: true)
        let lines = SpanWrap.wrap([Span("one "), Span("two three", bold)], width: 7)
        #expect(lines.map(\.plainText) == ["one two", "three"])
        #expect(lines[1] == [Span("three", bold)])
    }

    /// A line that fits is built in one pass; it must be what wrapping word by word gives, for
    /// lines of every shape: spaces doubled, leading, trailing and between styles, empty spans,
    /// wide and accented characters.
    @Test func aLineThatFitsIsWhatWrappingWordByWordGives() {
        let styles = [Style.plain, Style(bold: true)]
        let pieces = ["", " ", "  ", "a", "ab ", " cd", "€35m", "Wallonië", "中文", "x  y", "  2021  ", "e\u{301}"]
        let spans = pieces.flatMap { piece in styles.map { Span(piece, $0) } }
        // Every line of up to three spans.
        var lines: [Line] = [[]]
        for length in 1...3 {
            lines += lines.filter { $0.count == length - 1 }.flatMap { line in spans.map { line + [$0] } }
        }
        var fitted = 0
        for line in lines {
            for width in [1, 4, 8, 30] {
                let words = SpanWrap.byWords(line, width: width)
                if let single = SpanWrap.oneLine(line, width: width) {
                    fitted += 1
                    #expect([single] == words, "\(line) at \(width)")
                }
                #expect(SpanWrap.wrap(line, width: width) == words)
            }
        }
        #expect(fitted > 10_000)
    }
}

@Suite struct BufferTests {
    @Test func writeClipsToTheRectangle() {
        var buffer = Buffer(width: 10, height: 2)
        let clip = Rect(x: 2, y: 0, width: 4, height: 1)
        let end = buffer.write("Flanders", column: 2, row: 0, clip: clip)
        #expect(end == 6)
        #expect(buffer.lines[0] == "  Flan    ")
        buffer.write("below", column: 0, row: 1, clip: clip)
        #expect(buffer.lines[1] == "          ")
    }

    @Test func wideGraphemesTakeTwoCellsAndNeverSpill() {
        var buffer = Buffer(width: 5, height: 1)
        buffer.write("ab中文", column: 0, row: 0)
        #expect(buffer.lines[0] == "ab中 ")
        #expect(buffer[3, 0].isContinuation)
        #expect(buffer[4, 0].text == " ")
    }

    @Test func overwritingHalfAWideGraphemeClearsTheOtherHalf() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.write("中中", column: 0, row: 0)
        buffer.write("x", column: 1, row: 0)
        #expect(buffer.lines[0] == " x中")
    }

    @Test func combiningMarksJoinTheirBase() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.write("e\u{301}x", column: 0, row: 0)
        #expect(buffer[0, 0].text == "e\u{301}")
        #expect(buffer[1, 0].text == "x")
    }

    @Test func controlCharactersAndEscapesAreHarmless() {
        #expect("red\u{1b}[31mtext\u{1b}[0m".terminalSafe == "redtext")
        #expect("a\tb\u{7}c\u{9b}d\u{202e}e".terminalSafe == "a bcde")
        var buffer = Buffer(width: 8, height: 1)
        buffer.write("x\u{1b}]0;title\u{7}y", column: 0, row: 0)
        #expect(buffer.lines[0] == "xy      ")
    }

    @Test func writesOutsideTheBufferAreIgnored() {
        var buffer = Buffer(width: 3, height: 1)
        buffer.write("abc", column: -2, row: 0)
        buffer.write("zzz", column: 0, row: 5)
        #expect(buffer.lines == ["c  "])
    }

    @Test func asciiGlyphsAdaptDataText() {
        #expect(Glyphs.ascii.adapt("€12m – Wallonië “AI”") == "EUR 12m - Wallonie \"AI\"")
        #expect(Glyphs.unicode.adapt("€12m") == "€12m")
        #expect(Glyphs.ascii.adapt("↑↓ move ←→ fold 80×24") == "^v move <> fold 80x24")
    }
}

@Suite struct WidgetTests {
    @Test func paneDrawsBorderAndTitle() {
        var buffer = Buffer(width: 12, height: 3)
        let inner = Pane(title: "Tree", focused: true, glyphs: .ascii).render(in: buffer.area, into: &buffer)
        #expect(inner == Rect(x: 1, y: 1, width: 10, height: 1))
        #expect(buffer.lines == ["+- Tree ---+", "|          |", "+----------+"])
    }

    @Test func unicodePaneBordersAndRepeatedGlyphsClip() {
        var buffer = Buffer(width: 8, height: 3)
        Pane(title: "", focused: false, glyphs: .unicode).render(in: Rect(x: 1, y: 0, width: 6, height: 3), into: &buffer)
        #expect(buffer.lines == [" ┌────┐ ", " │    │ ", " └────┘ "])
        var clipped = Buffer(width: 6, height: 1)
        clipped.repeatGlyph("═", count: 10, column: -2, row: 0, clip: Rect(x: 1, y: 0, width: 3, height: 1))
        #expect(clipped.lines == [" ═══  "])
        // A wide glyph is not a border glyph: it is written as text, two columns each.
        clipped.repeatGlyph("中", count: 2, column: 0, row: 0)
        #expect(clipped.lines == ["中中  "])
    }

    @Test func listKeepsTheSelectionVisible() {
        #expect(ListView.visibleOffset(selected: 9, offset: 0, height: 4, count: 10) == 6)
        #expect(ListView.visibleOffset(selected: 2, offset: 6, height: 4, count: 10) == 2)
        #expect(ListView.visibleOffset(selected: 5, offset: 3, height: 4, count: 10) == 3)
        var buffer = Buffer(width: 6, height: 2)
        let rows: [Line] = (0..<5).map { [Span("row \($0)")] }
        ListView(rows: rows, selected: 4, offset: 0, selectedStyle: Style(reverse: true))
            .render(in: buffer.area, into: &buffer)
        #expect(buffer.lines == ["row 3 ", "row 4 "])
        #expect(buffer[0, 1].style.reverse)
    }

    @Test func barsScaleToTheLargestValue() {
        #expect(BarChart.bar(10, scale: 10, width: 4, glyphs: .ascii) == "####")
        #expect(BarChart.bar(5, scale: 10, width: 4, glyphs: .unicode) == "██")
        #expect(BarChart.bar(1, scale: 100, width: 4, glyphs: .unicode) == "▌")
        #expect(BarChart.bar(0, scale: 10, width: 4, glyphs: .unicode) == "")
    }

    @Test func tableShrinksColumnsToFit() {
        let table = Table(header: ["ID", "NAME"], rows: [[[Span("a")], [Span("Long name here")]]],
                          headerStyle: .plain, glyphs: .ascii)
        var buffer = Buffer(width: 10, height: 2)
        table.render(in: buffer.area, into: &buffer)
        #expect(buffer.lines == ["ID NAME   ", "a  Long..."])
    }

    @Test func statusBarDropsKeysThatDoNotFit() {
        var buffer = Buffer(width: 14, height: 1)
        StatusBar(keys: [("q", "quit"), ("?", "help"), ("/", "search")], keyStyle: .plain, style: .plain)
            .render(in: buffer.area, into: &buffer)
        #expect(buffer.lines[0] == "q quit ? help ")
    }
}
