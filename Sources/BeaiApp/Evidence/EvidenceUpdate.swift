import BeaiDomain
import BeaiTUI

extension State {
    /// Opens the evidence screen on `fact`: its document is read now if it was not before (never
    /// at start-up), and the screen shows where beai looked when it is not there.
    public mutating func openEvidence(_ fact: CitedFact) {
        guard let citation = fact.citation(in: dataset), let programme = dataset.programme(fact.programme) else {
            message = "This figure has no citation."
            return
        }
        let figureText = fact.figure(in: dataset)?.text
        let evidence = sources?.evidence(for: citation, figureText: figureText, programme: programme)
            ?? Evidence(citation: citation, document: dataset.document(citation.document), path: nil, text: nil,
                        paragraph: nil, marks: [])
        var screen = EvidenceState(fact: fact, shown: .cited(evidence), layout: evidenceLayout(fact, .cited(evidence)))
        screen.top = screen.layout.opening(rows: evidenceRows(screen.layout))
        push(.evidence(screen))
    }

    /// Keys of the evidence screen.
    mutating func evidenceKey(_ key: Key, _ screen: EvidenceState) {
        var current = screen
        if current.layout.width != evidenceWidth { current.layout = evidenceLayout(current.fact, current.shown) }
        let rows = evidenceRows(current.layout)
        func scroll(_ lines: Int) { current.top = current.layout.moved(current.top, by: lines, rows: rows) }
        switch key {
        case .escape:
            pop()
            return
        case .up, .character("k"): scroll(-1)
        case .down, .character("j"): scroll(1)
        case .pageUp: scroll(-rows)
        case .pageDown, .character(" "): scroll(rows)
        case .home, .character("g"): current.top = EvidencePosition(block: 0, line: 0)
        case .end, .character("G"): current.top = current.layout.last(rows: rows)
        case .character("n"): movePassage(&current, by: 1)
        case .character("N"): movePassage(&current, by: -1)
        case .character("y"):
            if let reference = reference(of: current) { copyToClipboard(reference) }
        default:
            break
        }
        replaceTop(.evidence(current))
    }

    /// A wheel step over the evidence screen scrolls the document by three lines.
    mutating func evidenceScroll(up: Bool) {
        guard case var .evidence(screen)? = topScreen else { return }
        screen.top = screen.layout.moved(screen.top, by: up ? -3 : 3, rows: evidenceRows(screen.layout))
        replaceTop(.evidence(screen))
    }

    /// Lays the top evidence screen out again for a new width.
    mutating func relayoutEvidence() {
        guard case var .evidence(screen)? = topScreen else { return }
        screen.layout = evidenceLayout(screen.fact, screen.shown)
        screen.top = min(EvidencePosition(block: screen.top.block, line: 0), screen.layout.last(rows: evidenceRows(screen.layout)))
        replaceTop(.evidence(screen))
    }

    /// `n` and `N`: the next or previous paragraph, in document then paragraph order, that names
    /// the programme; every document is read the first time.
    private mutating func movePassage(_ screen: inout EvidenceState, by step: Int) {
        guard let programme = dataset.programme(screen.fact.programme) else { return }
        if screen.passages == nil { screen.passages = sources?.passages(mentioning: programme) ?? [] }
        guard let passages = screen.passages, !passages.isEmpty else {
            message = "No paragraph of the documents on this machine names \(programme.name)."
            return
        }
        let index: Int
        if case let .passage(_, number, _) = screen.shown {
            index = ((number - 1 + step) % passages.count + passages.count) % passages.count
        } else {
            let here = position(of: screen.shown)
            let after = passages.firstIndex { position(of: $0) > here } ?? 0
            let before = passages.lastIndex { position(of: $0) < here } ?? passages.count - 1
            index = step > 0 ? after : before
        }
        screen.shown = .passage(passages[index], number: index + 1, of: passages.count)
        screen.layout = evidenceLayout(screen.fact, screen.shown)
        screen.top = screen.layout.opening(rows: evidenceRows(screen.layout))
    }

    /// Where a paragraph stands among all the documents: document order, then paragraph number.
    private func position(of passage: Passage) -> (document: Int, paragraph: Int) {
        (dataset.documents.firstIndex { $0.id == passage.document.id } ?? dataset.documents.count, passage.paragraph.number)
    }

    private func position(of shown: EvidenceState.Shown) -> (document: Int, paragraph: Int) {
        let document = shown.document.flatMap { document in dataset.documents.firstIndex { $0.id == document.id } } ?? -1
        return (document, shown.paragraph?.number ?? 0)
    }

    /// The citation `y` copies: the fact's, or the shown passage's.
    private func reference(of screen: EvidenceState) -> String? {
        switch screen.shown {
        case .cited: return screen.fact.reference(in: dataset)
        case let .passage(passage, _, _):
            let section = passage.paragraph.headingPath.last?.text ?? ""
            return dataset.reference(Citation(document: passage.document.id, section: section,
                                              paragraph: passage.paragraph.number))
        }
    }

    /// `y`: hands `text` to the terminal for the clipboard (OSC 52), and says so in the footer;
    /// where the terminal cannot take it, the footer says that and shows the text instead.
    mutating func copyToClipboard(_ text: String) {
        guard canCopy else {
            message = "This terminal cannot take a copy (no OSC 52). The citation: \(text)"
            return
        }
        pendingCopy = text
        message = "Copied to the clipboard: \(text)"
    }

    private func evidenceLayout(_ fact: CitedFact, _ shown: EvidenceState.Shown) -> EvidenceLayout {
        EvidenceLayout(state: self, fact: fact, shown: shown, width: evidenceWidth)
    }

    /// The width of the evidence screen's text: the body inside its border.
    var evidenceWidth: Int { max(1, Layout(width: width, height: height).body.width - 2) }

    /// Rows of the document below the header.
    func evidenceRows(_ layout: EvidenceLayout) -> Int {
        max(1, Layout(width: width, height: height).body.height - 2 - layout.header.count - 1)
    }
}
