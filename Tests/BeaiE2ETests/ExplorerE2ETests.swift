import Foundation
import Testing

/// The real binary in tmux: what a user sees and types.
@Suite(.serialized) struct ExplorerE2ETests {
    private let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appending(path: "../BeaiAppTests/Fixtures/explorer").standardizedFileURL.path

    @Test func launchNavigateToAProgrammeAndReadItsDetail() throws {
        let session = try TmuxSession(["--data", fixture])
        #expect(try session.wait(for: "Governments").contains("data as of 2025-07"))
        try session.keys("Down", "Down", "Right", "Right", "Right", "Down", "Down")
        let detail = try session.wait(for: "Kind: call")
        #expect(detail.contains("Tremplin AI"))
        #expect(detail.contains("Also known as: Springboards"))
        #expect(detail.contains("proofs of concept: 19 projects"))
        #expect(detail.contains("“19” Belgium AI Strategy Report › Fixture"))
        try session.keys("q")
        #expect(session.exitStatus() == 0)
    }

    @Test func helpOverlayOpensAndCloses() throws {
        let session = try TmuxSession(["--data", fixture])
        try session.wait(for: "Governments")
        try session.keys("?")
        #expect(try session.wait(for: "Press ? or Esc to close").contains("switch between the tree and the detail pane"))
        try session.keys("Escape")
        Thread.sleep(forTimeInterval: 0.3)
        #expect(try !session.screen().contains("Press ? or Esc to close"))
        try session.keys("q")
        #expect(session.exitStatus() == 0)
    }

    @Test func resizeRedrawsAndTinyTerminalRecovers() throws {
        let session = try TmuxSession(["--data", fixture], width: 120, height: 40)
        try session.wait(for: "Governments")
        try session.resize(width: 60, height: 15)
        #expect(try session.wait(for: "please enlarge it").contains("This one is 60×15"))
        try session.resize(width: 90, height: 26)
        let screen = try session.wait(for: "Governments")
        #expect(!screen.contains("enlarge"))
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first { $0.hasPrefix("└") }?.count == 90 || lines.contains { $0.contains("┘┌") || $0.hasSuffix("┘") })
        try session.keys("q")
        #expect(session.exitStatus() == 0)
    }

    @Test func startsTinyAndRecoversWhenEnlarged() throws {
        let session = try TmuxSession(["--data", fixture], width: 40, height: 10)
        #expect(try session.wait(for: "enlarge").contains("80×24"))
        try session.resize(width: 100, height: 30)
        #expect(try session.wait(for: "Governments").contains("Wallonia"))
        try session.keys("C-c")
        #expect(session.exitStatus() == 0)
    }

    @Test func asciiOutsideAUTF8Locale() throws {
        let session = try TmuxSession(["--data", fixture], environment: ["LANG": "C", "LC_ALL": "C"])
        let screen = try session.wait(for: "Governments")
        #expect(screen.contains("+- Governments > pillars > programmes"))
        #expect(!screen.contains("┌"))
        try session.keys("q")
        #expect(session.exitStatus() == 0)
    }

    @Test func dumbTerminalIsRefusedWithAMessage() throws {
        let session = try TmuxSession(["--data", fixture], environment: ["TERM": "dumb"])
        #expect(session.exitStatus() == 1)
        #expect(try session.screen().contains("TERM=dumb"))
    }

    @Test func unknownTerminalIsRefusedWithAMessage() throws {
        let session = try TmuxSession(["--data", fixture], environment: ["TERM": "no-such-terminal"])
        #expect(session.exitStatus() == 1)
        #expect(try session.screen().contains("TERM=no-such-terminal is unknown"))
    }

    @Test func sigtermRestoresTheTerminalAndExits143() throws {
        let session = try TmuxSession(["--data", fixture])
        try session.wait(for: "Governments")
        let pid = try #require(try session.beaiPID())
        kill(pid, SIGTERM)
        #expect(session.exitStatus() == 143)
        Thread.sleep(forTimeInterval: 0.2)
        #expect(try !session.screen().contains("Governments"), "the alternate screen is left")
    }

    @Test func quitRestoresTheTerminal() throws {
        let session = try TmuxSession(["--data", fixture])
        try session.wait(for: "Governments")
        try session.keys("q")
        #expect(session.exitStatus() == 0)
        Thread.sleep(forTimeInterval: 0.2)
        #expect(try !session.screen().contains("Governments"))
    }
}

/// Search in the real explorer.
@Suite(.serialized) struct SearchE2ETests {
    private let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appending(path: "../BeaiAppTests/Fixtures/explorer").standardizedFileURL.path
    private let state = FileManager.default.temporaryDirectory.appending(path: "beai-e2e-state").path

