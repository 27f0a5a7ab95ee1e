import Foundation
import Testing

/// Filtering, sorting and exporting in the real explorer, over the built-in data.
@Suite(.serialized) struct FilterExportE2ETests {
    private func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appending(path: "beai-e2e-export-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Wallonia and Brussels (73 of the 294 built-in programmes), initiatives (70), active (63),
    /// for SMEs: two, Start AI (Wallonia) and Innoviris' Innovation Vouchers (Brussels), worked
    /// out from Resources/. The panel lists the governments in data order (federal, flanders,
    /// wallonia, brussels, ...), the roles and statuses with initiative and active first, and
    /// target groups most used first: companies (80), public-bodies (56), researchers (48),
    /// citizens (38), pupils and smes (26 each, by name).
    @Test func filterSortByBudgetExportToMarkdownAndAskBeforeReplacing() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let session = try TmuxSession([], width: 120, height: 40, environment: ["XDG_STATE_HOME": directory],
                                      directory: directory)
        try session.wait(for: "Governments")
        try session.keys("f")
        try session.wait(for: "Filter: 294 of 294 programmes")
        try session.keys("Down", "Down", "Space", "Down", "Space")
        try session.wait(for: "Filter: 73 of 294 programmes")
        try session.keys("Tab", "Tab", "Space")
        try session.wait(for: "Filter: 70 of 294 programmes")
        try session.keys("Tab", "Tab", "Space")
        try session.wait(for: "Filter: 62 of 294 programmes")
        try session.keys("Tab", "Down", "Down", "Down", "Down", "Down", "Space")
        let panel = try session.wait(for: "Filter: 2 of 294 programmes")
        #expect(panel.contains("gov:wallonia,brussels role:initiative status:active target:smes"))
        try session.keys("Enter")
        // The header cuts the filter's words at 120 columns; the panel and the file give them whole.
        let filtered = try session.wait(for: "filter: initiatives · Wallonia, Brussels-Capital Region · status active")
        #expect(filtered.contains("0 of 18"), "the federal level, left empty, says the initiatives it holds")
        #expect(filtered.contains("Programmes: none (0 of 112 shown)"), "and its detail, every programme")
        try session.keys("s", "s", "s")
        try session.wait(for: "Programmes by budget, largest first")
        try session.keys("x")
        let name = "beai-wallonia-brussels-initiative-active-smes-by-budget.md"
        #expect(try session.wait(for: "Export the tree: 2 programmes").contains("File: \(name)"))
        try session.keys("Enter")
        let file = directory + "/" + name
        let written = try session.wait(for: "Wrote 2 programmes to")
        #expect(written.contains(name))
        let markdown = try String(contentsOfFile: file, encoding: .utf8)
        #expect(markdown.hasPrefix("# Belgian AI policy: 2 programmes\n"))
        #expect(markdown.contains(
            "Filter: initiatives · Wallonia, Brussels-Capital Region · status active · SMEs (`gov:wallonia,brussels role:initiative status:active target:smes`)"))
        #expect(markdown.contains("Order inside each pillar: by budget"))
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| Start AI") || $0.hasPrefix("| Innovation Vouchers") }
        #expect(rows.count == 2)
        #expect(rows.first?.hasPrefix("| Start AI (`start-ai`) | Wallonia |") == true, "in the tree's order")
        #expect(markdown.contains("## Figures and sources"))
        #expect(markdown.contains(" § "), "figures and sources carry their citations")

        try session.keys("x", "Enter")
        try session.wait(for: "y replace it")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == markdown, "nothing replaced before y")
        try session.keys("y")
        try session.wait(for: "Wrote 2 programmes to")
        try session.keys("x", "C-u")
        try session.type("/no/such/dir/report.md")
        try session.keys("Enter")
        #expect(try session.wait(for: "Not written: there is no directory /no/such/dir").contains("Could not write"))
        try session.keys("Escape", "F")
        try session.wait(for: "Filters cleared")
        try session.keys("q")
        #expect(session.exitStatus() == 0)
    }
}
