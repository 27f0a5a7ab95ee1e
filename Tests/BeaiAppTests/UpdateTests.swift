import BeaiApp
import BeaiDomain
import Testing

@Suite struct UpdateTests {
    @Test func startsOnTheFirstGovernmentWithEverythingCollapsed() throws {
        let state = try AppFixture.state()
        #expect(state.selection == .government("federal"))
        #expect(state.rows.map(\.node) == ["federal", "flanders", "wallonia", "brussels", "fwb", "eu"].map(NodeID.government))
        #expect(state.rows.first { $0.node == .government("brussels") }?.count == 2)
    }

    @Test func arrowsAndVimKeysMoveTheSelection() throws {
        var state = AppFixture.press([.down, .character("j")], on: try AppFixture.state())
        #expect(state.selection == .government("wallonia"))
        state = AppFixture.press([.up], on: state)
        #expect(state.selection == .government("flanders"))
        state = AppFixture.press([.character("G")], on: state)
        #expect(state.selection == .government("eu"))
        state = AppFixture.press([.home], on: state)
        #expect(state.selection == .government("federal"))
        state = AppFixture.press([.up], on: state)
        #expect(state.selection == .government("federal"), "the selection stops at the top")
    }

    @Test func rightExpandsThenEntersLeftCollapsesThenGoesUp() throws {
        var state = AppFixture.press([.down, .down, .right], on: try AppFixture.state())
        #expect(state.expanded.contains(.government("wallonia")))
        state = AppFixture.press([.character("l")], on: state)
        #expect(state.selection == .pillar(government: "wallonia", pillar: "adoption"))
        state = AppFixture.press([.enter, .down], on: state)
        #expect(state.selection == .programme("start-ai"))
        state = AppFixture.press([.left], on: state)
        #expect(state.selection == .pillar(government: "wallonia", pillar: "adoption"))
        state = AppFixture.press([.left], on: state)
        #expect(!state.expanded.contains(.pillar(government: "wallonia", pillar: "adoption")))
    }

    @Test func enterOnAProgrammeFocusesTheDetailAndFollowsALink() throws {
        var state = try AppFixture.state()
        state.selectNode(.programme("flemish-ai-plan"))
        #expect(state.expanded.isSuperset(of: [.government("flanders"), .pillar(government: "flanders", pillar: "strategy")]))
        state = AppFixture.press([.enter], on: state)
        #expect(state.focus == .detail)
        #expect(state.detailLink == 0)
        // Past the two figures and the source line, the related programme.
        state = AppFixture.press([.down, .down, .down, .enter], on: state)
        #expect(state.selection == .programme("tremplin-ai"))
        #expect(state.focus == .tree)
        #expect(state.expanded.contains(.pillar(government: "wallonia", pillar: "adoption")))
    }

    @Test func tabSwitchesPanesAndEscapeReturns() throws {
        var state = AppFixture.press([.tab], on: try AppFixture.state())
        #expect(state.focus == .detail)
        state = AppFixture.press([.escape], on: state)
        #expect(state.focus == .tree)
    }

    @Test func spaceMarksProgrammesAndExpandsOtherNodes() throws {
        var state = AppFixture.press([.character(" ")], on: try AppFixture.state())
        #expect(state.expanded.contains(.government("federal")) == false, "federal has no programmes to expand")
        state.selectNode(.programme("start-ai"))
        state = AppFixture.press([.character(" ")], on: state)
        #expect(state.marked == ["start-ai"])
        state = AppFixture.press([.character(" ")], on: state)
        #expect(state.marked.isEmpty)
    }

    @Test func helpOpensAndClosesAndSwallowsKeys() throws {
        var state = AppFixture.press([.character("?")], on: try AppFixture.state())
        #expect(state.showHelp)
        state = AppFixture.press([.down], on: state)
        #expect(state.selection == .government("federal"))
        state = AppFixture.press([.escape], on: state)
        #expect(!state.showHelp)
    }

    @Test func quitKeys() throws {
        #expect(AppFixture.press([.character("q")], on: try AppFixture.state()).shouldQuit)
        #expect(AppFixture.press([.control("c")], on: try AppFixture.state()).shouldQuit)
        #expect(AppFixture.press([.character("?"), .character("q")], on: try AppFixture.state()).shouldQuit)
    }

    @Test func pagingMovesByAPageAndStaysInRange() throws {
        var state = try AppFixture.state(height: 24)
        for id in ["flanders", "wallonia", "brussels"] { state.expanded.insert(.government(id)) }
        state = AppFixture.press([.pageDown], on: state)
        #expect(state.selectedRow == min(state.rows.count - 1, 21))
        state = AppFixture.press([.pageUp, .pageUp], on: state)
        #expect(state.selectedRow == 0)
    }

    @Test func mouseClickSelectsAndWheelScrolls() throws {
        var state = try AppFixture.state()
        state = update(state, .click(column: 5, row: 4))
        #expect(state.selection == .government("wallonia"))
        state = update(state, .click(column: 5, row: 4))
        #expect(state.expanded.contains(.government("wallonia")), "a second click on the selection toggles it")
        state = update(state, .scroll(up: false, column: 5, row: 5))
        #expect(state.selectedRow == 5)
    }

    @Test func resizeKeepsTheSelectionVisible() throws {
        var state = try AppFixture.state()
        for id in ["flanders", "wallonia", "brussels"] { state.expanded.insert(.government(id)) }
        state.selectNode(.programme("joint-rd-projects"))
        state = update(state, .resize(width: 80, height: 10))
        #expect(state.isTooSmall)
        state = update(state, .resize(width: 80, height: 24))
        #expect(!state.isTooSmall)
        let index = try #require(state.selectedRow)
        #expect(index >= state.treeOffset && index < state.treeOffset + 20)
    }
}

