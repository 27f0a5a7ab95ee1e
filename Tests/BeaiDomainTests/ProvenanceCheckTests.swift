import BeaiDomain
import Foundation
import Testing

/// `ProvenanceCheck` against invented source texts: each rule on a citation (of a figure, a source or
/// a milestone) or a summary broken in exactly that way.
@Suite struct ProvenanceCheckTests {
    static let documentA = """
        Wallonia

        The plan sets aside EUR 2 million every year for
        training in small firms.

        Skills

        Evening classes in every town teach welding, coding and the care of old harbour cranes to adults.
        """

    /// A sources directory holding a.txt (`documentA`) and b.txt.
    private static func sourcesDirectory() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appending(path: "beai-provenance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try documentA.write(to: directory.appending(path: "a.txt"), atomically: true, encoding: .utf8)
        try "Annex\n\nNothing else here.\n".write(to: directory.appending(path: "b.txt"), atomically: true, encoding: .utf8)
        return directory.path
    }

    private func problems(_ overrides: [String: String]) throws -> [DataProblem] {
        let directory = try Self.sourcesDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let citation = #"{"document": "doc-a", "section": "Wallonia", "paragraph": 2}"#
        var fields = [
            "sources": "[\(citation)]",
            "figures": """
                [{"label": "annual budget", "value": 2000000, "unit": "EUR", "period": "per-year",
                  "budget": true, "text": "EUR 2 million", "source": \(citation)}]
                """,
        ]
        fields.merge(overrides) { $1 }
        return ProvenanceCheck.problems(
            in: Fixture.files(programmes: [Fixture.programme(overrides: fields)]), sourcesDirectory: directory)
    }

    @Test func citationsThatPointRightPass() throws {
        #expect(try problems([:]).isEmpty)
    }

    @Test func aCitationNeedsItsParagraph() throws {
        let found = try problems(["sources": #"[{"document": "doc-a", "section": "Wallonia"}]"#])
        #expect(found.map(\.path) == ["[0] plan-a: sources[0].paragraph"])
        #expect(found.first?.message.hasPrefix("no paragraph locator") == true)
    }

    @Test func theParagraphMustExist() throws {
        let found = try problems(["sources": #"[{"document": "doc-a", "section": "Wallonia", "paragraph": 9}]"#])
        #expect(found.first?.message == "doc-a has no paragraph 9 (it has 4)")
    }

    @Test func theParagraphMustBeTextNotAHeading() throws {
        let found = try problems(["sources": #"[{"document": "doc-a", "section": "Wallonia", "paragraph": 1}]"#])
        #expect(found.map(\.message) == ["paragraph 1 of doc-a is a heading: cite the text under it"])
    }

    @Test func theSectionMustStandAboveTheParagraph() throws {
        let found = try problems(["sources": #"[{"document": "doc-a", "section": "Skills", "paragraph": 2}]"#])
        #expect(found.map(\.path) == ["[0] plan-a: sources[0].section"])
        #expect(found.first?.message == "heading \"Skills\" does not stand above paragraph 2 of doc-a (its headings: Wallonia)")
    }

    @Test func aHeadingOfTheDocumentElsewhereIsNotEnough() throws {
        let found = try problems(["sources": #"[{"document": "doc-a", "section": "Wallonia", "paragraph": 4}]"#])
        #expect(found.map(\.message) == ["heading \"Wallonia\" does not stand above paragraph 4 of doc-a (its headings: Skills)"])
    }

    @Test func theFigureTextMustOccurInItsParagraph() throws {
        let found = try problems(["figures": """
            [{"label": "annual budget", "value": 2000000, "unit": "EUR", "period": "per-year", "text": "EUR 2 million",
              "source": {"document": "doc-a", "section": "Skills", "paragraph": 4}}]
            """])
        #expect(found.map(\.path) == ["[0] plan-a: figures[0].text"])
        #expect(found.first?.message == "\"EUR 2 million\" does not occur in paragraph 4 of doc-a")
    }

    @Test func aSummarySharingEightWordsInARowWithASourceFails() throws {
        let found = try problems(["summary": #""Adults learn the care of old harbour cranes to adults, in evening classes.""#])
        #expect(found.map(\.path) == ["[0] plan-a: summary"])
        #expect(found.first?.message.hasPrefix("shares 8 words in a row with doc-a") == true)
        let copied = try problems(["summary": #""It sets aside EUR 2 million every year for training in small firms.""#])
        #expect(copied.map(\.message).first?.hasPrefix("shares 12 words in a row with doc-a") == true,
                "the run is read across the source's line breaks: \(copied.map(\.message))")
    }

    @Test func sevenWordsInARowAreStillOwnWords() throws {
        #expect(try problems(["summary": #""Adults learn the care of old harbour cranes at night.""#]).isEmpty)
    }

    @Test func aMilestoneIsCheckedLikeAFigure() throws {
        let milestone = #"{"date": "2019", "event": "started", "text": "every year for training", "source": "#
        #expect(try problems(["milestones": "[" + milestone + #"{"document": "doc-a", "section": "Wallonia", "paragraph": 2}}]"#])
            .isEmpty, "the text is found across the paragraph's line break")
        let elsewhere = try problems(["milestones": "[" + milestone + #"{"document": "doc-a", "section": "Skills", "paragraph": 4}}]"#])
        #expect(elsewhere.map(\.path) == ["[0] plan-a: milestones[0].text"])
        #expect(elsewhere.first?.message == "\"every year for training\" does not occur in paragraph 4 of doc-a")
        let unlocated = try problems(["milestones": "[" + milestone + #"{"document": "doc-a", "section": "Wallonia"}}]"#])
        #expect(unlocated.map(\.path) == ["[0] plan-a: milestones[0].source.paragraph"])
    }

    @Test func aMissingDocumentIsReportedWithItsPath() throws {
        let found = ProvenanceCheck.problems(in: Fixture.files(), sourcesDirectory: "/nonexistent")
        #expect(found.map(\.message) == [
            "source text not found at /nonexistent/a.txt", "source text not found at /nonexistent/b.txt",
        ])
    }
}
