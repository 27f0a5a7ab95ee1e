import BeaiDomain
import Foundation
import Testing

/// Where beai looks for the documents at run time, and what it reads from them.
@Suite struct SourceLibraryTests {
    @Test func theOptionWinsThenTheEnvironmentThenTheDataHome() {
        let environment = ["BEAI_SOURCES": "/env", "XDG_DATA_HOME": "/data", "HOME": "/home/u"]
        #expect(SourcesLocation.resolve(option: "/opt", environment: environment)
            == SourcesLocation(directory: "/opt", origin: .option))
        #expect(SourcesLocation.resolve(option: nil, environment: environment)
            == SourcesLocation(directory: "/env", origin: .environment))
        #expect(SourcesLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/u"])
            == SourcesLocation(directory: "/data/beai/sources", origin: .dataHome))
        #expect(SourcesLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/u"])
            == SourcesLocation(directory: "/home/u/.local/share/beai/sources", origin: .home),
                "a relative XDG_DATA_HOME is ignored, as the XDG specification says")
        #expect(SourcesLocation.resolve(option: nil, environment: [:]) == nil)
    }

    /// A library over the fixture dataset whose documents live in a fresh directory.
    private static func library() throws -> (SourceLibrary, URL, Programme) {
        let directory = FileManager.default.temporaryDirectory.appending(path: "beai-library-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let dataset = try Dataset.load(Fixture.files())
        let programme = try #require(dataset.programme("plan-a"))
        return (SourceLibrary(location: SourcesLocation(directory: directory.path, origin: .option), dataset: dataset),
                directory, programme)
    }

    @Test func aDocumentIsReadWhenFirstAskedFor() throws {
        let (library, directory, programme) = try Self.library()
        defer { try? FileManager.default.removeItem(at: directory) }
        let citation = Citation(document: "doc-a", section: "Wallonia", paragraph: 2)
        let before = library.evidence(for: citation, figureText: "EUR 2 million", programme: programme)
        #expect(before.problem == "Document A: no text file at \(directory.path)/a.txt")
        #expect(before.path == directory.appending(path: "a.txt").path)
        try ProvenanceCheckTests.documentA.write(to: directory.appending(path: "a.txt"), atomically: true, encoding: .utf8)
        let after = library.evidence(for: citation, figureText: "EUR 2 million", programme: programme)
        #expect(after.problem == nil, "a file copied in later is found: nothing was read or given up on at start")
        let paragraph = try #require(after.paragraph)
        #expect(paragraph.number == 2)
        #expect(after.marks.map { String(Array(paragraph.text)[$0]) } == ["EUR 2 million"])
        #expect(after.sectionPath == ["Wallonia"])
    }

    @Test func everyReasonAParagraphCannotBeShownIsSaid() throws {
        let (library, directory, programme) = try Self.library()
        defer { try? FileManager.default.removeItem(at: directory) }
        try ProvenanceCheckTests.documentA.write(to: directory.appending(path: "a.txt"), atomically: true, encoding: .utf8)
        func problem(_ citation: Citation) -> String? {
            library.evidence(for: citation, figureText: nil, programme: programme).problem
        }
        #expect(problem(Citation(document: "doc-z", section: "X", paragraph: 1)) == "no document \"doc-z\" in the data")
        #expect(problem(Citation(document: "doc-a", section: "Wallonia")) == "the citation gives no paragraph")
        #expect(problem(Citation(document: "doc-a", section: "Wallonia", paragraph: 7)) == "Document A has no paragraph 7 (it has 4)")
    }

    @Test func passagesMentioningAProgrammeComeInDocumentOrder() throws {
        let (library, directory, programme) = try Self.library()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "Plan A\n\nNothing here.\n\nThe plan alpha pays for it.\n".write(
            to: directory.appending(path: "b.txt"), atomically: true, encoding: .utf8)
        try "Intro.\n\nPlan A starts, and Plan Alpha goes on.\n".write(
            to: directory.appending(path: "a.txt"), atomically: true, encoding: .utf8)
        let passages = library.passages(mentioning: programme)
        #expect(passages.map { "\($0.document.id) ¶ \($0.paragraph.number)" } == ["doc-a ¶ 2", "doc-b ¶ 3"],
                "headings and paragraphs without a mention are left out")
        #expect(passages[0].marks.count == 2)
    }
}
