import BeaiApp
import BeaiDomain
import BeaiExport
import BeaiSearch
import Foundation
import Testing

/// `x`: the prompt for a file, what each screen exports and the name it suggests, and the edge's
/// writing of the request (`ExportFile`), which `update` never does.
@Suite struct ExportTests {
    private func state() throws -> State {
        let dataset = try AppFixture.dataset()
        return State(dataset: dataset, width: 100, height: 30, searchIndex: try SearchIndex(dataset: dataset))
    }

    private func prompt(_ state: State) -> ExportState? {
        if case let .export(prompt)? = state.topScreen { return prompt }
        return nil
    }

    private func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "beai-export-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func eachViewSuggestsANameForWhatItShows() throws {
        var state = try state()
        #expect(prompt(AppFixture.press([.character("x")], on: state))?.editor.text == "beai-programmes.md")
        #expect(prompt(AppFixture.press([.character("x")], on: state))?.subject == "the tree: 7 programmes")
        // The tree as filtered and ordered: Wallonia and Brussels, by budget.
        let filtered = AppFixture.press([.character("f"), .down, .character(" "), .down, .character(" "), .enter,
                                         .character("s"), .character("s"), .character("s"), .character("x")], on: state)
        #expect(prompt(filtered)?.editor.text == "beai-wallonia-brussels-by-budget.md")
        #expect(prompt(filtered)?.subject == "the tree: 4 programmes")
        state.selectNode(.pillar(government: "flanders", pillar: "strategy"))
        state.focus = .detail
        #expect(prompt(AppFixture.press([.character("x")], on: state))?.editor.text == "beai-flanders-strategy.md")
        state.selectNode(.programme("flemish-ai-plan"))
        #expect(prompt(AppFixture.press([.character("x")], on: state))?.editor.text == "beai-flemish-ai-plan.md")
        state.focus = .tree
        let search = AppFixture.press([.character("/")] + "tremplin x".map(Key.character), on: state)
        #expect(search.search?.editor.text == "tremplin x", "x types in the search prompt")
        let searched = AppFixture.press([.backspace, .backspace, .control("x")], on: search)
        #expect(prompt(searched)?.editor.text == "beai-search-tremplin.md")
        #expect(prompt(searched)?.content.programmes.map(\.id) == ["tremplin-ai"])
        let compared = AppFixture.press([.character("c"), .character("x")], on: state)
        // The budgets of 2021, the latest year with figures for Flanders or Wallonia (the compare
        // screen's default, CompareUpdateTests); the name says which year it holds.
        #expect(prompt(compared)?.editor.text == "beai-compare-flanders-wallonia-2021.md")
        #expect(AppFixture.press([.character("?"), .character("x")], on: state).message?.contains("Nothing to export here") == true)
    }

    @Test func enterAsksTheEdgeToWriteAndItsAnswerCloses() throws {
        var state = AppFixture.press([.character("x"), .enter], on: try state())
        let request = try #require(state.exportRequest)
        #expect(request.path == "beai-programmes.md")
        #expect(request.format == .markdown)
        #expect(!request.overwrite)
        #expect(prompt(state) != nil, "the prompt waits for the edge's answer")
        state.exportFinished(.exists(path: "/tmp/beai-programmes.md"))
        #expect(prompt(state)?.confirming == "/tmp/beai-programmes.md")
        #expect(view(state).text.contains("exists: y replaces it"))
        state = AppFixture.press([.character("y")], on: state)
        #expect(state.exportRequest?.overwrite == true)
        state.exportFinished(.written(path: "/tmp/beai-programmes.md", programmes: 7))
        #expect(state.screens.isEmpty)
        #expect(state.exportRequest == nil)
        #expect(state.message == "Wrote 7 programmes to beai-programmes.md in /tmp")
    }

    @Test func aWrongNameOrAWriteErrorKeepsThePromptOpen() throws {
        var state = AppFixture.press([.character("x"), .control("u")], on: try state())
        state = update(state, .text("report.txt"))
        state = AppFixture.press([.enter], on: state)
        #expect(state.exportRequest == nil)
        #expect(prompt(state)?.problem == "The name must end in .md (a report), .csv or .json.")
        state = AppFixture.press([.backspace, .backspace, .backspace], on: state)
        state = update(state, .text("csv"))
        state = AppFixture.press([.enter], on: state)
        #expect(state.exportRequest?.format == .csv)
        state.exportFinished(.failed(path: "/nope/report.csv", reason: "there is no directory /nope"))
        #expect(prompt(state)?.problem == "Not written: there is no directory /nope")
        #expect(state.message == "Could not write /nope/report.csv: there is no directory /nope")
        #expect(!AppFixture.press([.character("q")], on: state).shouldQuit, "q types in the prompt")
        #expect(AppFixture.press([.escape], on: state).screens.isEmpty)
    }

    @Test func theEdgeWritesMarkdownCSVAndJSONAndNeverOverwritesUnasked() throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let state = AppFixture.press([.character("x")], on: try state())
        let content = try #require(prompt(state)?.content)
        let notes = ["Filter: none"]
        func write(_ path: String, _ format: ExportFormat, overwrite: Bool = false) -> ExportOutcome {
            ExportFile.perform(ExportRequest(path: path, format: format, content: content, notes: notes, overwrite: overwrite),
                               dataset: state.dataset, directory: folder, home: nil)
        }
        let file = folder.appending(path: "report.md").standardizedFileURL.path
        #expect(write("report.md", .markdown) == .written(path: file, programmes: 7))
        let markdown = try String(contentsOfFile: file, encoding: .utf8)
        #expect(markdown.hasPrefix("# Belgian AI policy: 7 programmes\n"))
        #expect(markdown.contains("Filter: none"))
        #expect(markdown.contains("| Joint R&D Projects (`joint-rd-projects`) | Brussels-Capital Region |"))
        #expect(markdown.contains("- subsidies: €12m total (budget) — “EUR 12 million”, *Brussels Region AI Policy (initiative overview)* § Initiative overview"))
        #expect(markdown.contains("- ≠ annual budget: €32m per year (budget)"), "disagreeing figures are marked")
        #expect(write("report.md", .markdown) == .exists(path: file))
        #expect(write("report.md", .markdown, overwrite: true) == .written(path: file, programmes: 7))

        #expect(write("report.csv", .csv) == .written(path: folder.appending(path: "report.csv").path, programmes: 7))
        let csv = try String(contentsOf: folder.appending(path: "report.csv"), encoding: .utf8)
        #expect(csv.hasPrefix(ProgrammeCSV.columns.joined(separator: ",") + "\r\n"))
        #expect(csv.components(separatedBy: "\r\n").count == 9, "a header, seven rows and the last line end")

        #expect(write("sub/../report.json", .json) == .written(path: folder.appending(path: "report.json").path, programmes: 7))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appending(path: "report.json"))) as? [[String: Any]]
        #expect(json?.compactMap { $0["id"] as? String } == content.programmes.map(\.id))

        guard case let .failed(_, reason) = write("missing/report.md", .markdown) else {
            Issue.record("a file in a directory that does not exist is written")
            return
        }
        #expect(reason.hasPrefix("there is no directory"))
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "missing").path))
    }

    @Test func aProgrammeAndAComparisonAreOneJSONObject() throws {
        var state = try state()
        state.selectNode(.programme("flemish-ai-plan"))
        state.focus = .detail
        let programme = try #require(prompt(AppFixture.press([.character("x")], on: state))?.content)
        let request = ExportRequest(path: "p.json", format: .json, content: programme, notes: [], overwrite: false)
        let object = try JSONSerialization.jsonObject(with: Data(try ExportFile.text(of: request, dataset: state.dataset).utf8))
        #expect((object as? [String: Any])?["id"] as? String == "flemish-ai-plan")
        let markdown = try ExportFile.text(of: ExportRequest(path: "p.md", format: .markdown, content: programme, notes: [],
                                                             overwrite: false), dataset: state.dataset)
        #expect(markdown.hasPrefix("# Flemish AI Policy Plan (`flemish-ai-plan`)"))
        #expect(markdown.contains("- **Government:** Flanders"))

        state.focus = .tree
        let comparison = try #require(prompt(AppFixture.press([.character("c"), .character("x")], on: state))?.content)
        let compared = try ExportFile.text(of: ExportRequest(path: "c.json", format: .json, content: comparison, notes: [],
                                                             overwrite: false), dataset: state.dataset)
        let keys = (try JSONSerialization.jsonObject(with: Data(compared.utf8)) as? [String: Any])?.keys.sorted()
        #expect(keys == ["governments", "headline", "pillars", "year"], "the keys of beai compare --json")
        let table = try ExportFile.text(of: ExportRequest(path: "c.md", format: .markdown, content: comparison, notes: [],
                                                          overwrite: false), dataset: state.dataset)
        #expect(table.contains("|  | Flanders | Wallonia |"))
    }

    @Test func exportPromptSnapshot() throws {
        var state = try state()
        state.selectNode(.pillar(government: "brussels", pillar: "research"))
        AppFixture.assertSnapshot(view(AppFixture.press([.character("x")], on: state)).text, named: "export-prompt-100x30")
    }
}
