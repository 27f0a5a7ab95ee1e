import BeaiApp
import BeaiDomain
import BeaiTUI
import Foundation
import Testing

/// The evidence screen: a figure or a source line of the detail pane opens the passage behind it.
@Suite struct EvidenceTests {
    /// The Flemish plan's detail with the pane focused: its first link is the first figure.
    private func flemishPlan(sources: String = AppFixture.sources, width: Int = 100, height: Int = 30) throws -> State {
        var state = try AppFixture.state(sources: sources, width: width, height: height)
        state.selectNode(.programme("flemish-ai-plan"))
        return AppFixture.press([.tab], on: state)
    }

    @Test func enterOnAFigureOpensItsParagraphWithTheFigureMarked() throws {
        let state = AppFixture.press([.enter], on: try flemishPlan())
        let evidence = try #require(state.evidence)
        #expect(evidence.fact == .figure(programme: "flemish-ai-plan", index: 0))
        let paragraph = try #require(evidence.shown.paragraph)
        #expect(paragraph.number == 3)
        let text = view(state).text
        #expect(text.contains("Belgium AI Strategy Report"))
        #expect(text.contains("European Commission, AI Watch · dated 2021-09-01"))
        #expect(text.contains("§ Fixture ¶ 3"))
        #expect(text.contains("Figure of Flemish AI Policy Plan: annual budget “EUR 32 million”"))
        #expect(text.contains("   3 ▌ The Flemish AI Policy Plan sets aside EUR 32 million"))
        #expect(text.contains("   1   Fixture Report"), "the paragraphs before it show too")
    }

    @Test func theFigureTextIsHighlightedAndOtherParagraphsDimmed() throws {
        let state = AppFixture.press([.enter], on: try flemishPlan())
        let buffer = view(state)
        let theme = state.display.theme
        let rows = buffer.lines.enumerated().filter { $0.element.contains("EUR 32 million each year") }
        let row = try #require(rows.first?.offset)
        let line = buffer.lines[row]
        let start = try #require(line.range(of: "EUR 32 million")).lowerBound
        let column = line.distance(from: line.startIndex, to: start)
        #expect(buffer[column, row].style == theme.highlight)
        #expect(buffer[column - 2, row].style == .plain)
        let later = try #require(buffer.lines.firstIndex { $0.contains("Tremplin AI chose") })
        #expect(buffer[10, later].style == theme.dim)
    }

    @Test func eOnASourceLineOpensItAndEscapeReturnsToTheDetail() throws {
        var state = try flemishPlan()
        state = AppFixture.press([.down, .down], on: state)
        state = AppFixture.press([.character("e")], on: state)
        let evidence = try #require(state.evidence)
        #expect(evidence.fact == .source(programme: "flemish-ai-plan", index: 0))
        #expect(view(state).text.contains("A place that mentions Flemish AI Policy Plan"))
        state = AppFixture.press([.escape], on: state)
        #expect(state.topScreen == nil)
        #expect(state.focus == .detail)
        #expect(state.detailLink == 2)
    }

    @Test func eOnALinkThatIsNotAFactSaysWhatToSelect() throws {
        var state = try flemishPlan()
        state = AppFixture.press([.end], on: state)
        state.detailLink = nil
        state = AppFixture.press([.character("e")], on: state)
        #expect(state.evidence == nil)
        #expect(state.message?.hasPrefix("Select a figure or a source line") == true)
        let tree = AppFixture.press([.tab, .character("e")], on: try flemishPlan())
        #expect(tree.message?.hasPrefix("Tab to the detail pane") == true)
    }

    @Test func nAndNWalkThePassagesThatNameTheProgramme() throws {
        var state = AppFixture.press([.enter], on: try flemishPlan())
        state = AppFixture.press([.character("n")], on: state)
        var evidence = try #require(state.evidence)
        #expect(evidence.shown.paragraph?.number == 9, "the cited paragraph is passage 1; n goes to the next")
        #expect(view(state).text.contains("Passage 2 of 2 that names Flemish AI Policy Plan (n next, N previous)"))
        state = AppFixture.press([.character("n")], on: state)
        evidence = try #require(state.evidence)
        #expect(evidence.shown.paragraph?.number == 3, "after the last passage comes the first")
        state = AppFixture.press([.character("N"), .character("N")], on: state)
        #expect(state.evidence?.shown.paragraph?.number == 3)
    }

