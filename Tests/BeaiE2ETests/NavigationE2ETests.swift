import Foundation
import Testing

/// The screen stack, history and bookmarks in the real explorer.
@Suite(.serialized) struct NavigationE2ETests {
    private let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appending(path: "../BeaiAppTests/Fixtures/explorer").standardizedFileURL.path

    private func freshStateDirectory() -> String {
        let path = FileManager.default.temporaryDirectory.appending(path: "beai-e2e-nav-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func bookmarkQuitStartAgainAndFindItUnderB() throws {
        let state = freshStateDirectory()
        defer { try? FileManager.default.removeItem(atPath: state) }
        let first = try TmuxSession(["--data", fixture], environment: ["XDG_STATE_HOME": state])
        #expect(try first.wait(for: "? help").contains("Governments"), "no notice without a bookmarks file")
        try first.keys("/")
        try first.type("tremplin")
        try first.wait(for: "Search: 1 programme")
        try first.keys("Enter")
        try first.wait(for: "Kind: call")
        try first.keys("b")
        #expect(try first.wait(for: "Bookmarked: Tremplin AI").contains("★ Tremplin AI"))
        try first.keys("q")
        #expect(first.exitStatus() == 0)
        let saved = try String(contentsOfFile: state + "/beai/bookmarks", encoding: .utf8)
        #expect(saved.contains("\ntremplin-ai\n"))

        let second = try TmuxSession(["--data", fixture], width: 130, environment: ["XDG_STATE_HOME": state])
        let start = try second.wait(for: "? help")
        #expect(start.contains("Governments"))
        try second.keys("B")
        let list = try second.wait(for: "Bookmarks: 1 programme")
        #expect(list.contains("★ Tremplin AI  Wallonia › Business adoption & innovation"))
        try second.keys("Enter")
        #expect(try second.wait(for: "Esc to bookmarks").contains("Wallonia › Business adoption & innovation › Tremplin AI"))
        try second.keys("Escape")
        try second.wait(for: "Bookmarks: 1 programme")
        try second.keys("d")
        try second.wait(for: "No bookmarks yet.")
        try second.keys("Escape", "q")
        #expect(second.exitStatus() == 0)
        #expect(!(try String(contentsOfFile: state + "/beai/bookmarks", encoding: .utf8)).contains("tremplin-ai"))
    }

    @Test func aGarbledBookmarksFileIsSaidOnceAndKept() throws {
        let state = freshStateDirectory()
        defer { try? FileManager.default.removeItem(atPath: state) }
        try FileManager.default.createDirectory(atPath: state + "/beai", withIntermediateDirectories: true)
        try Data([0xFF, 0x00, 0xFE]).write(to: URL(fileURLWithPath: state + "/beai/bookmarks"))
        let session = try TmuxSession(["--data", fixture], environment: ["XDG_STATE_HOME": state])
        #expect(try session.wait(for: "Bookmarks not read").contains("Governments"))
        try session.keys("Down")
        #expect(!(try session.wait(for: "? help")).contains("Bookmarks not read"), "said once")
        try session.keys("q")
        #expect(session.exitStatus() == 0)
        #expect(FileManager.default.contents(atPath: state + "/beai/bookmarks") == Data([0xFF, 0x00, 0xFE]),
                "nothing was written: the file is as it was")
    }

    @Test func treeSearchResultCompareProgrammeAndBackWithEscapeAndBrackets() throws {
        let state = freshStateDirectory()
        defer { try? FileManager.default.removeItem(atPath: state) }
        let session = try TmuxSession(["--data", fixture], width: 130, environment: ["XDG_STATE_HOME": state])
        try session.wait(for: "Governments")
        try session.keys("/")
        try session.type("tremplin")
        try session.wait(for: "Search: 1 programme")
        try session.keys("Enter")
        try session.wait(for: "Esc to search")
        // Compare Wallonia with Brussels; the fourth row, business adoption, lists Start AI first.
        try session.keys("c")
        try session.wait(for: "Lead agencies")
        try session.keys("Down", "Down", "Down", "Enter")
        try session.wait(for: "Business adoption & innovation: 2 initiatives")
        try session.keys("Enter")
        #expect(try session.wait(for: "Esc to compare").contains("Wallonia › Business adoption & innovation › Start AI"))
        try session.keys("[")
        #expect(try session.wait(for: "› Tremplin AI").contains("Esc to compare"), "[ goes back a place, on the same screen")
        try session.keys("]")
        try session.wait(for: "› Start AI")
        try session.keys("Escape")
        try session.wait(for: "Business adoption & innovation: 2 initiatives")
        try session.keys("Escape", "Escape")
        #expect(try session.wait(for: "Esc to search").contains("› Start AI"))
        try session.keys("Escape")
        #expect(try session.wait(for: "/ tremplin").contains("Search: 1 programme"))
        try session.keys("Escape")
        let tree = try session.wait(for: "? help")
        #expect(tree.contains("? help"))
        #expect(!tree.contains("Esc to"))
        try session.keys("q")
        #expect(session.exitStatus() == 0)
    }
}
