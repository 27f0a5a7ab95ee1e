import BeaiDomain
import Foundation
import Testing

/// The provenance check of milestones: the date as the source writes it must be in the document
/// cited, under a heading of it, like a figure's text.
@Suite struct ProvenanceCheckTests {
    /// A sources directory with the fixture's two documents.
    private static func sources() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appending(path: "beai-provenance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "Wallonia\nThe plan started on 1 July\n2019 with EUR 2 million.\n".write(
            to: directory.appending(path: "a.txt"), atomically: true, encoding: .utf8)
        try "Elsewhere\nNothing dated.\n".write(to: directory.appending(path: "b.txt"), atomically: true, encoding: .utf8)
        return directory
    }

    private func problems(milestones: String) throws -> [DataProblem] {
        let directory = try Self.sources()
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = Fixture.files(programmes: [Fixture.programme(overrides: ["milestones": milestones])])
        return ProvenanceCheck.problems(in: files, sourcesDirectory: directory.path)
    }

    @Test func milestoneTextFoundAcrossALineBreakPasses() throws {
        let found = try problems(milestones: #"[{"date": "2019-07-01", "event": "started", "text": "1 July 2019", "source": {"document": "doc-a", "section": "Wallonia"}}]"#)
        #expect(found.isEmpty, "\(found)")
    }

    @Test func milestoneTextOrHeadingMissingFromTheDocumentFails() throws {
        let found = try problems(milestones:
            #"[{"date": "2019-07-01", "event": "started", "text": "July 1, 2019", "source": {"document": "doc-a", "section": "Wallonia"}},"#
            + #" {"date": "2019", "event": "started", "text": "1 July 2019", "source": {"document": "doc-b", "section": "Wallonie"}}]"#)
        #expect(found.map(\.description) == [
            "programmes/all.json:2: [0] plan-a: milestones[0].text: \"July 1, 2019\" does not occur in doc-a",
            "programmes/all.json:2: [0] plan-a: milestones[1].source.section: heading \"Wallonie\" does not occur in doc-b",
            "programmes/all.json:2: [0] plan-a: milestones[1].text: \"1 July 2019\" does not occur in doc-b",
        ])
    }
}
