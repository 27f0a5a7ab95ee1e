import Foundation
import Testing

/// `beai cite ID`: the paragraph behind each figure and source, from the user's documents.
@Suite struct CiteCLITests {
    private let minimal = BeaiProcess.fixtures.appending(path: "minimal").path
    private let sources = BeaiProcess.fixtures.appending(path: "sources").path

    @Test func printsEachCitationWithItsParagraphAndTheFigureMarked() throws {
        let result = try BeaiProcess.run(["cite", "joint-rd-projects", "--data", minimal, "--sources", sources])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Joint R&D Projects  [joint-rd-projects]\nSource documents: \(sources) (from --sources)\n"))
        #expect(result.stdout.contains("""
            Figure: subsidies  "EUR 12 million"
              Brussels Region AI Policy (initiative overview) § Initiative overview ¶ 3
              Under: Initiative overview
                A fund gave **EUR 12 million** to Nineteen joint projects.
            """))
        #expect(result.stdout.contains("Figure: projects funded  \"Nineteen\""))
        #expect(result.stdout.contains("Source: Brussels Region AI Policy (initiative overview) § Initiative overview ¶ 3"))
    }

    @Test func jsonHasEveryCitationWithTheMarkedRanges() throws {
        let result = try BeaiProcess.run(["cite", "joint-rd-projects", "--json", "--data", minimal],
                                         environment: ["BEAI_SOURCES": sources])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "joint-rd-projects")
        #expect((object["sources"] as? [String: String])?["from"] == "from BEAI_SOURCES")
        let citations = try #require(object["citations"] as? [[String: Any]])
        #expect(citations.map { $0["kind"] as? String } == ["figure", "figure", "source"])
        let subsidies = citations[1]
        #expect(subsidies["paragraph"] as? Int == 3)
        #expect(subsidies["found"] as? Bool == true)
        #expect(subsidies["headings"] as? [String] == ["Initiative overview"])
        #expect(subsidies["marks"] as? [[Int]] == [[12, 26]])
        #expect((subsidies["text"] as? String)?.count == 54)
        #expect(subsidies["problem"] is NSNull)
    }

    @Test func aMissingDocumentExitsOneWithThePathsLookedAt() throws {
        let home = FileManager.default.temporaryDirectory.appending(path: "beai-cite-home-\(UUID().uuidString)").path
        let result = try BeaiProcess.run(
            ["cite", "anticipate", "--data", minimal], environment: ["HOME": home, "XDG_DATA_HOME": "", "BEAI_SOURCES": ""])
        #expect(result.status == 1)
        let expected = "\(home)/.local/share/beai/sources/brussels-ai-policy.txt"
        #expect(result.stdout.contains("Not shown: Brussels Region AI Policy (initiative overview): no text file at \(expected)"))
        #expect(result.stderr.contains("1 source document not found; looked for \(expected) (the default, ~/.local/share/beai/sources)"))
    }

    @Test func anUnknownProgrammeSuggests() throws {
        let result = try BeaiProcess.run(["cite", "joint-rd", "--data", minimal, "--sources", sources])
        #expect(result.status == 1)
        #expect(result.stderr.contains("joint-rd-projects"))
    }
}

/// `beai cite` on the built-in data and the real documents, where the checkout has them.
@Suite(.enabled(if: SharedSources.isPresent, "no source documents at ../shared/sources: beai cite on the real documents not run"))
struct CiteSharedSourcesTests {
    @Test func theBeaconsCitationsShowItsPassageUnderItsChapter() throws {
        let result = try BeaiProcess.run(["cite", "the-beacon", "--sources", SharedSources.directory])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Source: Belgium AI Strategy Report (European Commission, AI Watch, 2021-09-01) § From the lab to the market ¶ 70"))
        #expect(result.stdout.contains("  Under: From the lab to the market\n"), "the lost heading's region is not shown")
        #expect(result.stdout.contains("**The Beacon**"))
    }
}

/// The four public documents where the project's checkout keeps them: `../shared/sources` from
/// the package root, as `.ci/run` looks for them. A clone elsewhere has none, and the tests that
/// need them are skipped with a note saying so.
enum SharedSources {
    static let directory = BeaiProcess.packageRoot.appending(path: "../shared/sources").standardizedFileURL.path
    static var isPresent: Bool { FileManager.default.fileExists(atPath: directory) }
}
