import Foundation
import Testing

/// The evidence screen in the real explorer: with the documents, without them, and `y` handing
/// the citation to the terminal as OSC 52.
@Suite(.serialized) struct EvidenceE2ETests {
    private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appending(path: "../BeaiAppTests/Fixtures").standardizedFileURL

    /// beai on the explorer fixture, on the Flemish plan's first figure in the detail pane.
    private func onTheFirstFigure(sources: String, terminal: String = "xterm-256color") throws -> TmuxSession {
        let session = try TmuxSession(["--data", fixtures.appending(path: "explorer").path, "--sources", sources],
                                      environment: ["XDG_STATE_HOME": FileManager.default.temporaryDirectory.path,
                                                    "TERM": terminal])
        try session.wait(for: "? help")
        try session.keys("/")
        try session.type("policy plan")
        try session.wait(for: "Search: 1 programme")
        try session.keys("Enter")
        try session.wait(for: "Esc to search")
        try session.keys("Tab")
        try session.wait(for: "e evidence")
        return session
    }

    @Test func enterOnAFigureShowsItsPassageAndEscapeComesBack() throws {
        let session = try onTheFirstFigure(sources: fixtures.appending(path: "sources").path)
        try session.keys("Enter")
        let screen = try session.wait(for: "§ Fixture ¶ 3")
        #expect(screen.contains("Figure of Flemish AI Policy Plan: annual budget “EUR 32 million”"))
        #expect(screen.contains("   3 ▌ The Flemish AI Policy Plan sets aside EUR 32 million"))
        try session.keys("n")
        #expect(try session.wait(for: "Passage 2 of 2").contains("   9 ▌ A second look at the Flemish AI Policy Plan"))
        try session.keys("Escape")
        #expect(try session.wait(for: "e evidence").contains("Detail"))
        try session.keys("q")
        #expect(session.exitStatus() == 0)
    }

    @Test func withoutTheDocumentsTheScreenSaysWhereItLooked() throws {
        let session = try onTheFirstFigure(sources: "/nonexistent/beai-sources")
        try session.keys("Enter")
        let screen = try session.wait(for: "beai looked for it at")
        #expect(screen.contains("§ Fixture ¶ 3"))
        #expect(screen.contains("/nonexistent/beai-sources/aiwatch-belgium-2021.txt"))
        try session.keys("Escape", "q")
        #expect(session.exitStatus() == 0)
    }

    @Test func yReachesTheTerminalAsOSC52() throws {
        let session = try onTheFirstFigure(sources: fixtures.appending(path: "sources").path)
        try session.acceptClipboardEscapes()
        try session.keys("Enter")
        try session.wait(for: "§ Fixture ¶ 3")
        try session.keys("y")
        #expect(try session.wait(for: "Copied to the clipboard").contains("“EUR 32 million”"))
        let citation = "“EUR 32 million”, Belgium AI Strategy Report (European Commission, AI Watch, 2021-09-01) § Fixture ¶ 3"
        let deadline = Date().addingTimeInterval(5)
        var buffers = try session.pasteBuffers()
        while !buffers.contains(citation), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            buffers = try session.pasteBuffers()
        }
        #expect(buffers.contains(citation), "tmux took no OSC 52 copy of the citation")
        try session.keys("q")
        #expect(session.exitStatus() == 0)
    }

    @Test func whereTheTerminalCannotTakeOSC52TheFooterSaysSo() throws {
        let session = try onTheFirstFigure(sources: fixtures.appending(path: "sources").path, terminal: "linux")
        try session.acceptClipboardEscapes()
        try session.keys("Enter")
        try session.wait(for: "§ Fixture ¶ 3")
        let before = try session.pasteBuffers()
        try session.keys("y")
        #expect(try session.wait(for: "This terminal cannot take a copy").contains("The citation: “EUR 32 million”"))
        Thread.sleep(forTimeInterval: 0.3)
        #expect(try session.pasteBuffers() == before, "no OSC 52 on a terminal without it")
        try session.keys("q")
        #expect(session.exitStatus() == 0)
    }
}
