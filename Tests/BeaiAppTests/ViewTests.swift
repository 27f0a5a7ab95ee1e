import BeaiApp
import BeaiDomain
import BeaiTUI
import Testing

@Suite struct ViewTests {
    private func explorer(width: Int, height: Int, display: Display = .unicodeColour) throws -> State {
        var state = try AppFixture.state(width: width, height: height, display: display)
        state.selectNode(.programme("flemish-ai-plan"))
        return state
    }

    @Test func programmeDetailAt80x24() throws {
        AppFixture.assertSnapshot(view(try explorer(width: 80, height: 24)).text, named: "programme-80x24")
    }

    @Test func programmeDetailAt120x40() throws {
        AppFixture.assertSnapshot(view(try explorer(width: 120, height: 40)).text, named: "programme-120x40")
    }

    @Test func governmentDetailWithStyles() throws {
        var state = try AppFixture.state(width: 80, height: 24)
        state.selectNode(.government("wallonia"))
        AppFixture.assertSnapshot(view(state).styledText, named: "government-styled-80x24")
    }

    @Test func asciiMonochromeAt80x24() throws {
        let state = try explorer(width: 80, height: 24, display: Display(glyphs: .ascii, theme: .monochrome))
        let buffer = view(state)
        #expect(buffer.cells.allSatisfy { $0.text.unicodeScalars.allSatisfy(\.isASCII) })
        #expect(buffer.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
        AppFixture.assertSnapshot(buffer.text, named: "programme-ascii-80x24")
    }

    @Test func helpOverlayListsEveryKey() throws {
        let state = AppFixture.press([.character("?")], on: try AppFixture.state(width: 100, height: 40))
        let text = view(state).text
        for key in ["↑ k  ↓ j", "← h  → l", "Enter", "Space", "PgUp  PgDn", "Home g  End G", "Tab Shift-Tab", "Esc",
                    "[ Backspace", "]", "b", "B", "n  N", "f", "F", "s", "mouse", "q", "Ctrl-C always quits"] {
            #expect(text.contains(key), "help lacks \(key)")
        }
    }

    @Test func helpScrollsWhereTheScreenIsShort() throws {
        var state = AppFixture.press([.character("?")], on: try AppFixture.state(width: 80, height: 24))
        #expect(!view(state).text.contains("quit (Ctrl-C always quits)"))
        #expect(view(state).text.contains("scroll (1-18/33)"))
        state = AppFixture.press([.end], on: state)
        #expect(view(state).text.contains("quit (Ctrl-C always quits)"))
        state = AppFixture.press([.home], on: state)
        #expect(view(state).text.contains("move the selection"))
    }

    @Test func tinyTerminalAsksToEnlarge() throws {
        let text = view(try AppFixture.state(width: 60, height: 10)).text
        #expect(text.contains("at least 80×24"))
        #expect(text.contains("This one is 60×10"))
    }

    @Test func conflictingFiguresAreShownSideBySide() throws {
        let text = view(try explorer(width: 120, height: 40)).text
        #expect(text.contains("≠ annual budget: €32m per year (aiwatch-belgium-2021) vs €30m"))
        #expect(text.contains("“EUR 30m” AI 4 Belgium › Fixture"))
    }
}

/// A pillar of a large dataset: its detail lists the first programmes and says how many more the
/// tree holds, so that a frame never lays out thousands of lines.
@Suite struct LargePillarTests {
    @Test func pillarDetailListsTheFirstProgrammesAndCountsTheRest() throws {
        let base = try AppFixture.dataset()
        let template = try #require(base.programmes.first { $0.id == "tremplin-ai" })
        let copies = (0..<650).map { number -> Programme in
            var copy = template
            copy.id = "tremplin-ai-\(number)"
            copy.name = "Tremplin AI \(number)"
            copy.related = []
            return copy
        }
        let dataset = Dataset(governments: base.governments, pillars: base.pillars, documents: base.documents,
                              organisations: base.organisations, programmes: copies)
        var state = State(dataset: dataset, width: 120, height: 40)
        state.selectNode(.pillar(government: template.government, pillar: template.pillar))
        state.focus = .detail
        state = AppFixture.press([.end], on: state)
        let text = view(state).text
        #expect(text.contains("and 150 more, listed in the tree"))
    }
}

/// A long budget series (a large dataset's) lists its programmes under the latest years only.
@Suite struct LongBudgetSeriesTests {
    @Test func theLatestYearsListTheirProgrammesAndTheEarlierOnesOnlyCount() throws {
        let fixture = try AppFixture.dataset()
        let plan = try #require(fixture.programme("flemish-ai-plan"))
        // Sixty one-year copies of the plan, 1950 to 2009: a per-year amount in each year, one
        // programme a year, more than the 48 the series lists.
        let copies = (1950..<2010).map { year -> Programme in
            var copy = plan
            copy.id = "plan-\(year)"
            copy.name = "Plan of \(year)"
            copy.years = YearRange(start: year, end: year)
            copy.figures = plan.figures.prefix(1).map { figure in
                var single = figure
                single.years = nil
                return single
            }
            return copy
        }
        let dataset = Dataset(
            governments: fixture.governments, pillars: fixture.pillars, documents: fixture.documents,
            organisations: fixture.organisations,
            programmes: fixture.programmes.filter { $0.government != "flanders" } + copies)
        var state = State(dataset: dataset, width: 200, height: 400)
        state.selectNode(.government("flanders"))
        let text = view(state).text
        let listed = (1950..<2010).filter { text.contains("Plan of \($0) €32m per year, \($0) [") }
        // 1950's plan is also the headline strategy, listed with its amount above the series.
        #expect(listed == [1950] + Array(1962..<2010), "the latest 48 years list their programme")
        #expect(text.contains("1950 €32m"), "every year keeps its total")
        #expect(text.split(separator: "\n").count { $0.contains("      1 programme  ") } == 12, "the 12 earliest years count theirs")
    }
}
