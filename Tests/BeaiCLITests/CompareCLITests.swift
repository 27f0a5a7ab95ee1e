import Foundation
import Testing

/// `beai compare`, on the explorer fixture whose numbers are worked out in ComparisonTests.
@Suite struct CompareCLITests {
    private let fixture = BeaiProcess.packageRoot.appending(path: "Tests/BeaiAppTests/Fixtures/explorer").path

    @Test func jsonHasGovernmentsHeadlineAndPillarCells() throws {
        let result = try BeaiProcess.run(["compare", "wallonia", "Bruxelles-Capitale", "--json", "--data", fixture])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["governments"] as? [String] == ["wallonia", "brussels"])
        let headline = try #require(object["headline"] as? [[String: Any]])
        #expect(headline.map { $0["programmes"] as? Int } == [2, 2])
        let pillars = try #require(object["pillars"] as? [[String: Any]])
        #expect(pillars.count == 9)
        let research = try #require(pillars.first { $0["pillar"] as? String == "research" })
        #expect(research["gap"] as? Bool == true)
        let cells = try #require(research["cells"] as? [[String: Any]])
        #expect(cells[1]["government"] as? String == "brussels")
        #expect(cells[1]["count"] as? Int == 2)
        #expect(cells[1]["programmes"] as? [String] == ["anticipate", "joint-rd-projects"])
        #expect(cells[1]["oneOff"] as? Double == 12_000_000)
        #expect(cells[1]["perYear"] as? Double == 0)
        #expect(cells[1]["withoutBudget"] as? Int == 1)
        #expect(cells[1]["roles"] as? [String: Int] == ["initiative": 2, "recommendation": 0, "context": 0])
        #expect(cells[1]["competence"] is NSNull)
        #expect(object["year"] is NSNull, "neither column has a dated per-year amount")
        #expect(headline[1]["budgetByYear"] as? [[String: Any]] != nil)
        let oneOff = try #require(headline[1]["oneOffOrTotal"] as? [[String: Any]])
        #expect(oneOff.map { $0["programme"] as? String } == ["joint-rd-projects"])
    }

    @Test func jsonBudgetByYearListsTheProgrammesAdded() throws {
        let result = try BeaiProcess.run(["compare", "flanders", "wallonia+fwb", "--json", "--year", "2020"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["governments"] as? [String] == ["flanders", "wallonia+fwb"])
        #expect(object["year"] as? Int == 2020)
        let headline = try #require(object["headline"] as? [[String: Any]])
        let flanders = try #require(headline[0]["budgetByYear"] as? [[String: Any]])
        #expect(flanders.map { $0["year"] as? Int } == [2019, 2020, 2021, 2024, 2025])
        let year2020 = try #require(flanders.first { $0["year"] as? Int == 2020 })
        #expect(year2020["perYear"] as? Double == 92_000_000)
        #expect(year2020["programmes"] as? [String] == ["flemish-ai-action-plan", "fwo-ai-research-funding", "vlaio-ai-project-funding"])
        #expect(year2020["disputed"] as? [String] == ["flemish-ai-action-plan"])
        #expect(headline[0]["undated"] as? [[String: Any]] == nil || (headline[0]["undated"] as? [Any])?.isEmpty == true)
        let pillars = try #require(object["pillars"] as? [[String: Any]])
        let skills = try #require(pillars.first { $0["pillar"] as? String == "skills" })
        let cells = try #require(skills["cells"] as? [[String: Any]])
        #expect(cells[1]["count"] as? Int == 7)
        #expect(cells[1]["competence"] is NSNull, "the union holds the Federation")
        let strategy = try #require(pillars.first { $0["pillar"] as? String == "strategy" })
        let strategyCells = try #require(strategy["cells"] as? [[String: Any]])
        #expect(strategyCells.map { $0["perYear"] as? Double } == [32_000_000, 18_000_000])
    }

    @Test func anotherGovernmentsCompetenceIsNamedNotAGap() throws {
        let result = try BeaiProcess.run(["compare", "wallonia", "flanders", "--year", "2021"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("none (school and university education: Wallonia-Brussels Federation)"))
        #expect(!result.stdout.contains("Skills & education (gap)"))
        #expect(result.stdout.contains("Budget in 2021"))
        #expect(result.stdout.contains("Wallonia, 2021: €18m per year"))
        #expect(result.stdout.contains("DigitalWallonia4.ai: €18m per year, counted 2019–2021"))
        #expect(result.stdout.contains("not added, inside Flemish AI action plan: Flanders AI Research Programme €12m"))
    }

    @Test func markdownIsAPastableTable() throws {
        let result = try BeaiProcess.run(["compare", "flanders", "wallonia", "brussels", "--markdown", "--data", fixture])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines[0] == "|  | Flanders | Wallonia | Brussels-Capital Region |")
        #expect(lines[1] == "| --- | --- | --- | --- |")
        #expect(result.stdout.contains("| Budget in 2021 | €32m (1 programme; a source disagrees) | no per-year figure for 2021 | no per-year figure for 2021 |"))
        #expect(result.stdout.contains("| Budget by year | 2019 €32m, 2020 €32m, 2021 €32m | — | — |"))
        #expect(result.stdout.contains("| One-off or total | — | €2m (no year) | €12m (no year) |"))
        #expect(result.stdout.contains("| Strategy & governance (gap) | 1 initiative; €32m in 2021 | none | none |"))
        #expect(result.stdout.contains("| Research (gap) | 1 initiative; €12m in 2021 inside another programme's budget, not added | none | 2 initiatives; 1 without a budget figure |"))
        #expect(result.stdout.contains("| Skills & education | none | none (school education: Wallonia-Brussels Federation) | none |"))
        #expect(result.stdout.contains("  - not added, inside Flemish AI Policy Plan: Flemish AI research strand €12m"))
        #expect(result.stdout.contains("  - Flemish AI Policy Plan: €32m per year, counted 2019–2021"))
    }

    @Test func wrongGovernmentsAreClearErrors() throws {
        let one = try BeaiProcess.run(["compare", "flanders", "--data", fixture])
        #expect(one.status == 2)
        #expect(one.stderr.contains("two or three governments"))
        let unknown = try BeaiProcess.run(["compare", "flanders", "walonia", "--data", fixture])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("Did you mean: wallonia"))
        let twice = try BeaiProcess.run(["compare", "flanders", "Vlaanderen", "--data", fixture])
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("named twice"))
        let unionTwice = try BeaiProcess.run(["compare", "wallonia+fwb", "fwb", "--data", fixture])
        #expect(unionTwice.status == 1)
        #expect(unionTwice.stderr.contains("fwb is named twice"))
    }
}
