import Foundation
import Testing

/// `beai search` and `beai export`, run as the real binary.
@Suite struct SearchCLITests {
    private let minimal = BeaiProcess.fixtures.appending(path: "minimal").path

    private func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test func searchPrintsRankedRowsWithCountsAndFacets() throws {
        let result = try BeaiProcess.run(["search", "tremplin"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("#  ID") == true)
        #expect(lines.dropFirst().first?.contains("tremplin-ai") == true)
        #expect(result.stdout.contains("By government: wallonia"))
    }

    @Test func searchJSONHasTheDocumentedKeys() throws {
        let result = try BeaiProcess.run(["search", "team", "up", "--json", "--data", minimal])
        #expect(result.status == 0)
        let object = try #require(try json(result.stdout) as? [String: Any])
        #expect(object["query"] as? String == "team up")
        #expect(object["total"] as? Int == 1)
        let results = try #require(object["results"] as? [[String: Any]])
        let first = try #require(results.first)
        for key in ["id", "name", "aliases", "government", "pillar", "status", "score", "highlights", "rank", "tier",
                    "matchedFields", "snippet", "figures"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        #expect(first["id"] as? String == "joint-rd-projects")
        #expect(first["government"] as? String == "brussels")
        #expect((first["highlights"] as? [String: Any])?["name"] as? [[Int]] == [])
        let snippet = try #require(first["snippet"] as? [String: Any])
        #expect(snippet["field"] as? String == "aliases")
        #expect(snippet["highlights"] as? [[Int]] == [[0, 4], [5, 7]])
        let facets = try #require(object["facets"] as? [String: [[String: Any]]])
        #expect(facets["governments"]?.first?["id"] as? String == "brussels")
        #expect(facets["pillars"]?.map { $0["id"] as? String } == ["research", "adoption"])
    }

    @Test func searchTakesExclusionsAndQualifiersAsWords() throws {
        let result = try BeaiProcess.run(["search", "-team", "gov:brussels", "--json", "--data", minimal])
        #expect(result.status == 0)
        let object = try #require(try json(result.stdout) as? [String: Any])
        #expect((object["results"] as? [[String: Any]])?.map { $0["id"] as? String } == ["anticipate"])
    }

    @Test func searchLimitAndTypoHint() throws {
        let result = try BeaiProcess.run(["search", "innovris", "--limit", "2"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("shown; --limit N for more"))
        #expect(result.stdout.contains("Note: no match for \"innovris\"; searched for \"innoviris\" instead"))
    }

    @Test func unknownQualifierValueFailsWithTheValidValues() throws {
        let result = try BeaiProcess.run(["search", "gov:mars"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("unknown government \"mars\": valid values are federal, flanders"))
    }

    @Test func emptyQueryIsAUsageError() throws {
        #expect(try BeaiProcess.run(["search"]).status == 2)
        #expect(try BeaiProcess.run(["search", "  "]).status == 2)
        #expect(try BeaiProcess.run(["search", "ai", "--limit", "-1"]).status == 2)
    }

    @Test func awkwardQueriesNeverFail() throws {
        for query in ["\"unbalanced", "NEAR(ai", "name:", "*", "😀", "ai AND OR NOT"] {
            let result = try BeaiProcess.run(["search", query, "--json"])
            #expect(result.status == 0, "\(query): \(result.stderr)")
            #expect(try json(result.stdout) is [String: Any])
        }
    }

    @Test func exportJSONIsTheListFormat() throws {
        let export = try BeaiProcess.run(["export", "--data", minimal])
        let list = try BeaiProcess.run(["list", "--json", "--data", minimal])
        #expect(export.status == 0)
        #expect(export.stdout == list.stdout)
    }

    @Test func exportCSVHasOneQuotedRowPerProgramme() throws {
        let result = try BeaiProcess.run(["export", "--format", "csv", "--data", minimal])
        #expect(result.status == 0)
        let rows = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 3)
        #expect(rows[0].hasPrefix("id,name,aliases,government,government_name,pillar,pillar_name,other_pillars,kind"))
        #expect(rows[1].hasPrefix("anticipate,Anticipate,,brussels,"))
        let joint = try #require(rows.first { $0.hasPrefix("joint-rd-projects") })
        #expect(joint.contains("; subsidies: EUR 12m total (\"\"EUR 12 million\"\", brussels-ai-policy § Initiative overview ¶ 3)\","))
        #expect(joint.contains(",,12000000,"))
        #expect(rows[0].hasSuffix(",sources,related,role,part_of,follows,budget_years"))
        #expect(joint.hasSuffix(",initiative,,,"))
    }

    @Test func exportCSVSaysRoleLinksAndTheYearsABudgetCountsIn() throws {
        let result = try BeaiProcess.run(["export", "--format", "csv", "--query", "\"Flemish AI Policy Plan 2024\""])
        #expect(result.status == 0)
        let plan = try #require(result.stdout.components(separatedBy: "\r\n").first { $0.hasPrefix("flemish-ai-policy-plan-2024,") })
        #expect(plan.hasSuffix(",initiative,,flemish-ai-action-plan,35000000: 2024–2025"))
    }

    @Test func exportWithAQueryInRankOrderAndToAFile() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "beai-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "out.md").path
        let result = try BeaiProcess.run(["export", "--query", "kind:funding", "--format", "markdown", "-o", file, "--data", minimal])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let markdown = try String(contentsOfFile: file, encoding: .utf8)
        #expect(markdown.hasPrefix("# Belgian AI policy: 1 programme matching `kind:funding`"))
        #expect(markdown.contains("| Joint R&D Projects (`joint-rd-projects`) | Brussels-Capital Region |"))
        #expect(!markdown.contains("anticipate"))
    }

    @Test func exportRejectsABadQueryAndBadOptions() throws {
        #expect(try BeaiProcess.run(["export", "--query", "status:sleeping"]).status == 1)
        #expect(try BeaiProcess.run(["export", "--format", "xml"]).status == 2)
        #expect(try BeaiProcess.run(["export", "--bom"]).status == 2)
        let bom = try BeaiProcess.run(["export", "--format", "csv", "--bom", "--data", minimal])
        #expect(bom.stdout.hasPrefix("\u{FEFF}id,"))
    }
}
