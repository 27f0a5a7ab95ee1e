import BeaiDomain
import BeaiTUI

/// A place in the evidence screen's blocks: the block at the top of the screen, and its first
/// line shown.
struct EvidencePosition: Comparable, Sendable {
    var block: Int
    var line: Int

    static func < (left: EvidencePosition, right: EvidencePosition) -> Bool {
        (left.block, left.line) < (right.block, right.line)
    }
}

/// The evidence screen's text for a width: a header that stays (document, date, section path,
/// what is cited), then blocks that scroll: a notice when the paragraph cannot be shown, and the
/// document's paragraphs, numbered in a gutter, the shown one marked and its cited text
/// highlighted. A block is wrapped only when it comes on screen, so that opening the screen costs
/// the same for a long document as for a short one.
struct EvidenceLayout: Sendable {
    let width: Int
    let header: [Line]
    /// What the screen says above the document, or instead of it when it is not there.
    private let notice: [Line]
    /// The document, nil when it is not on this machine.
    let text: SourceText?
    private let shown: Int?
    private let marks: [Range<Int>]
    private let theme: Theme
    private let glyphs: Glyphs

    /// Columns of the paragraph numbers and the mark before the text.
    static let gutter = 7

    init(state: State, fact: CitedFact, shown: EvidenceState.Shown, width: Int) {
        let width = max(Self.gutter + 8, width)
        self.width = width
        let theme = state.display.theme
        let glyphs = state.display.glyphs
        self.theme = theme
        self.glyphs = glyphs
        let dataset = state.dataset
        func wrapped(_ line: Line) -> [Line] {
            SpanWrap.wrap(line.map { Span(glyphs.adapt($0.text), $0.style) }, width: width)
        }
        let name = dataset.programme(fact.programme)?.name ?? fact.programme
        var header: [Line] = []
        let document = shown.document
        header += wrapped([Span(document?.title ?? "an unknown document", theme.title)])
        let details = [document?.publisher, document?.date.map { "dated \($0)" } ?? "undated"].compactMap { $0 }
        header += wrapped([Span(details.joined(separator: " \(glyphs.separator) "), theme.dim)])
        let place: (path: [String], number: Int?)
        switch shown {
        case let .cited(evidence):
            place = (evidence.paragraph == nil ? [evidence.citation.section] : evidence.sectionPath, evidence.citation.paragraph)
        case let .passage(passage, _, _):
            place = (passage.paragraph.headingPath.map(\.text), passage.paragraph.number)
        }
        let locator = (place.path.isEmpty ? "" : "§ " + place.path.joined(separator: " \(glyphs.breadcrumb) ") + "  ")
            + (place.number.map { "¶ \($0)" } ?? "no paragraph given")
        header += wrapped([Span(locator, theme.heading)])
        switch shown {
        case .cited:
            if let figure = fact.figure(in: dataset) {
                header += wrapped([Span("Figure of \(name): ", theme.dim), Span("\(figure.label) ", theme.dim),
                                   Span("\u{201C}\(figure.text)\u{201D}", theme.highlight)])
            } else {
                header += wrapped([Span("A place that mentions ", theme.dim), Span(name, theme.highlight)])
            }
        case let .passage(_, number, count):
            header += wrapped([Span("Passage \(number) of \(count) that names ", theme.dim), Span(name, theme.highlight),
                               Span(" (n next, N previous)", theme.dim)])
        }
        self.header = header
        text = Self.text(of: shown, state: state)
        self.shown = shown.paragraph?.number
        marks = shown.marks
        if text == nil {
            notice = Self.missing(shown, state: state, wrapped: wrapped) + [[]]
        } else if case let .cited(evidence) = shown, let problem = evidence.problem {
            notice = wrapped([Span(problem, theme.warning)]) + [[]]
        } else {
            notice = []
        }
    }

    /// The blocks that scroll: the notice, if any, then every paragraph.
    var blockCount: Int { (notice.isEmpty ? 0 : 1) + (text?.paragraphs.count ?? 0) }

    /// The block holding the shown paragraph.
    var shownBlock: Int? { shown.map { $0 - 1 + (notice.isEmpty ? 0 : 1) } }

    /// The paragraph a block is, nil for the notice.
    func paragraph(ofBlock block: Int) -> SourceText.Paragraph? {
        text?.paragraph(block + 1 - (notice.isEmpty ? 0 : 1))
    }

