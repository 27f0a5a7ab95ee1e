import BeaiApp
import Foundation
import Testing

/// `b` toggles a bookmark, `B` lists them; the file keeps them across runs.
@Suite struct BookmarksTests {
    @Test func bTogglesABookmarkOnAProgrammeOnly() throws {
        var state = AppFixture.press([.character("b")], on: try AppFixture.state())
        #expect(state.bookmarks.isEmpty)
        #expect(state.message?.contains("select one") == true)
        state.selectNode(.programme("start-ai"))
        state = AppFixture.press([.character("b")], on: state)
        #expect(state.bookmarks == ["start-ai"])
        #expect(state.message == "Bookmarked: Start AI (B lists bookmarks)")
        #expect(view(state).text.contains("★ Start AI"), "the tree row carries the mark")
        state = AppFixture.press([.character("b")], on: state)
        #expect(state.bookmarks.isEmpty)
    }

    @Test func bookmarksScreenGoesToAProgrammeAndEscapeComesBack() throws {
        var state = try AppFixture.state()
        state.bookmarks = ["tremplin-ai", "start-ai"]
        state = AppFixture.press([.character("B"), .down, .enter], on: state)
        #expect(state.selection == .programme("start-ai"))
        state = AppFixture.press([.escape], on: state)
        guard case let .bookmarks(screen)? = state.topScreen else {
            Issue.record("Esc should return to the bookmarks")
            return
        }
        #expect(screen.selected == 1)
        state = AppFixture.press([.escape], on: state)
        #expect(state.screens.isEmpty)
    }

    @Test func dRemovesTheHighlightedBookmark() throws {
        var state = try AppFixture.state()
        state.bookmarks = ["tremplin-ai", "start-ai", "anticipate"]
        state = AppFixture.press([.character("B"), .down, .character("d")], on: state)
        #expect(state.bookmarks == ["tremplin-ai", "anticipate"])
        state = AppFixture.press([.end, .character("d"), .character("d"), .character("d")], on: state)
        #expect(state.bookmarks.isEmpty)
        #expect(view(state).text.contains("No bookmarks yet."))
    }

    @Test func anIdNotInTheDatasetIsListedAsMissing() throws {
        var state = try AppFixture.state()
        state.bookmarks = ["start-ai", "renamed-programme"]
        state = AppFixture.press([.character("B"), .down, .enter], on: state)
        #expect(state.bookmarks == ["start-ai", "renamed-programme"], "never silently dropped")
        #expect(state.message?.contains("renamed-programme is not in this dataset") == true)
        let text = view(state).text
        #expect(text.contains("≠ renamed-programme  missing: not in this dataset"))
    }

    @Test func bookmarksScreenSnapshot() throws {
        var state = try AppFixture.state(width: 80, height: 24)
        state.bookmarks = ["tremplin-ai", "flemish-ai-plan", "gone-id"]
        state = AppFixture.press([.character("B")], on: state)
        AppFixture.assertSnapshot(view(state).text, named: "bookmarks-80x24")
    }

    @Test func fileRoundTripsAndNeverLosesAGarbledFile() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "beai-bookmarks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try #require(BookmarksFile(environment: ["XDG_STATE_HOME": directory.path]))
        #expect(file.url.path.hasSuffix("beai/bookmarks"))
        let missing = file.load()
        #expect(missing.ids.isEmpty)
        #expect(missing.notice == nil, "a new user's first frame keeps its keys")

        try file.save(["start-ai", "tremplin-ai"])
        let saved = file.load()
        #expect(saved.ids == ["start-ai", "tremplin-ai"])
        #expect(saved.notice == nil && !saved.setAside)

        try Data().write(to: file.url)
        #expect(file.load().notice?.contains("is empty") == true)

        try Data([0xFF, 0xFE, 0x00, 0x41]).write(to: file.url)
        let garbled = file.load()
        #expect(garbled.ids.isEmpty)
        #expect(garbled.setAside)
        #expect(garbled.notice?.contains("not a list of ids") == true)
        try file.save(["anticipate"], setAside: true)
        #expect(file.load().ids == ["anticipate"])
        let broken = try Data(contentsOf: file.url.appendingPathExtension("broken"))
        #expect(broken == Data([0xFF, 0xFE, 0x00, 0x41]), "the garbled file is set aside, not overwritten")

        try "start-ai\nnot an id!\n".write(to: file.url, atomically: true, encoding: .utf8)
        #expect(file.load().ids.isEmpty, "a line that is not an id makes the file garbled")
        #expect(BookmarksFile(environment: [:]) == nil)
    }

    @Test func anUnreadableFileGivesNoBookmarksAndANotice() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "beai-bookmarks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        // A directory where the file should be cannot be read as a file.
        let file = BookmarksFile(url: directory.appending(path: "bookmarks"))
        try FileManager.default.createDirectory(at: file.url, withIntermediateDirectories: true)
        let loaded = file.load()
        #expect(loaded.ids.isEmpty)
        #expect(loaded.notice?.contains("Bookmarks not read") == true)
    }
}