    @Test func typoFindsTheProgrammeAndEnterOpensItsDetail() throws {
        let session = try TmuxSession(["--data", fixture], environment: ["XDG_STATE_HOME": state])
        try session.wait(for: "Governments")
        try session.keys("/")
        try session.type("tremplinn")
        let results = try session.wait(for: "Search: 1 programme")
        let firstResult = results.split(separator: "\n").first { $0.contains("─────") }
            .flatMap { _ in results.split(separator: "\n").drop { !$0.contains("───────") }.dropFirst().first }
        #expect(firstResult?.contains("Tremplin AI") == true)
        try session.keys("Enter")
        let detail = try session.wait(for: "Esc to search")
        #expect(detail.contains("Wallonia › Business adoption & innovation › Tremp"), "the header's path, cut to fit")
        #expect(detail.contains("Kind: call"))
        #expect(detail.contains("proofs of concept: 19 projects"))
        try session.keys("q")
        #expect(session.exitStatus() == 0)
    }

    @Test func qualifierWithCompletionNarrowsTheResults() throws {
        let session = try TmuxSession(["--data", fixture], environment: ["XDG_STATE_HOME": state])
        try session.wait(for: "Governments")
        try session.keys("/")
        try session.type("gov:bru")
        // Completion needs the search index, built after the first frame: wait for its results.
        try session.wait(for: "Search: 2 programmes")
        try session.keys("Tab")
        let screen = try session.wait(for: "gov:brussels")
        #expect(try session.wait(for: "Search: 2 programmes").contains("Anticipate"))
        #expect(screen.contains("/ gov:brussels"))
        try session.keys("Escape", "q")
        #expect(session.exitStatus() == 0)
    }

    @Test func searchOptionStartsWithTheSearchOpen() throws {
        let session = try TmuxSession(["--data", fixture, "--search", "anticipate"], environment: ["XDG_STATE_HOME": state])
        // The prompt shows at once; the results once the index, built after the first frame, is in.
        #expect(try session.wait(for: "Search: 1 programme").contains("/ anticipate"))
        try session.keys("Enter", "q")
        #expect(session.exitStatus() == 0)
        let history = try String(contentsOfFile: state + "/beai/history", encoding: .utf8)
        #expect(history.contains("anticipate\n"))
    }
}

/// The comparison in the real explorer.
@Suite(.serialized) struct CompareE2ETests {
    private let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appending(path: "../BeaiAppTests/Fixtures/explorer").standardizedFileURL.path

    @Test func openSwapDrillIntoACellAndOpenAProgramme() throws {
        let session = try TmuxSession(["--data", fixture])
        try session.wait(for: "Governments")
        try session.keys("Down", "Down", "c")
        func order(_ screen: String) -> [String] {
            let line = screen.split(separator: "\n").first { $0.contains("Wallonia") && $0.contains("Brussels") } ?? ""
            return ["Wallonia", "Brussels"].sorted {
                (line.range(of: $0)?.lowerBound ?? line.endIndex) < (line.range(of: $1)?.lowerBound ?? line.endIndex)
            }
        }
        #expect(order(try session.wait(for: "Lead agencies")) == ["Wallonia", "Brussels"])
        try session.keys("s")
        #expect(order(try session.wait { order($0) == ["Brussels", "Wallonia"] }) == ["Brussels", "Wallonia"])
        try session.keys("Down", "Down", "Down", "Enter")
        #expect(try session.wait(for: "Business adoption & innovation: 2 initiatives").contains("Tremplin AI"))
        try session.keys("Down", "Enter")
        let detail = try session.wait(for: "Kind: call")
        #expect(detail.contains("Tremplin AI"))
        try session.keys("Escape")
        #expect(try session.wait(for: "Business adoption & innovation: 2 initiatives").contains("Lead agencies"))
        try session.keys("q")
        #expect(session.exitStatus() == 0)
    }

    @Test func aUnionColumnFromThePickerAndTheYearSelector() throws {
        let session = try TmuxSession(["--data", fixture], width: 120, height: 32)
        try session.wait(for: "Governments")
        // Flanders, then the comparison with the next region, Wallonia.
        try session.keys("Down", "c")
        try session.wait(for: "Lead agencies")
        // The picker: unchoose Wallonia, choose the union listed after the governments.
        try session.keys("p", "Down", "Down", " ", "Down", "Down", "Down", "Down", " ", "Enter")
        let union = try session.wait(for: "Wallonia + Wallonia-Brussels Federation")
        #expect(union.contains("Budget <2021"))
        #expect(union.contains("€32m (1 programme, a source disagrees)"))
        #expect(union.contains("€1m (1 programme)"), "Wallcode, the Federation's, counts in the union's column")
        try session.keys("<", "<")
        let earliest = try session.wait(for: "Budget  2019>")
        #expect(earliest.contains("no figure for 2019"))
        #expect(earliest.contains("< > year"), "the footer says which keys change the year")
        try session.keys(">")
        #expect(try session.wait(for: "Budget <2020>").contains("€1m in 2020"))
        try session.keys("q")
        #expect(session.exitStatus() == 0)
    }
}
