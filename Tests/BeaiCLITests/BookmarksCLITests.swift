import Foundation
import Testing

/// `beai list --bookmarked` prints what the explorer's `b` bookmarked.
@Suite struct BookmarksCLITests {
    private func stateDirectory(bookmarks: Data?) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appending(path: "beai-cli-bookmarks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appending(path: "beai"), withIntermediateDirectories: true)
        if let bookmarks { try bookmarks.write(to: directory.appending(path: "beai/bookmarks")) }
        return directory
    }

    @Test func listBookmarkedPrintsThemInOrderAndNamesTheMissing() throws {
        let directory = try stateDirectory(bookmarks: Data("# beai bookmarks\ntremplin-ai\ngone-away\nflemish-ai-action-plan\n".utf8))
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try BeaiProcess.run(["list", "--bookmarked", "--json"], environment: ["XDG_STATE_HOME": directory.path])
        #expect(result.status == 0)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(objects.compactMap { $0["id"] as? String } == ["tremplin-ai", "flemish-ai-action-plan"])
        #expect(result.stderr.contains("bookmarked but not in this dataset: gone-away"))

        let text = try BeaiProcess.run(["list", "--bookmarked", "--government", "wallonia"],
                                       environment: ["XDG_STATE_HOME": directory.path])
        #expect(text.stdout.contains("tremplin-ai"))
        #expect(!text.stdout.contains("flemish-ai-action-plan"), "the other filters still apply")
    }

    @Test func aGarbledFileIsAClearError() throws {
        let directory = try stateDirectory(bookmarks: Data([0xFF, 0xFE]))
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try BeaiProcess.run(["list", "--bookmarked"], environment: ["XDG_STATE_HOME": directory.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("not a list of ids"))
    }

    @Test func noBookmarksFilePrintsNoProgrammes() throws {
        let directory = try stateDirectory(bookmarks: nil)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try BeaiProcess.run(["list", "--bookmarked", "--json"], environment: ["XDG_STATE_HOME": directory.path])
        #expect(result.status == 0)
        let objects = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Any]
        #expect(objects?.isEmpty == true)
    }
}
