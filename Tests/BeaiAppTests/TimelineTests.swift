import BeaiApp
import BeaiDomain
import BeaiSearch
import BeaiTUI
import Testing

/// The timeline fixture (Fixtures/timeline): fourteen programmes of five governments, with years,
/// open ends, planned ones, milestones and undated ones.
enum TimelineFixture {
    static func dataset() throws -> Dataset {
        try Dataset.load(directory: AppFixture.directory.appending(path: "Fixtures/timeline").path)
    }

    static func state(width: Int = 100, height: Int = 30, display: Display = .unicodeColour) throws -> State {
        let dataset = try dataset()
        return State(dataset: dataset, width: width, height: height, display: display, searchIndex: try SearchIndex(dataset: dataset))
    }

    /// The timeline that `T` opens in the comparison of Flanders with the next region, Wallonia
    /// (and, with `third`, the federal level).
    static func compared(width: Int, height: Int, display: Display = .unicodeColour, third: Bool = false) throws -> State {
        var state = try state(width: width, height: height, display: display)
        state.selectNode(.government("flanders"))
        return AppFixture.press([.character("c")] + (third ? [.character("t")] : []) + [.character("T")], on: state)
    }
}

extension State {
    /// The timeline, when it is the top screen.
    var timeline: TimelineState? {
        if case let .timeline(timeline)? = topScreen { return timeline }
        return nil
    }
}

@Suite struct TimelineUpdateTests {
    @Test func tOnAGovernmentOpensItsProgrammesFromTheDataYear() throws {
        var state = try TimelineFixture.state()
        state.selectNode(.government("wallonia"))
        state = AppFixture.press([.character("T")], on: state)
        let timeline = try #require(state.timeline)
        #expect(timeline.title == "Wallonia")
        // By start year then name: DigitalWallonia4.ai 2019; ARIAC, Cap AI 2021; the planned strategy 2025.
        #expect(timeline.timeline.rows.map(\.programme.id) == ["digitalwallonia4-ai", "ariac", "cap-ai", "wallonia-new-digital-strategy"])
        #expect(timeline.timeline.undated.map(\.id) == ["tremplin-ai"])
        #expect(timeline.year == 2025, "the latest document is of July 2025")
        #expect(timeline.timeline.years == 2019...2026)
    }

    @Test func tOnAPillarOrAProgramme() throws {
        var state = try TimelineFixture.state()
        state.selectNode(.pillar(government: "flanders", pillar: "data"))
        let pillar = AppFixture.press([.character("T")], on: state)
        #expect(pillar.timeline?.title == "Flanders › Data & infrastructure")
        #expect(pillar.timeline?.count == 2)
        state.selectNode(.programme("anticipate"))
        #expect(AppFixture.press([.character("T")], on: state).timeline?.title == "Brussels-Capital Region")
    }

    @Test func aGovernmentWithoutProgrammesSaysSo() throws {
        var state = try TimelineFixture.state()
        state.selectNode(.government("fwb"))
        state = AppFixture.press([.character("T")], on: state)
        #expect(state.timeline == nil)
        #expect(state.message == "Nothing to put on a timeline here.")
    }

    @Test func arrowsMoveRowsAndTheYearWithinTheAxis() throws {
        var state = try TimelineFixture.state()
        state.selectNode(.government("wallonia"))
        state = AppFixture.press([.character("T"), .right, .right, .right], on: state)
        #expect(state.timeline?.year == 2026, "the cursor stops at the axis' last year")
        state = AppFixture.press(Array(repeating: .left, count: 9), on: state)
        #expect(state.timeline?.year == 2019)
        state = AppFixture.press([.down, .down], on: state)
        #expect(state.timeline?.selectedProgramme?.id == "cap-ai")
        state = AppFixture.press([.character("G")], on: state)
        #expect(state.timeline?.selectedProgramme?.id == "tremplin-ai", "the undated ones can be selected too")
        state = AppFixture.press([.down, .character("g")], on: state)
        #expect(state.timeline?.selected == 0)
        state = AppFixture.press([.pageDown], on: state)
        #expect(state.timeline?.selected == 4)
    }

