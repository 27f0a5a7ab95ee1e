import Foundation
import Testing

/// beai under abuse: it keeps responding and exits cleanly.
@Suite(.serialized) struct StressE2ETests {
    private let state = FileManager.default.temporaryDirectory.appending(path: "beai-e2e-stress").path

    /// Waits for the help overlay as proof that keys are still read and frames drawn.
    private func expectResponsive(_ session: TmuxSession) throws {
        for key in ["Escape", "Escape", "?"] {
            try session.keys(key)
            Thread.sleep(forTimeInterval: 0.15)
        }
        #expect(try session.wait(for: "Press ? or Esc to close", seconds: 10).contains("Keys"))
        try session.keys("Escape", "q")
        #expect(session.exitStatus(seconds: 10) == 0)
    }

    @Test func fiftyResizesInTwoSecondsWhileTyping() throws {
        let session = try TmuxSession([], environment: ["XDG_STATE_HOME": state])
        try session.wait(for: "Governments")
        var generator = SystemRandomNumberGenerator()
        let keys = ["j", "k", "l", "h", "Enter", "Tab", "/", "a", "Escape", "c", "Down"]
        let start = Date()
        for step in 0..<50 {
            try session.resize(width: Int.random(in: 30...160, using: &generator),
                               height: Int.random(in: 8...50, using: &generator))
            try session.keys(keys[step % keys.count])
            Thread.sleep(forTimeInterval: 0.035)
        }
        #expect(Date().timeIntervalSince(start) < 4)
        try session.resize(width: 100, height: 30)
        try expectResponsive(session)
    }

    @Test func holdingAKeyDownForFiveSeconds() throws {
        let session = try TmuxSession([], environment: ["XDG_STATE_HOME": state])
        try session.wait(for: "Governments")
        try session.keys("l", "l", "l")
        let end = Date().addingTimeInterval(5)
        var sent = 0
        while Date() < end {
            try session.keys("j", "j", "j", "j", "j")
            sent += 5
            Thread.sleep(forTimeInterval: 0.02)
        }
        #expect(sent > 200)
        try session.keys("g")
        #expect(try session.wait(for: "· Federal / national", seconds: 10).contains("Governments"))
        try expectResponsive(session)
    }

    @Test func pastingATenThousandCharacterQuery() throws {
        let session = try TmuxSession([], environment: ["XDG_STATE_HOME": state])
        try session.wait(for: "Governments")
        try session.keys("/")
        let words = ["innovation", "wallonia", "ai", "flanders", "research", "gov:", "\"quoted", "-not", "NEAR", "*"]
        var query = ""
        var index = 0
        while query.count < 10_000 {
            query += words[index % words.count] + " "
            index += 1
        }
        try session.paste(String(query.prefix(10_000)))
        let screen = try session.wait(seconds: 15) { $0.contains("No programme matches") }
        #expect(screen.contains("/ "), "the prompt shows the end of the pasted query")
        try expectResponsive(session)
    }
}