    @Test func aProgrammeNoPassageNamesSaysSo() throws {
        var state = try AppFixture.state(sources: AppFixture.sources)
        state.selectNode(.programme("joint-rd-projects"))
        state = AppFixture.press([.tab, .enter, .character("n")], on: state)
        #expect(state.evidence != nil)
        #expect(state.message == "No paragraph of the documents on this machine names Joint R&D Projects.")
    }

    @Test func withoutTheDocumentsTheScreenSaysWhereItLooked() throws {
        let state = AppFixture.press([.enter], on: try flemishPlan(sources: "/nonexistent/sources", width: 80, height: 24))
        let text = view(state).text
        #expect(state.evidence != nil, "never an error dialog: the screen opens")
        #expect(text.contains("§ Fixture ¶ 3"), "the citation is shown")
        #expect(text.contains("beai looked for it at"))
        #expect(text.contains("  /nonexistent/sources/aiwatch-belgium-2021.txt"), "and the exact place")
        AppFixture.assertSnapshot(text, named: "evidence-missing-80x24")
    }

    @Test func withNowhereToLookTheScreenSaysSo() throws {
        var state = try AppFixture.state()
        state.selectNode(.programme("flemish-ai-plan"))
        state = AppFixture.press([.tab, .enter], on: state)
        #expect(view(state).text.contains("nowhere to look"))
    }

    @Test func aDocumentIsReadOnlyWhenTheScreenFirstNeedsIt() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "beai-late-sources-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let before = try flemishPlan(sources: directory.path)
        try FileManager.default.copyItem(
            atPath: AppFixture.sources + "/aiwatch-belgium-2021.txt", toPath: directory.appending(path: "aiwatch-belgium-2021.txt").path)
        let after = AppFixture.press([.enter], on: before)
        #expect(after.evidence?.shown.paragraph?.number == 3, "a file put there after start-up is found")
    }

    @Test func yCopiesTheCitationAndTheFooterSaysSo() throws {
        let state = AppFixture.press([.enter, .character("y")], on: try flemishPlan())
        let citation = "“EUR 32 million”, Belgium AI Strategy Report (European Commission, AI Watch, 2021-09-01) § Fixture ¶ 3"
        #expect(state.pendingCopy == citation)
        #expect(state.message == "Copied to the clipboard: " + citation)
        let fromDetail = AppFixture.press([.down, .down, .character("y")], on: try flemishPlan())
        #expect(fromDetail.pendingCopy == "Belgium AI Strategy Report (European Commission, AI Watch, 2021-09-01) § Fixture ¶ 3")
        #expect(fromDetail.evidence == nil, "y copies without opening the screen")
    }

    @Test func whereTheTerminalCannotCopyTheFooterSaysThat() throws {
        var plan = try flemishPlan()
        plan.canCopy = false
        let state = AppFixture.press([.enter, .character("y")], on: plan)
        #expect(state.pendingCopy == nil)
        #expect(state.message?.hasPrefix("This terminal cannot take a copy (no OSC 52). The citation: “EUR 32 million”") == true)
    }

    @Test func scrollingStaysInsideTheDocument() throws {
        func shown(_ state: State) -> String { view(state).text }
        var state = AppFixture.press([.enter, .end], on: try flemishPlan(height: 24))
        let end = shown(state)
        #expect(end.contains("The report ends with thanks"))
        #expect(!end.contains("   1   Fixture Report"))
        state = AppFixture.press([.down, .down, .pageDown], on: state)
        #expect(shown(state) == end, "the end of the document stays at the bottom")
        state = AppFixture.press([.home, .up], on: state)
        #expect(shown(state).contains("   1   Fixture Report"))
        let top = shown(state)
        state = AppFixture.press([.pageDown], on: state)
        #expect(shown(state) != top)
        state = AppFixture.press([.pageUp], on: state)
        #expect(shown(state) == top)
        state = AppFixture.press([.down], on: state)
        #expect(!shown(state).contains("   1   Fixture Report"), "one line down scrolls one line")
    }

    @Test func aResizeLaysTheDocumentOutAgain() throws {
        var state = AppFixture.press([.enter], on: try flemishPlan(width: 100, height: 30))
        state = update(state, .resize(width: 80, height: 24))
        let lines = view(state).lines
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(lines.contains { $0.contains("   3 ▌ The Flemish AI Policy Plan sets aside EUR 32 million each") })
    }

    @Test func theEvidenceScreenSnapshot() throws {
        let state = AppFixture.press([.enter], on: try flemishPlan())
        AppFixture.assertSnapshot(view(state).text, named: "evidence-100x30")
    }
}