    /// A block's lines, wrapped, with the blank line that follows it.
    func lines(ofBlock block: Int) -> [Line] {
        guard let paragraph = paragraph(ofBlock: block) else { return block == 0 ? notice : [] }
        let isShown = paragraph.number == shown
        let style = paragraph.isHeading ? theme.heading : isShown ? Style.plain : theme.dim
        // Only the shown paragraph has marks; the others wrap as plain text.
        let pieces = isShown
            ? SpanWrap.wrap(Self.spans(paragraph.text, marks: marks, style: style, mark: theme.highlight)
                .map { Span(glyphs.adapt($0.text), $0.style) }, width: width - Self.gutter)
            : DisplayWidth.wrap(glyphs.adapt(paragraph.text), width: width - Self.gutter).map { [Span($0, style)] }
        return pieces.enumerated().map { index, piece in
            let number = index == 0 ? String(paragraph.number) : ""
            let gutter = String(repeating: " ", count: max(0, Self.gutter - 3 - number.count)) + number + " "
                + (isShown ? glyphs.halfBar : " ") + " "
            return [Span(gutter, isShown ? theme.highlight : theme.dim)] + piece
        } + [[]]
    }

    /// `position` moved by `lines` (down when positive), kept between the top and the last
    /// position that still fills `rows`.
    func moved(_ position: EvidencePosition, by lines: Int, rows: Int) -> EvidencePosition {
        var position = position
        var remaining = lines
        let end = last(rows: rows)
        while remaining > 0, position < end {
            let count = self.lines(ofBlock: position.block).count
            if position.line + 1 < count {
                position.line += 1
            } else {
                position = EvidencePosition(block: position.block + 1, line: 0)
            }
            remaining -= 1
        }
        while remaining < 0, position > EvidencePosition(block: 0, line: 0) {
            if position.line > 0 {
                position.line -= 1
            } else {
                position = EvidencePosition(block: position.block - 1, line: max(0, self.lines(ofBlock: position.block - 1).count - 1))
            }
            remaining += 1
        }
        return min(position, end)
    }

    /// The last top position: the one from which the end of the document just fills `rows`.
    func last(rows: Int) -> EvidencePosition {
        var needed = rows
        var block = blockCount - 1
        while block >= 0 {
            let count = lines(ofBlock: block).count
            if count >= needed { return EvidencePosition(block: block, line: count - needed) }
            needed -= count
            block -= 1
        }
        return EvidencePosition(block: 0, line: 0)
    }

    /// The top position that shows the shown paragraph with two paragraphs of context above it.
    func opening(rows: Int) -> EvidencePosition {
        min(EvidencePosition(block: max(0, (shownBlock ?? 0) - 2), line: 0), last(rows: rows))
    }

    /// The lines on screen from `position`: at most `rows`.
    func visible(from position: EvidencePosition, rows: Int) -> [Line] {
        var lines: [Line] = []
        var block = position.block
        var skip = position.line
        while lines.count < rows, block < blockCount {
            lines += self.lines(ofBlock: block).dropFirst(skip).prefix(rows - lines.count)
            skip = 0
            block += 1
        }
        return lines
    }

    /// The document's text, read on first use; nil when it is not on this machine.
    private static func text(of shown: EvidenceState.Shown, state: State) -> SourceText? {
        switch shown {
        case let .cited(evidence): return evidence.text
        case let .passage(passage, _, _): return state.sources?.text(of: passage.document.id)
        }
    }

    /// What the screen says when the document's text is not there: the citation is above it;
    /// this is where beai looked and how to put the file there.
    private static func missing(_ shown: EvidenceState.Shown, state: State, wrapped: (Line) -> [Line]) -> [Line] {
        let theme = state.display.theme
        guard case let .cited(evidence) = shown, evidence.document != nil else {
            return wrapped([Span(shownProblem(shown) ?? "The document is not in the data.", theme.warning)])
        }
        guard let location = state.sources?.location, let path = evidence.path else {
            return wrapped([Span("The text of this document is not on this machine, and beai has nowhere to look for it: "
                + "neither --sources, BEAI_SOURCES, XDG_DATA_HOME nor HOME is set.", theme.warning)])
        }
        return wrapped([Span("The text of this document is not on this machine. beai looked for it at", theme.warning)])
            + wrapped([Span(path, theme.heading)]).map { [Span("  ")] + $0 }
            + wrapped([Span("(\(location.reason)).")]) + [[]]
            + wrapped([Span("Put the four documents' text files in that directory, or start beai with --sources DIR "
                + "or BEAI_SOURCES; the README's \"Source documents\" says where to get them.")])
    }

    private static func shownProblem(_ shown: EvidenceState.Shown) -> String? {
        if case let .cited(evidence) = shown { return evidence.problem }
        return nil
    }

    /// `text` in `style`, with `marks` (character offsets) in `mark`.
    private static func spans(_ text: String, marks: [Range<Int>], style: Style, mark: Style) -> Line {
        let characters = Array(text)
        var line: Line = []
        var position = 0
        for range in marks where range.lowerBound >= position && range.upperBound <= characters.count {
            if range.lowerBound > position { line.append(Span(String(characters[position..<range.lowerBound]), style)) }
            line.append(Span(String(characters[range]), mark))
            position = range.upperBound
        }
        if position < characters.count { line.append(Span(String(characters[position...]), style)) }
        return line
    }
}
