import BeaiApp
import BeaiDomain
import BeaiSearch
import Testing

/// The filter panel and the filtered tree, over the explorer fixture: Flanders' plan and its
/// research strand, Wallonia's Start AI (active, EUR 2m) and Tremplin AI (completed, for SMEs),
/// Brussels' Anticipate and Joint R&D Projects (active, EUR 12m; research, and adoption as a
/// second pillar), and the Wallonia-Brussels Federation's one programme.
@Suite struct FilterTests {
    private func state(width: Int = 100, height: Int = 30) throws -> State {
        let dataset = try AppFixture.dataset()
        return State(dataset: dataset, width: width, height: height, searchIndex: try SearchIndex(dataset: dataset))
    }

    /// The panel's rows start with the governments that have programmes: Flanders, Wallonia,
    /// Brussels, the Federation. Space on Wallonia and on Brussels chooses both.
    private func walloniaAndBrussels(_ state: State) -> State {
        AppFixture.press([.character("f"), .down, .character(" "), .down, .character(" ")], on: state)
    }

    private var panel: (State) -> FilterState? = { state in
        if case let .filter(panel)? = state.topScreen { return panel }
        return nil
    }

    @Test func spaceTogglesValuesAndEachSaysWhatItWouldLeave() throws {
        let state = walloniaAndBrussels(try state())
        let filter = try #require(panel(state))
        #expect(filter.draft.chosen(.government) == ["wallonia", "brussels"])
        // Wallonia and Brussels hold four of the seven programmes.
        #expect(filter.counts.kept == 4)
        // Toggling Flanders adds its plan and strand (6); dropping Wallonia leaves Brussels' 2, and
        // the reverse; adding the Federation, its one (5).
        #expect(filter.counts.leaves[.government] == [6, 2, 2, 5])
        #expect(state.tree.governments.map(\.count) == [0, 2, 2, 2, 1, 0], "the tree waits for Enter")
        let text = view(state).text
        #expect(text.contains("Filter: 4 of 7 programmes"))
        #expect(text.contains("gov:wallonia,brussels"))
        #expect(text.contains("[x] Wallonia"))
    }

    @Test func enterAppliesTheFilterToTheTreeAndItsCounts() throws {
        var state = AppFixture.press([.enter], on: walloniaAndBrussels(try state()))
        #expect(state.screens.isEmpty)
        #expect(state.filter.chosen(.government) == ["wallonia", "brussels"])
        #expect(state.tree.governments.map(\.count) == [0, 0, 2, 2, 0, 0])
        let flanders = try #require(state.rows.first { $0.node == .government("flanders") })
        #expect(flanders.count == 0 && flanders.initiatives == 0 && flanders.total == 2, "two initiatives unfiltered")
        state.selectNode(.pillar(government: "flanders", pillar: "strategy"))
        let text = view(state).text
        #expect(text.contains("0 of 2"), "an emptied government and pillar say the initiatives they hold unfiltered")
        #expect(text.contains("0 of 1"))
        #expect(text.contains("filter: Wallonia, Brussels-Capital Region"))
        #expect(text.contains("Programmes: none (0 of 1 shown)"))
    }

    @Test func escapeLeavesTheTreeAsItWas() throws {
        let state = AppFixture.press([.escape], on: walloniaAndBrussels(try state()))
        #expect(state.screens.isEmpty)
        #expect(state.filter.isEmpty)
        #expect(state.tree.governments.map(\.count) == [0, 2, 2, 2, 1, 0])
    }

    @Test func facetsNarrowEachOtherAndBudgetRowsExcludeEachOther() throws {
        var state = walloniaAndBrussels(try state())
        // Tab goes to the pillars, roles, kinds, then statuses: active is the first status.
        state = AppFixture.press([.tab, .tab, .tab, .tab, .character(" ")], on: state)
        #expect(panel(state)?.draft.chosen(.status) == ["active"])
        #expect(panel(state)?.counts.kept == 3, "Start AI, Anticipate and Joint R&D Projects")
        state = AppFixture.press([.end, .character(" ")], on: state)
        #expect(panel(state)?.draft.excluded(.budget) == [BudgetBound.any.text], "without a budget figure")
        #expect(panel(state)?.counts.kept == 1, "Anticipate")
        state = AppFixture.press([.up, .character(" ")], on: state)
        #expect(panel(state)?.draft.chosen(.budget) == [BudgetBound.any.text])
        #expect(panel(state)?.draft.excluded(.budget).isEmpty == true, "with and without exclude each other")
        #expect(panel(state)?.counts.kept == 2, "Start AI and Joint R&D Projects")
        #expect(panel(state)?.draft.query(in: state.dataset) == "gov:wallonia,brussels status:active budget>=0")
        state = AppFixture.press([.delete], on: state)
        #expect(panel(state)?.draft.chosen(.budget).isEmpty == true, "Delete clears the facet")
    }

