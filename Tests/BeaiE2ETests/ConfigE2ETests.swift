import Foundation
import Testing

/// The config file in the real explorer.
@Suite(.serialized) struct ConfigE2ETests {
    private let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appending(path: "../BeaiAppTests/Fixtures/explorer").standardizedFileURL.path

    private func configDirectory(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appending(path: "beai-e2e-config-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path + "/beai", withIntermediateDirectories: true)
        try text.write(toFile: path + "/beai/config.toml", atomically: true, encoding: .utf8)
        return path
    }

    @Test func aConfigRebindsQuitAndSetsTheLightTheme() throws {
        let config = try configDirectory("theme = \"light\"\n[keys]\nquit = [\"z\"]\n")
        defer { try? FileManager.default.removeItem(atPath: config) }
        let session = try TmuxSession(["--data", fixture], environment: ["XDG_CONFIG_HOME": config])
        try session.wait(for: "Governments")
        let styled = try session.styledScreen()
        // The light theme's pane titles are bold blue (SGR 34); the dark one's are cyan (36).
        #expect(styled.contains("34m"), "no blue in \(styled.prefix(300))")
        #expect(!styled.contains("[36m") && !styled.contains(";36m"))
        // The keys are more than 30 rows hold: quit is the last line.
        try session.keys("?")
        try session.wait(for: "Keys")
        try session.keys("G")
        let help = try session.wait(for: "quit (Ctrl-C always quits)")
        let quitLine = help.split(separator: "\n").first { $0.contains("quit (Ctrl-C always quits)") } ?? ""
        #expect(quitLine.contains(" z ") && !quitLine.contains(" q "), "quit is shown as bound: \(quitLine)")
        try session.keys("Escape", "q")
        Thread.sleep(forTimeInterval: 0.3)
        #expect(try session.screen().contains("Governments"), "q no longer quits")
        try session.keys("z")
        #expect(session.exitStatus() == 0)
    }

    @Test func aBrokenConfigSaysWhereOnceAndKeepsTheDefaults() throws {
        let config = try configDirectory("theme = \"light\"\nascii = \"sometimes\"\n")
        defer { try? FileManager.default.removeItem(atPath: config) }
        let session = try TmuxSession(["--data", fixture], environment: ["XDG_CONFIG_HOME": config])
        let first = try session.wait(for: "config.toml:2:")
        #expect(first.contains("ascii must be true or false"))
        #expect(first.contains("▸ Flanders"), "the bad setting keeps its default: Unicode")
        try session.keys("Down")
        #expect(!(try session.wait(for: "? help")).contains("config.toml:2"))
        try session.keys("q")
        #expect(session.exitStatus() == 0)
    }

    @Test func noColorTurnsColourOff() throws {
        let session = try TmuxSession(["--data", fixture, "--no-color"])
        try session.wait(for: "Governments")
        let styled = try session.styledScreen()
        for colour in 30...37 { #expect(!styled.contains("[\(colour)m") && !styled.contains(";\(colour)m"), "colour \(colour)") }
        try session.keys("q")
        #expect(session.exitStatus() == 0)
    }
}