    @Test func enterOpensTheProgrammeAndEscapeComesBack() throws {
        var state = try TimelineFixture.state()
        state.selectNode(.government("wallonia"))
        state = AppFixture.press([.character("T"), .down, .left], on: state)
        state = AppFixture.press([.enter], on: state)
        #expect(state.selection == .programme("ariac"))
        #expect(state.showsTree)
        #expect(state.screens.count == 2)
        state = AppFixture.press([.escape], on: state)
        #expect(state.timeline?.selectedProgramme?.id == "ariac", "the timeline is as it was left")
        #expect(state.timeline?.year == 2024)
        state = AppFixture.press([.escape], on: state)
        #expect(state.screens.isEmpty, "back to the tree, where the programme opened stays selected")
    }

    @Test func fromCompareTheColumnsAreSideBySide() throws {
        let state = try TimelineFixture.compared(width: 100, height: 30, third: true)
        let timeline = try #require(state.timeline)
        #expect(timeline.title == "Flanders · Wallonia · Federal / national")
        #expect(timeline.timeline.groups.map(\.government) == ["flanders", "wallonia", "federal"])
        #expect(state.screens.count == 2, "over the comparison")
        let back = AppFixture.press([.character("T")], on: state)
        #expect(back.compare?.governments == ["flanders", "wallonia", "federal"], "T closes it too")
    }

    @Test func fromSearchControlTTakesTheResultsAndTIsText() throws {
        var state = try TimelineFixture.state()
        state = AppFixture.press([.character("/")] + "plan".map(Key.character), on: state)
        let results = try #require(state.search?.results.results.map(\.programmeID))
        state = AppFixture.press([.character("T")], on: state)
        #expect(state.search?.editor.text == "planT", "T is typed in the prompt")
        state = AppFixture.press([.backspace, .control("t")], on: state)
        let timeline = try #require(state.timeline)
        #expect(timeline.title == "Search “plan”")
        #expect(Set(timeline.timeline.rows.map(\.programme.id) + timeline.timeline.undated.map(\.id)) == Set(results))
        state = AppFixture.press([.escape], on: state)
        #expect(state.search?.editor.text == "plan", "Esc returns to the search")
        state = AppFixture.press([.control("u"), .control("t")], on: state)
        #expect(state.timeline == nil)
        #expect(state.message?.hasPrefix("No result to put on a timeline") == true)
    }
}

@Suite struct TimelineViewTests {
    @Test func comparedAt80x24() throws {
        let state = AppFixture.press([.left, .left], on: try TimelineFixture.compared(width: 80, height: 24))
        AppFixture.assertSnapshot(view(state).text, named: "timeline-compare-80x24")
    }

    @Test func comparedInASCIIWithoutColourAt80x24() throws {
        let display = Display(glyphs: .ascii, theme: .monochrome)
        let state = AppFixture.press([.left, .left], on: try TimelineFixture.compared(width: 80, height: 24, display: display))
        let buffer = view(state)
        #expect(buffer.cells.allSatisfy { $0.text.unicodeScalars.allSatisfy(\.isASCII) })
        #expect(buffer.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
        AppFixture.assertSnapshot(buffer.text, named: "timeline-compare-ascii-80x24")
    }

    @Test func threeGovernmentsAt160x50() throws {
        let state = AppFixture.press([.left, .left, .left, .left, .left, .down], on: try TimelineFixture.compared(width: 160, height: 50, third: true))
        AppFixture.assertSnapshot(view(state).text, named: "timeline-three-160x50")
    }

    @Test func everyGovernmentInASCIIAt160x50() throws {
        var state = try TimelineFixture.state(width: 160, height: 50, display: Display(glyphs: .ascii, theme: .monochrome))
        state.selectNode(.government("wallonia"))
        state = AppFixture.press([.character("T"), .left, .left, .left, .left, .left, .left], on: state)
        AppFixture.assertSnapshot(view(state).text, named: "timeline-wallonia-ascii-160x50")
    }

    @Test func plannedBarsAreDimAndTheCursorColumnBold() throws {
        let state = try TimelineFixture.compared(width: 100, height: 30)
        let buffer = view(state)
        let lines = buffer.lines
        let planned = try #require(lines.firstIndex { $0.contains("New Walloon digital") })
        let dashes = (0..<buffer.width).filter { buffer[$0, planned].text == "╌" }
        #expect(!dashes.isEmpty && dashes.allSatisfy { buffer[$0, planned].style.dim })
        let active = try #require(lines.firstIndex { $0.contains("Flemish AI action plan") })
        let bars = (0..<buffer.width).filter { buffer[$0, active].text == "━" }
        #expect(bars.contains { buffer[$0, active].style.bold }, "the cursor year's part of the bar")
        #expect(bars.contains { !buffer[$0, active].style.bold })
        #expect(lines[active].contains("━→ "), "open-ended: it runs on")
    }

