import BeaiApp
import BeaiDomain
import BeaiSearch
import Foundation
import Testing

@Suite struct SearchUpdateTests {
    private func state(history: [String] = []) throws -> State {
        let dataset = try AppFixture.dataset()
        return State(dataset: dataset, width: 100, height: 30, searchIndex: try SearchIndex(dataset: dataset), history: history)
    }

    private func type(_ text: String, on state: State) -> State {
        AppFixture.press(text.map(Key.character), on: state)
    }

    @Test func slashOpensSearchAndResultsFollowEveryKeystroke() throws {
        var state = AppFixture.press([.character("/")], on: try state())
        #expect(state.search != nil)
        state = type("tremp", on: state)
        #expect(state.search?.results.results.first?.programmeID == "tremplin-ai")
        state = type("linn", on: state)
        #expect(state.search?.editor.text == "tremplinn")
        #expect(state.search?.results.results.first?.programmeID == "tremplin-ai", "a typo still finds it")
    }

    @Test func searchTypedBeforeTheIndexArrivesRunsWhenItDoes() throws {
        let dataset = try AppFixture.dataset()
        var state = State(dataset: dataset, width: 100, height: 30)
        state.indexPending = true
        state = type("tremp", on: AppFixture.press([.character("/")], on: state))
        #expect(state.search?.editor.text == "tremp")
        #expect(state.search?.results.total == 0)
        #expect(view(state).text.contains("Indexing 7 programmes"))
        state.indexReady(try SearchIndex(dataset: dataset))
        #expect(!state.indexPending)
        #expect(state.search?.results.results.first?.programmeID == "tremplin-ai")
        #expect(!view(state).text.contains("Indexing"))
    }

    @Test func deferredSearchWaitsForItsResultsAndIgnoresStaleOnes() throws {
        var state = try state()
        state.defersSearch = true
        state = type("tremp", on: AppFixture.press([.character("/")], on: state))
        #expect(state.search?.pendingQuery == "tremp")
        #expect(state.search?.results.total == 0, "nothing searched in update")
        let index = try #require(state.searchIndex)
        state.searchArrived(index.search("trem", limit: SearchState.resultLimit), filter: ProgrammeFilter())
        #expect(state.search?.pendingQuery == "tremp", "results of an older query are ignored")
        var other = ProgrammeFilter()
        other.choose("flanders", in: .government)
        state.searchArrived(index.search("tremp", limit: SearchState.resultLimit, filter: other), filter: other)
        #expect(state.search?.pendingQuery == "tremp", "results searched with another filter are ignored")
        state.searchArrived(index.search("tremp", limit: SearchState.resultLimit), filter: ProgrammeFilter())
        #expect(state.search?.pendingQuery == nil)
        #expect(state.search?.results.results.first?.programmeID == "tremplin-ai")
        // Enter acts on what is typed even before its results arrive.
        state = AppFixture.press([.backspace, .backspace, .backspace, .backspace, .backspace], on: state)
        state = type("start", on: state)
        #expect(state.search?.pendingQuery == "start")
        state = AppFixture.press([.enter], on: state)
        #expect(state.selection == .programme("start-ai"))
    }

    @Test func searchSaysSoWhenTheIndexCannotBeBuilt() throws {
        var state = State(dataset: try AppFixture.dataset(), width: 100, height: 30)
        state.indexPending = true
        state.indexReady(nil)
        state = type("tremp", on: AppFixture.press([.character("/")], on: state))
        #expect(view(state).text.contains("Search is unavailable"))
    }

    @Test func enterJumpsToTheResultAndOpensItsParents() throws {
        var state = type("start", on: AppFixture.press([.character("/")], on: try state()))
        state = AppFixture.press([.enter], on: state)
        #expect(state.search == nil)
        #expect(state.selection == .programme("start-ai"))
        #expect(state.expanded.contains(.pillar(government: "wallonia", pillar: "adoption")))
        #expect(state.history == ["start"])
    }

    @Test func escapeRestoresThePreviousSelection() throws {
        var state = AppFixture.press([.down, .down], on: try state())
        state = type("anticipate", on: AppFixture.press([.character("/")], on: state))
        state = AppFixture.press([.down, .escape], on: state)
        #expect(state.search == nil)
        #expect(state.selection == .government("wallonia"))
        #expect(state.expanded.isEmpty)
    }

    @Test func promptEditsLikeAShellLine() throws {
        var state = type("joint rd projects", on: AppFixture.press([.character("/")], on: try state()))
        state = AppFixture.press([.control("w")], on: state)
        #expect(state.search?.editor.text == "joint rd ")
        state = AppFixture.press([.home, .delete, .character("J"), .end, .backspace], on: state)
        #expect(state.search?.editor.text == "Joint rd")
        state = AppFixture.press([.left, .left, .control("u")], on: state)
        #expect(state.search?.editor.text == "rd")
        #expect(state.search?.editor.cursor == 0)
        state = AppFixture.press([.control("e"), .character("x"), .control("a"), .character("y")], on: state)
        #expect(state.search?.editor.text == "yrdx")
    }

