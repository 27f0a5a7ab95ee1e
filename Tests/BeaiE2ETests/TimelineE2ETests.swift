import Foundation
import Testing

/// The timeline in the real explorer, opened from a comparison.
@Suite(.serialized) struct TimelineE2ETests {
    /// How long a step may take to show: waits end as soon as the text shows, and CI runs the
    /// end-to-end suites side by side on two cores, where a frame can wait its turn for seconds.
    static let patience = 20.0

    private let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appending(path: "../BeaiAppTests/Fixtures/timeline").standardizedFileURL.path

    @Test func fromCompareMoveTheYearOpenAProgrammeAndComeBack() throws {
        let state = FileManager.default.temporaryDirectory.appending(path: "beai-e2e-timeline-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: state) }
        let session = try TmuxSession(["--data", fixture], environment: ["XDG_STATE_HOME": state])
        try session.wait(for: "? help", seconds: Self.patience)
        // Flanders, then compare it with the next region, Wallonia (the footer names the year keys).
        try session.keys("Down", "c")
        try session.wait(for: "< > year", seconds: Self.patience)
        try session.keys("T")
        let opened = try session.wait(for: "Timeline: Flanders · Wallonia", seconds: Self.patience)
        #expect(opened.contains("2025: 5 running"), "the cursor starts at the year of the latest source")
        #expect(opened.contains("◆"))
        // Two years back: 2023, when Flanders runs three programmes (the plan, research, open data)
        // and Wallonia three (DigitalWallonia4.ai, ARIAC, Cap AI).
        try session.keys("Left", "Left")
        let moved = try session.wait(for: "2023: 6 running", seconds: Self.patience)
        #expect(moved.contains("No milestone in 2023."))
        try session.keys("Left", "Left", "Left", "Left")
        #expect(try session.wait(for: "2019: 3 running", seconds: Self.patience).contains("Milestones in 2019"))
        // The second row, by start year then name: Flanders AI Research Programme (2019).
        try session.keys("Down", "Enter")
        let programme = try session.wait(for: "Esc to the timeline", seconds: Self.patience)
        #expect(programme.contains("Flanders › Research › Flanders AI Research"))
        #expect(programme.contains("Years: 2019–2023"))
        try session.keys("Escape")
        #expect(try session.wait(for: "2019: 3 running", seconds: Self.patience).contains("Timeline: Flanders · Wallonia"), "as it was left")
        try session.keys("Escape")
        try session.wait(for: "< > year", seconds: Self.patience)
        try session.keys("Escape")
        #expect(!(try session.wait(for: "? help", seconds: Self.patience)).contains("Esc to"))
        try session.keys("q")
        #expect(session.exitStatus() == 0)
    }
}