    @Test func theHeaderSaysWhatTheCursorYearHolds() throws {
        let state = AppFixture.press([.left, .left, .left, .left, .left], on: try TimelineFixture.compared(width: 100, height: 30))
        // 2020 in Flanders and Wallonia: the action plan, the research programme and the open-data
        // plan run, and DigitalWallonia4.ai; three milestones: the open-data plan approved in
        // February, ARIAC formalised and the Walloon programme widened in December.
        let text = view(state).text
        // Budgets: Flanders' plan €32m and research €12m and DigitalWallonia4.ai €18m a year, up
        // to their source's year (2021); the open-data plan has no figure.
        #expect(text.contains("2020: 4 running, €62m (1 without a figure)  ·  3 milestones"))
        #expect(text.contains("Milestones in 2020"))
        #expect(text.contains("◆ 2020-02 approved: Flemish action plan Open data"))
        #expect(text.contains("◆ 2020-12 formalised: ARIAC"))
    }
}

/// Over `TimelineState.inlineLimit` programmes, the terminal lays the timeline out on a thread of
/// its own: the key's frame says so at once, and the timeline comes with `timelineArrived`.
@Suite struct DeferredTimelineTests {
    private func large() throws -> State {
        let base = try TimelineFixture.dataset()
        let template = try #require(base.programmes.first { $0.id == "cap-ai" })
        let copies = (0..<2_500).map { number -> Programme in
            var copy = template
            copy.id = "cap-ai-\(number)"
            copy.name = "Cap AI \(number)"
            copy.years = YearRange(start: 2016 + number % 8)
            return copy
        }
        let dataset = Dataset(governments: base.governments, pillars: base.pillars, documents: base.documents,
                              organisations: base.organisations, programmes: copies)
        var state = State(dataset: dataset, width: 100, height: 30)
        state.defersTimeline = true
        state.selectNode(.pillar(government: "wallonia", pillar: "adoption"))
        return state
    }

    @Test func theKeysFrameSaysItIsLayingOutAndTheTimelineArrives() throws {
        var state = AppFixture.press([.character("T")], on: try large())
        let request = try #require(state.pendingTimelines.first)
        #expect(request.programmes.count == 2_500)
        #expect(view(state).text.contains("Laying out 2500 programmes…"))
        state = AppFixture.press([.down, .right], on: state)
        #expect(state.timeline?.selected == 0, "nothing to move over yet")
        state.timelineArrived(request.layOut(in: state.dataset), request: request.id)
        #expect(state.pendingTimelines.isEmpty)
        #expect(state.timeline?.timeline.rows.count == 2_500)
        #expect(state.timeline?.year == 2025, "the cursor at the year of the latest source, as inline")
        #expect(view(state).text.contains("2025: 2500 running"))
        #expect(state.timeline?.timeline.year(2016)?.running == 313, "one copy in eight starts in 2016")
    }

    @Test func aTimelineArrivingForAClosedScreenIsDropped() throws {
        var state = AppFixture.press([.character("T")], on: try large())
        let first = try #require(state.pendingTimelines.first)
        state = AppFixture.press([.escape, .character("T")], on: state)
        let second = try #require(state.pendingTimelines.first)
        #expect(second.id != first.id)
        state.timelineArrived(first.layOut(in: state.dataset), request: first.id)
        #expect(state.pendingTimelines.map(\.id) == [second.id], "the closed screen's timeline is not shown")
    }
}

/// A programme's detail lists its milestones in date order, each with its text and citation.
@Suite struct MilestoneDetailTests {
    @Test func theDetailListsTheMilestones() throws {
        var state = try TimelineFixture.state(width: 120, height: 40)
        state.selectNode(.programme("digitalwallonia4-ai"))
        let lines = view(state).lines
        let heading = try #require(lines.firstIndex { $0.contains("Milestones (T: on a timeline)") })
        #expect(lines[heading + 1].contains("◆ 2019-07-01 started"))
        #expect(lines[heading + 2].contains("“July 1, 2019” Belgium AI Strategy Report › Fixture"))
        #expect(lines[heading + 3].contains("◆ 2019-11-27 launched"))
        #expect(lines[heading + 5].contains("◆ 2020-12 extended"))
    }
}