    @Test func capitalFClearsEveryFilterFromAnyScreen() throws {
        var state = AppFixture.press([.enter, .character("c")], on: walloniaAndBrussels(try state()))
        #expect(view(state).text.contains("Compare \u{00B7} filter: Wallonia"))
        state = AppFixture.press([.character("F")], on: state)
        #expect(state.filter.isEmpty)
        #expect(state.tree.governments.map(\.count) == [0, 2, 2, 2, 1, 0])
        #expect(state.message == "Filters cleared: every programme is shown.")
        state = AppFixture.press([.escape, .character("f"), .down, .character(" "), .character("F")], on: state)
        #expect(panel(state)?.draft.isEmpty == true, "F in the panel clears the draft too")
    }

    @Test func aHiddenProgrammeGivesWayToItsPillarAndCannotBeSelected() throws {
        var state = try state()
        state.selectNode(.programme("flemish-ai-plan"))
        state = AppFixture.press([.enter], on: walloniaAndBrussels(state))
        #expect(state.selection == .pillar(government: "flanders", pillar: "strategy"))
        state.selectNode(.programme("flemish-ai-plan"))
        #expect(state.selection == .pillar(government: "flanders", pillar: "strategy"))
        #expect(state.message?.contains("hidden by the filter") == true)
    }

    @Test func searchKeepsToTheFilterAndSaysSo() throws {
        var state = AppFixture.press([.enter], on: walloniaAndBrussels(try state()))
        state = AppFixture.press([.character("/")] + "ai".map(Key.character), on: state)
        let results = try #require(state.search?.results)
        #expect(!results.results.isEmpty)
        #expect(results.results.allSatisfy { ["wallonia", "brussels"].contains(state.dataset.programme($0.programmeID)?.government) })
        #expect(view(state).text.contains("filter: Wallonia, Brussels-Capital Region"))
        // F while browsing a result runs the search below again over every programme.
        state = AppFixture.press([.enter, .character("F"), .escape], on: state)
        #expect(state.search?.results.results.contains { $0.programmeID == "flemish-ai-plan" } == true)
    }

    @Test func sCyclesTheOrderInsideEachPillar() throws {
        var state = try state()
        let brussels = { (state: State) in state.tree.governments[3].pillars.first { $0.pillar.id == "research" }?.programmes.map(\.id) }
        #expect(brussels(state) == ["anticipate", "joint-rd-projects"])
        state = AppFixture.press([.character("s")], on: state)
        #expect(state.order == .name)
        state = AppFixture.press([.character("s"), .character("s")], on: state)
        #expect(state.order == .budget)
        #expect(brussels(state) == ["joint-rd-projects", "anticipate"], "EUR 12m first, no budget last")
        #expect(view(state).text.contains("by budget"))
        // The comparison keeps tree order: Brussels' research cell lists Anticipate first.
        var compared = state
        compared.selectNode(.government("brussels"))
        compared = AppFixture.press([.character("c"), .down, .down, .enter, .enter], on: compared)
        #expect(compared.selection == .programme("anticipate"))
        state = AppFixture.press([.character("s"), .character("s")], on: state)
        #expect(state.order == .tree)
        #expect(brussels(state) == ["anticipate", "joint-rd-projects"])
    }

    @Test func theConfigFilesSortOrdersTheTreeFromTheStart() throws {
        var state = try state()
        state.sort(by: .budget)
        #expect(state.order == .budget)
        #expect(state.tree.governments[3].pillars.first?.programmes.map(\.id) == ["joint-rd-projects", "anticipate"])
    }

    @Test func filterPanelSnapshot() throws {
        let state = AppFixture.press([.tab, .tab, .tab, .tab, .character(" ")], on: walloniaAndBrussels(try state()))
        AppFixture.assertSnapshot(view(state).text, named: "filter-panel-100x30")
    }

    @Test func filteredSortedTreeSnapshot() throws {
        var state = AppFixture.press([.enter, .character("s"), .character("s"), .character("s")],
                                     on: walloniaAndBrussels(try state()))
        state.selectNode(.programme("joint-rd-projects"))
        state.expanded.insert(.government("flanders"))
        AppFixture.assertSnapshot(view(state).text, named: "filtered-by-budget-100x30")
    }
}
