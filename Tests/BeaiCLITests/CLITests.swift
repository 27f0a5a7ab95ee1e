import Foundation
import Testing

/// Runs the real `beai` binary and checks what it prints and its exit codes.
@Suite struct CLITests {
    private let minimal = BeaiProcess.fixtures.appending(path: "minimal").path

    private func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test func listPrintsTheBuiltInData() throws {
        let result = try BeaiProcess.run(["list"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("ID "))
        #expect(result.stdout.contains("flanders"))
        #expect(result.stdout.contains("wallonia"))
    }

    @Test func listJSONHasTheDocumentedKeys() throws {
        let result = try BeaiProcess.run(["list", "--json", "--data", minimal])
        #expect(result.status == 0)
        let array = try #require(try json(result.stdout) as? [[String: Any]])
        #expect(array.map { $0["id"] as? String } == ["anticipate", "joint-rd-projects"])
        let record = array[1]
        for key in ["id", "name", "aliases", "government", "pillar", "pillars", "role", "partOf", "follows", "kind",
                    "status", "lead", "years", "summary", "figures", "sources"] {
            #expect(record[key] != nil, "missing \(key)")
        }
        #expect(record["role"] as? String == "initiative")
        #expect(record["partOf"] is NSNull && record["follows"] is NSNull)
        #expect(record["government"] as? String == "brussels")
        #expect(record["aliases"] as? [String] == ["Team Up"])
        let figure = try #require((record["figures"] as? [[String: Any]])?.last)
        #expect(figure["value"] as? Double == 12_000_000)
        #expect(figure["period"] as? String == "total")
        #expect(figure["text"] as? String == "EUR 12 million")
        let source = try #require(figure["source"] as? [String: String])
        #expect(source == ["document": "brussels-ai-policy", "section": "Initiative overview"])
    }

    @Test func listFiltersByGovernmentNameAndPillar() throws {
        let byName = try BeaiProcess.run(["list", "--government", "Bruxelles-Capitale", "--data", minimal])
        #expect(byName.status == 0)
        #expect(byName.stdout.split(separator: "\n").count == 3)
        let none = try BeaiProcess.run(["list", "--government", "brussels", "--pillar", "skills", "--data", minimal])
        #expect(none.stdout.split(separator: "\n").count == 1)
    }

    @Test func unknownGovernmentSuggests() throws {
        let result = try BeaiProcess.run(["list", "--government", "flandres"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no government with id \"flandres\""))
        #expect(result.stderr.contains("Did you mean: flanders"))
    }

    @Test func showPrintsFiguresWithCitations() throws {
        let result = try BeaiProcess.run(["show", "joint-rd-projects", "--data", minimal])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Joint R&D Projects  [joint-rd-projects]"))
        #expect(result.stdout.contains("Also known as: Team Up"))
        #expect(result.stdout.contains("subsidies: €12m total  \"EUR 12 million\"  [Brussels Region AI Policy (initiative overview) § Initiative overview]"))
        #expect(result.stdout.contains("anticipate  Anticipate"))
    }

    @Test func showSaysRoleLinksAndTheYearsABudgetCountsIn() throws {
        let result = try BeaiProcess.run(["show", "flemish-ai-policy-plan-2024"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Role: initiative"))
        #expect(result.stdout.contains("Follows: Flemish AI action plan [flemish-ai-action-plan]"))
        #expect(result.stdout.contains("€35m per year: 2024–2025 (from the programme's start to its source's year, 2025)"))
        let part = try BeaiProcess.run(["show", "flanders-ai-research-programme", "--json"])
        let object = try #require(try json(part.stdout) as? [String: Any])
        #expect(object["partOf"] as? String == "flemish-ai-action-plan")
        #expect(object["role"] as? String == "initiative")
    }

    @Test func showJSONIsOneObject() throws {
        let result = try BeaiProcess.run(["show", "anticipate", "--json", "--data", minimal])
        let object = try #require(try json(result.stdout) as? [String: Any])
        #expect(object["id"] as? String == "anticipate")
        #expect(object["status"] as? String == "active")
    }

    @Test func unknownProgrammeSuggestsNearestIDs() throws {
        let result = try BeaiProcess.run(["show", "joint-rd", "--data", minimal])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no programme with id \"joint-rd\""))
        #expect(result.stderr.contains("joint-rd-projects"))
    }

    @Test func validateAcceptsGoodData() throws {
        let result = try BeaiProcess.run(["validate", "--data", minimal])
        #expect(result.status == 0)
        #expect(result.stdout.contains("valid (2 programmes"))
    }

    @Test func validateListsEveryProblemAndFails() throws {
        let broken = BeaiProcess.fixtures.appending(path: "broken").path
        let result = try BeaiProcess.run(["validate", "--data", broken])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(result.stdout.contains("[0] bad-one: role: missing role (known: initiative, recommendation, context)"))
        #expect(result.stdout.contains("programmes/bad.json:2: [0] bad-one: name: empty name"))
        #expect(result.stdout.contains("government: unknown government \"brusels\" (did you mean \"brussels\"?)"))
        #expect(result.stdout.contains("figures[0].value: negative"))
        #expect(result.stdout.contains("figures[0].source: figure without a citation"))
        #expect(result.stdout.contains("related[0]: unknown programme \"nowhere\""))
        #expect(result.stderr.contains("6 problems"))
    }

    @Test func malformedJSONGivesLineAndColumn() throws {
        let malformed = BeaiProcess.fixtures.appending(path: "malformed").path
        let result = try BeaiProcess.run(["list", "--data", malformed])
        #expect(result.status == 1)
        #expect(result.stderr.contains("programmes/bad.json:3:"))
        #expect(result.stderr.contains("malformed JSON: unterminated string"))
        #expect(result.stderr.contains("1 problem:"))
    }

    @Test func environmentVariableSelectsTheData() throws {
        let result = try BeaiProcess.run(["list"], environment: ["BEAI_DATA": minimal])
        #expect(result.stdout.split(separator: "\n").count == 3)
    }

    @Test func missingDataDirectoryIsAClearError() throws {
        let result = try BeaiProcess.run(["list", "--data", "/nonexistent/beai"])
        #expect(result.status == 1)
        #expect(result.stderr == "beai: cannot read the data directory /nonexistent/beai: no such directory\n")
    }

    @Test func withoutATerminalTheExplorerSaysWhatToRun() throws {
        let result = try BeaiProcess.run([])
        #expect(result.status == 2)
        #expect(result.stderr.contains("needs a terminal"))
        #expect(result.stderr.contains("beai list"))
    }

    @Test func usageErrorsExitTwo() throws {
        let result = try BeaiProcess.run(["list", "--frobnicate"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Unknown option '--frobnicate'"))
    }

    @Test func versionAndHelp() throws {
        #expect(try BeaiProcess.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            .range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil)
        let help = try BeaiProcess.run(["--help"])
        #expect(help.status == 0)
        for command in ["list", "show", "validate"] { #expect(help.stdout.contains(command)) }
    }

    @Test func binaryCarriesItsDataWhenCopiedAlone() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "beai-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appending(path: "beai")
        try FileManager.default.copyItem(at: BeaiProcess.executable, to: copy)
        let result = try BeaiProcess.run(["list"], executable: copy, directory: URL(fileURLWithPath: "/"))
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count > 10)
    }
}

/// `beai validate --sources`: the provenance check against the documents' text.
@Suite struct ProvenanceTests {
    private let sources = BeaiProcess.fixtures.appending(path: "sources").path

    @Test func figuresFoundInTheirSourcePass() throws {
        let minimal = BeaiProcess.fixtures.appending(path: "minimal").path
        let result = try BeaiProcess.run(["validate", "--data", minimal, "--sources", sources])
        #expect(result.status == 0)
        #expect(result.stdout.contains("every figure, milestone and heading found in its source"))
    }

    @Test func figureTextAndHeadingMissingFromTheSourceFail() throws {
        let unsourced = BeaiProcess.fixtures.appending(path: "unsourced").path
        let result = try BeaiProcess.run(["validate", "--data", unsourced, "--sources", sources])
        #expect(result.status == 1)
        #expect(result.stdout.contains(
            "[0] joint-rd-projects: figures[1].text: \"EUR 13 million\" does not occur in brussels-ai-policy"))
        #expect(result.stdout.contains("sources[0].section: heading \"Lost heading\" does not occur"))
    }

    @Test func missingSourceFileIsAProblem() throws {
        let minimal = BeaiProcess.fixtures.appending(path: "minimal").path
        let result = try BeaiProcess.run(["validate", "--data", minimal, "--sources", "/nonexistent"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("source text not found at /nonexistent/brussels-ai-policy.txt"))
    }
}