    @Test func upAndDownMoveThroughResults() throws {
        var state = type("a", on: AppFixture.press([.character("/")], on: try state()))
        let count = try #require(state.search?.results.results.count)
        #expect(count > 2)
        state = AppFixture.press([.down, .down, .up], on: state)
        #expect(state.search?.selected == 1)
        state = AppFixture.press(Array(repeating: .down, count: count + 3), on: state)
        #expect(state.search?.selected == count - 1)
    }

    @Test func historyIsRecalledWithUpOnAnEmptyPromptAndControlPN() throws {
        var state = AppFixture.press([.character("/")], on: try state(history: ["start", "anticipate"]))
        state = AppFixture.press([.up], on: state)
        #expect(state.search?.editor.text == "anticipate")
        state = AppFixture.press([.up], on: state)
        #expect(state.search?.editor.text == "start")
        state = AppFixture.press([.up], on: state)
        #expect(state.search?.editor.text == "start", "stops at the oldest")
        state = AppFixture.press([.control("n")], on: state)
        #expect(state.search?.editor.text == "anticipate")
        state = AppFixture.press([.control("n")], on: state)
        #expect(state.search?.editor.text == "")
        state = AppFixture.press([.control("p")], on: state)
        #expect(state.search?.results.results.first?.programmeID == "anticipate")
    }

    @Test func tabCompletesAQualifier() throws {
        var state = type("gov:wal", on: AppFixture.press([.character("/")], on: try state()))
        state = AppFixture.press([.tab], on: state)
        #expect(state.search?.editor.text == "gov:wallonia")
        #expect(Set(state.search?.results.results.map(\.programmeID) ?? []) == ["start-ai", "tremplin-ai"])
    }

    @Test func unknownQualifierValueSaysWhichExist() throws {
        let state = type("gov:mars", on: AppFixture.press([.character("/")], on: try state()))
        let hints = state.search?.results.hints.joined(separator: " ") ?? ""
        #expect(hints.contains("mars"))
        #expect(hints.contains("wallonia"))
    }

    @Test func nAndNGoThroughTheLastResults() throws {
        var state = type("gov:wallonia", on: AppFixture.press([.character("/")], on: try state()))
        let ids = state.search?.results.results.map(\.programmeID) ?? []
        #expect(ids.count == 2)
        state = AppFixture.press([.enter], on: state)
        #expect(state.selection == .programme(ids[0]))
        state = AppFixture.press([.character("n")], on: state)
        #expect(state.selection == .programme(ids[1]))
        state = AppFixture.press([.character("n")], on: state)
        #expect(state.selection == .programme(ids[0]), "wraps around")
        state = AppFixture.press([.character("N")], on: state)
        #expect(state.selection == .programme(ids[1]))
    }

    @Test func searchScreenSnapshot() throws {
        let state = type("tremplinn", on: AppFixture.press([.character("/")], on: try state()))
        let text = view(state).text
        #expect(text.contains("/ tremplinn"))
        #expect(text.contains("Tremplin AI  Wallonia · Business adoption"))
        #expect(text.contains("gov: Wallonia 1"))
        AppFixture.assertSnapshot(text, named: "search-100x30")
    }

    @Test func emptyStateSuggestsAndHintsAtQualifiers() throws {
        let state = type("zzzqqq", on: AppFixture.press([.character("/")], on: try state()))
        let text = view(state).text
        #expect(text.contains("No programme matches “zzzqqq”."))
        #expect(text.contains("Qualifiers: gov: pillar:"))
    }

    @Test func historyFileRoundTripsAndIgnoresCorruption() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "beai-history-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try #require(SearchHistoryFile(environment: ["XDG_STATE_HOME": directory.path]))
        #expect(file.load().isEmpty, "a missing file is an empty history")
        file.save(["start", "gov:wallonia"])
        #expect(file.load() == ["start", "gov:wallonia"])
        try Data([0xFF, 0xFE, 0x00, 0x41]).write(to: file.url)
        #expect(file.load().isEmpty, "a corrupt file is ignored")
        #expect(SearchHistoryFile(environment: [:]) == nil)
    }
}

@Suite struct LineEditorTests {
    @Test func aLongPasteIsCutAtCapacity() {
        var editor = LineEditor()
        editor.insert(String(repeating: "ab ", count: 5_000))
        #expect(editor.text.count == LineEditor.capacity)
        #expect(editor.cursor == LineEditor.capacity)
        editor.insert("more")
        #expect(editor.text.count == LineEditor.capacity)
    }

    @Test func controlCharactersNeverEnterTheLine() {
        var editor = LineEditor()
        editor.insert("a\u{1b}[31mb\nc\u{7f}d")
        #expect(editor.text == "a[31mbcd")
    }
}
