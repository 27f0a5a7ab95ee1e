import BeaiApp
import Foundation
import Testing

@Suite struct CompareUpdateTests {
    private func compareState(width: Int = 100, height: Int = 30) throws -> State {
        var state = try AppFixture.state(width: width, height: height)
        state.selectNode(.government("wallonia"))
        return AppFixture.press([.character("c")], on: state)
    }

    @Test func opensWithTheSelectionsGovernmentAndTheNextRegion() throws {
        let state = try compareState()
        #expect(state.compare?.governments == ["wallonia", "brussels"])
    }

    @Test func swapAndThirdGovernment() throws {
        var state = AppFixture.press([.character("s")], on: try compareState())
        #expect(state.compare?.governments == ["brussels", "wallonia"])
        #expect(state.compare?.column == 1, "the selection follows the moved column")
        state = AppFixture.press([.character("t")], on: state)
        #expect(state.compare?.governments == ["brussels", "wallonia", "federal"])
        state = AppFixture.press([.character("t")], on: state)
        #expect(state.compare?.governments == ["brussels", "wallonia"])
    }

    @Test func onlyDifferingPillarsToggle() throws {
        let state = AppFixture.press([.character("d"), .end], on: try compareState())
        #expect(state.compare?.onlyDiffering == true)
        #expect(state.compare?.row == 1, "two pillars differ: research and adoption")
    }

    @Test func drillIntoACellOpenAProgrammeAndComeBack() throws {
        // Wallonia column, adoption row (strategy, skills, research, adoption).
        var state = AppFixture.press([.down, .down, .down, .enter], on: try compareState())
        #expect(state.compare?.listSelection == 0)
        state = AppFixture.press([.down, .enter], on: state)
        #expect(state.compare == nil)
        #expect(state.selection == .programme("tremplin-ai"))
        state = AppFixture.press([.escape], on: state)
        #expect(state.compare?.row == 3)
        #expect(state.compare?.listSelection == 1, "Esc returns to the same place")
    }

    @Test func pickerChoosesTwoOrThreeGovernments() throws {
        var state = AppFixture.press([.character("p")], on: try compareState())
        #expect(state.compare?.picker?.chosen == ["wallonia", "brussels"])
        state = AppFixture.press([.character(" "), .down, .character(" "), .enter], on: state)
        #expect(state.compare?.governments == ["wallonia", "brussels", "federal"], "a fourth is refused")
        state = AppFixture.press([.character("p"), .down, .down, .character(" "), .enter], on: state)
        #expect(state.compare?.governments == ["brussels", "federal"])
        state = AppFixture.press([.character("p"), .character(" "), .enter], on: state)
        #expect(state.compare?.picker != nil, "one government is not enough: the picker stays open")
    }

    @Test func markTwoProgrammesAndCompareThem() throws {
        var state = try AppFixture.state(width: 100, height: 30)
        state = AppFixture.press([.character("m")], on: state)
        #expect(state.message?.contains("Mark two programmes") == true)
        state.selectNode(.programme("start-ai"))
        state = AppFixture.press([.character(" ")], on: state)
        state.selectNode(.programme("joint-rd-projects"))
        state = AppFixture.press([.character(" "), .character("m")], on: state)
        #expect(state.pair == ["start-ai", "joint-rd-projects"])
        let text = view(state).text
        #expect(text.contains("≠ government  Wallonia"))
        #expect(text.contains("  status      active"))
        #expect(text.contains("Brussels-Capital Region"))
        state = AppFixture.press([.escape], on: state)
        #expect(state.pair == nil)
    }

    @Test func compareScreenAt80x24() throws {
        let state = AppFixture.press([.down], on: try compareState(width: 80, height: 24))
        let text = view(state).text
        #expect(text.contains("≠ Research"))
        #expect(text.contains("0 ≠ gap"))
        AppFixture.assertSnapshot(text, named: "compare-80x24")
    }

    @Test func compareScreenAt160x48() throws {
        let state = AppFixture.press([.character("t")], on: try compareState(width: 160, height: 48))
        AppFixture.assertSnapshot(view(state).text, named: "compare-160x48")
    }

    /// Flanders against French-speaking Belgium (the Walloon Region with the Federation), chosen in
    /// the picker, whose unions follow the list of governments.
    private func unionState(width: Int = 120, height: Int = 32) throws -> State {
        var state = try compareState(width: width, height: height)
        state = AppFixture.press([.character("p")], on: state)
        #expect(state.compareChoices == ["federal", "flanders", "wallonia", "brussels", "fwb", "eu", "wallonia+fwb"])
        // Unchoose Wallonia and Brussels, choose Flanders, then the union below the governments.
        state = AppFixture.press([.down, .character(" "), .down, .character(" "), .down, .character(" ")], on: state)
        state = AppFixture.press([.down, .down, .down, .character(" "), .enter], on: state)
        return state
    }

