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
    }

    @Test func markdownIsAPastableTable() throws {
        let result = try BeaiProcess.run(["compare", "flanders", "wallonia", "brussels", "--markdown", "--data", fixture])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines[0] == "|  | Flanders | Wallonia | Brussels-Capital Region |")
        #expect(lines[1] == "| --- | --- | --- | --- |")
        #expect(result.stdout.contains("| Annual AI budget | €32m per year (aiwatch-belgium-2021, Fixture) | — | — |"))
        #expect(result.stdout.contains("| Strategy & governance (gap) | 1: €32m per year | none | none |"))
        #expect(result.stdout.contains("| Research (gap) | none | none | 2: €12m one-off/total; 1 without a figure |"))
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
    }
}
