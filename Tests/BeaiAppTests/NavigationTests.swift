import BeaiApp
import BeaiSearch
import Testing

/// The screen stack, Esc as "back to the screen before", and `[` `]` through the places visited.
@Suite struct NavigationTests {
    private func state() throws -> State {
        let dataset = try AppFixture.dataset()
        return State(dataset: dataset, width: 100, height: 30, searchIndex: try SearchIndex(dataset: dataset))
    }

    private func type(_ text: String, on state: State) -> State {
        AppFixture.press(text.map(Key.character), on: state)
    }

    /// Names of the screens on the stack, bottom first.
    private func stack(_ state: State) -> [String] {
        state.screens.map { screen in
            switch screen {
            case .search: return "search"
            case .compare: return "compare"
            case .pair: return "pair"
            case .bookmarks: return "bookmarks"
            case .filter: return "filter"
            case .export: return "export"
            case .timeline: return "timeline"
            case .browse: return "browse"
            case .help: return "help"
            }
        }
    }

    @Test func treeSearchResultCompareProgrammeWalksBackWithEscape() throws {
        var state = type("tremplin", on: AppFixture.press([.character("/")], on: try state()))
        state = AppFixture.press([.enter], on: state)
        #expect(stack(state) == ["search", "browse"])
        #expect(state.selection == .programme("tremplin-ai"))
        // Compare Wallonia with Brussels; the adoption row (strategy, skills, research, adoption)
        // of the Wallonia column holds start-ai and tremplin-ai, in tree order.
        state = AppFixture.press([.character("c"), .down, .down, .down, .enter, .enter], on: state)
        #expect(stack(state) == ["search", "browse", "compare", "browse"])
        #expect(state.selection == .programme("start-ai"))
        state = AppFixture.press([.escape], on: state)
        #expect(stack(state) == ["search", "browse", "compare"])
        #expect(state.compare?.listSelection == 0, "the comparison is as it was left")
        state = AppFixture.press([.escape, .escape], on: state)
        #expect(stack(state) == ["search", "browse"])
        state = AppFixture.press([.escape], on: state)
        #expect(stack(state) == ["search"])
        #expect(state.search?.editor.text == "tremplin", "Esc returns to the results")
        state = AppFixture.press([.escape], on: state)
        #expect(state.screens.isEmpty)
        #expect(state.selection == .government("federal"), "cancelling the search restores the tree")
    }

    @Test func bracketsWalkThePlacesVisited() throws {
        var state = type("tremplin", on: AppFixture.press([.character("/")], on: try state()))
        state = AppFixture.press([.enter], on: state)
        state = AppFixture.press([.character("c"), .down, .down, .down, .enter, .enter], on: state)
        #expect(state.selection == .programme("start-ai"))
        #expect(state.navigation.back == [.government("federal"), .programme("tremplin-ai")])
        state = AppFixture.press([.character("[")], on: state)
        #expect(state.selection == .programme("tremplin-ai"))
        state = AppFixture.press([.backspace], on: state)
        #expect(state.selection == .government("federal"), "Backspace goes back too")
        state = AppFixture.press([.character("[")], on: state)
        #expect(state.selection == .government("federal"))
        #expect(state.message?.contains("Nothing to go back to") == true)
        state = AppFixture.press([.character("]"), .character("]")], on: state)
        #expect(state.selection == .programme("start-ai"))
        state = AppFixture.press([.character("]")], on: state)
        #expect(state.message?.contains("Nothing forward") == true)
    }

    @Test func movingElsewhereAfterGoingBackDropsTheForwardPart() throws {
        var state = try state()
        state.selectNode(.programme("flemish-ai-plan"))
        // Enter focuses the detail; Enter follows its first link, to Tremplin AI.
        state = AppFixture.press([.enter, .enter], on: state)
        #expect(state.selection == .programme("tremplin-ai"))
        state = AppFixture.press([.character("[")], on: state)
        #expect(state.selection == .programme("flemish-ai-plan"))
        #expect(state.navigation.forward == [.programme("tremplin-ai")])
        state = update(state, .click(column: 5, row: 2))
        #expect(state.navigation.forward.isEmpty, "a click elsewhere drops the forward part")
        #expect(state.navigation.back.last == .programme("flemish-ai-plan"))
    }

    @Test func arrowKeysDoNotRecordPlaces() throws {
        let state = AppFixture.press([.down, .down, .up], on: try state())
        #expect(state.navigation.back.isEmpty)
    }

    @Test func historyKeepsAtLeastAHundredPlaces() throws {
        var state = try state()
        state.lastResults = ["start-ai", "tremplin-ai"]
        state = AppFixture.press(Array(repeating: .character("n"), count: 150), on: state)
        #expect(state.navigation.back.count == 150)
        state = AppFixture.press(Array(repeating: .character("n"), count: 150), on: state)
        #expect(state.navigation.back.count == NavigationHistory.limit)
        #expect(NavigationHistory.limit >= 100)
        state = AppFixture.press(Array(repeating: .character("["), count: 120), on: state)
        #expect(state.navigation.forward.count == 120)
    }

    @Test func nAndNRecordTheirPlaces() throws {
        var state = type("gov:wallonia", on: AppFixture.press([.character("/")], on: try state()))
        state = AppFixture.press([.enter, .character("n")], on: state)
        let first = try #require(state.navigation.back.last)
        state = AppFixture.press([.character("[")], on: state)
        #expect(state.selection == first)
    }

    @Test func helpOpensOverAnyScreenAndEscapeClosesOnlyIt() throws {
        var state = AppFixture.press([.character("c"), .character("?")], on: try state())
        #expect(stack(state) == ["compare", "help"])
        let text = view(state).text
        #expect(text.contains("[ Backspace"))
        #expect(text.contains("back to the place before"))
        state = AppFixture.press([.escape], on: state)
        #expect(stack(state) == ["compare"])
    }

    @Test func footerSaysWhatEscapeReturnsTo() throws {
        var state = type("tremplin", on: AppFixture.press([.character("/")], on: try state()))
        state = AppFixture.press([.enter], on: state)
        let footer = view(state).lines.last ?? ""
        #expect(footer.contains("Esc to search"))
        #expect(footer.contains("[ ] back/fwd"))
    }

    @Test func browsingFromASearchSnapshot() throws {
        var state = type("tremplin", on: AppFixture.press([.character("/")], on: try state()))
        state = AppFixture.press([.enter, .character("[")], on: state)
        AppFixture.assertSnapshot(view(state).text, named: "back-from-a-result-100x30")
    }

    @Test func theStackIsBounded() throws {
        var state = try state()
        state.bookmarks = ["start-ai"]
        // B opens the bookmarks, Enter browses to the bookmark over them: two screens each time.
        for _ in 0..<State.screenLimit { state = AppFixture.press([.character("B"), .enter], on: state) }
        #expect(state.screens.count == State.screenLimit)
        state = AppFixture.press(Array(repeating: .escape, count: State.screenLimit), on: state)
        #expect(state.screens.isEmpty)
    }
}