    @Test func thePickerOffersUnionsAndRefusesAMemberTwice() throws {
        var state = try unionState()
        #expect(state.compare?.governments == ["flanders", "wallonia+fwb"])
        state = AppFixture.press([.character("p"), .down, .down, .down, .down, .character(" ")], on: state)
        #expect(state.compare?.picker?.chosen == ["flanders", "wallonia+fwb"], "the Federation is in a column already")
        #expect(state.compare?.picker?.note == "Wallonia + Wallonia-Brussels Federation is chosen already")
        #expect(view(state).text.contains("Wallonia + Wallonia-Brussels Federation is chosen already"))
        state = AppFixture.press([.escape, .character("t")], on: state)
        #expect(state.compare?.governments == ["flanders", "wallonia+fwb", "federal"], "t adds a government no column holds")
    }

    @Test func theYearSelectorStepsThroughEveryYearWithFiguresAndStops() throws {
        var state = try unionState()
        let latest = view(state).text
        #expect(latest.contains("Budget <2021"), "the latest year with figures by default, earlier ones to the left")
        #expect(latest.contains("€32m (1 programme, a source disagrees)"))
        #expect(latest.contains("€1m (1 programme)"))
        state = AppFixture.press([.character("<"), .character("<")], on: state)
        #expect(state.compare?.year == 2019)
        let first = view(state).text
        #expect(first.contains("Budget  2019>"))
        #expect(first.contains("no figure for 2019"), "Wallcode starts in 2020")
        state = AppFixture.press([.character("<")], on: state)
        #expect(state.compare?.year == 2019, "no earlier year has figures")
        state = AppFixture.press([.character(">"), .character(">"), .character(">")], on: state)
        #expect(state.compare?.year == 2021)
    }

    @Test func competenceIsSaidInsteadOfGapAndBarsShareOneScale() throws {
        let text = view(try compareState(width: 140, height: 40)).text
        #expect(text.contains("school education: Wallonia-Brussels Federation"))
        #expect(text.contains("bars: initiatives, one scale (full = 2)"))
        let rows = text.split(separator: "\n").map(String.init)
        let research = try #require(rows.first { $0.contains("≠ Research") })
        let adoption = try #require(rows.first { $0.contains("≠ Business") })
        #expect(research.filter { $0 == "█" }.count == adoption.filter { $0 == "█" }.count, "two initiatives each, one scale")
    }

    @Test func anExportWritesTheColumnsAndTheYearOnScreen() throws {
        let state = AppFixture.press([.character("<"), .character("<"), .character("x")], on: try unionState())
        guard case let .export(prompt)? = state.topScreen, case let .comparison(comparison, year) = prompt.content else {
            Issue.record("x on the compare screen offers the comparison")
            return
        }
        #expect(year == 2019, "the year chosen with <, not the latest")
        #expect(prompt.editor.text == "beai-compare-flanders-wallonia-fwb-2019.md", "the file name says the year")
        #expect(comparison.governments.map(\.id) == ["flanders", "wallonia+fwb"])
        #expect(prompt.subject == "the comparison of Flanders, Wallonia + Wallonia-Brussels Federation, budgets of 2019")
        let request = ExportRequest(path: "c.md", format: .markdown, content: prompt.content, notes: [], overwrite: false)
        let markdown = try ExportFile.text(of: request, dataset: state.dataset)
        #expect(markdown.contains("| Budget in 2019 |"))
        let json = try ExportFile.text(of: ExportRequest(path: "c.json", format: .json, content: prompt.content, notes: [],
                                                         overwrite: false), dataset: state.dataset)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(object?["year"] as? Int == 2019)
        #expect(object?["governments"] as? [String] == ["flanders", "wallonia+fwb"])
    }

    @Test func theTimelineOfAUnionColumnHoldsEachMembersProgrammes() throws {
        let state = AppFixture.press([.character("T")], on: try unionState())
        guard case let .timeline(screen)? = state.topScreen else {
            Issue.record("T on the compare screen opens the timeline")
            return
        }
        #expect(screen.title == "Flanders · Wallonia + Wallonia-Brussels Federation")
        #expect(screen.timeline.groups.map(\.government) == ["flanders", "wallonia+fwb"])
        let ids = Set((screen.timeline.rows.map(\.programme) + screen.timeline.undated).map(\.id))
        #expect(ids.isSuperset(of: ["flemish-ai-plan", "start-ai", "tremplin-ai", "wallcode"]))
        // Wallcode, the Federation's programme, runs from 2020 in the union's column.
        let union = try #require(screen.timeline.groups.last)
        #expect(union.years.first { $0.year == 2020 }?.running ?? 0 >= 1)
        #expect(view(state).text.contains("Wallonia + Wallonia-Bru"))
    }

    @Test func unionComparisonWithBudgetsAt120x32() throws {
        AppFixture.assertSnapshot(view(try unionState()).text, named: "compare-union-120x32")
    }
}
