import BeaiApp
import Testing

/// Keys a config file binds: the screens see the command's default key, the old default does
/// nothing, the help shows the keys as bound.
@Suite struct KeymapTests {
    @Test func theStandardKeysNeverCollide() {
        #expect(Keymap.standard.collisions.isEmpty)
    }

    @Test func aReboundQuitQuitsAndTheOldKeyDoesNothing() throws {
        var state = try AppFixture.state()
        state.keymap.bind(.quit, to: [.character("x"), .control("q")])
        #expect(!AppFixture.press([.character("q")], on: state).shouldQuit)
        #expect(AppFixture.press([.character("x")], on: state).shouldQuit)
        #expect(AppFixture.press([.control("q")], on: state).shouldQuit)
        #expect(AppFixture.press([.control("c")], on: state).shouldQuit, "Ctrl-C always quits")
    }

    @Test func reboundMovesActOnEveryScreenButNotInAPrompt() throws {
        var state = try AppFixture.state()
        state.keymap.bind(.down, to: [.character("w")])
        state = AppFixture.press([.character("w")], on: state)
        #expect(state.selection == .government("flanders"))
        state = AppFixture.press([.character("j")], on: state)
        #expect(state.selection == .government("flanders"), "j is no longer down")
        state = AppFixture.press([.character("/"), .character("w")], on: state)
        #expect(state.search?.editor.text == "w", "a prompt takes every key as text")
    }

    @Test func aCollisionIsFound() {
        var keymap = Keymap.standard
        keymap.bind(.quit, to: [.character("b")])
        let found = keymap.collisions.map { "\($0.1.rawValue)/\($0.2.rawValue)" }
        #expect(found == ["quit/bookmark"])
        var apart = Keymap.standard
        apart.bind(.removeBookmark, to: [.character("s")])
        #expect(apart.collisions.isEmpty, "compare's s and the bookmarks' s never act on one screen")
    }

    @Test func helpShowsTheKeysAsBound() throws {
        var state = try AppFixture.state(height: 40)
        state.keymap.bind(.quit, to: [.character("x"), .control("q")])
        state = AppFixture.press([.character("?"), .end], on: state)
        #expect(view(state).text.contains("x Ctrl-Q       quit"))
    }

    @Test func keyNamesRoundTrip() {
        for name in ["q", "ctrl-q", "enter", "esc", "tab", "shift-tab", "backspace", "up", "pagedown", "space", "G", "/"] {
            #expect(KeyName.key(name) != nil, "\(name)")
        }
        #expect(KeyName.key("ctrl-") == nil)
        #expect(KeyName.key("hyper-x") == nil)
        #expect(KeyName.key("") == nil)
        #expect(KeyName.label(.control("q")) == "Ctrl-Q")
    }
}
