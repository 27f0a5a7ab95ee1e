import BeaiDomain
import Foundation
import Testing

/// Aggregation checked against numbers worked out by hand from the explorer fixture
/// (Tests/BeaiAppTests/Fixtures/explorer): Brussels has Joint R&D Projects (research, €12m total
/// budget) and Anticipate (research, no figure); Wallonia has Tremplin AI (adoption, no budget) and
/// Start AI (adoption, €2m total budget); Flanders has its AI plan (strategy, €32m per year in
/// one source and €30m per year in another, so €32m counts).
@Suite struct ComparisonTests {
    private func dataset() throws -> Dataset {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appending(path: "../BeaiAppTests/Fixtures/explorer").standardizedFileURL
        return try Dataset.load(directory: directory.path)
    }

    @Test func cellsCountAndTotalPerPillar() throws {
        let comparison = GovernmentComparison(dataset: try dataset(), governments: ["wallonia", "brussels"])
        #expect(comparison.governments.map(\.id) == ["wallonia", "brussels"])
        #expect(comparison.rows.count == 9)
        let research = try #require(comparison.rows.first { $0.pillar.id == "research" })
        #expect(research.cells.map(\.count) == [0, 2])
        #expect(research.cells[1].programmes.map(\.id) == ["anticipate", "joint-rd-projects"])
        #expect(research.cells[1].totals.oneOff == 12_000_000)
        #expect(research.cells[1].totals.perYear == 0)
        #expect(research.cells[1].totals.withoutBudget == 1)
        #expect(research.isGap)
        let adoption = try #require(comparison.rows.first { $0.pillar.id == "adoption" })
        #expect(adoption.cells[0].totals.oneOff == 2_000_000)
        #expect(adoption.cells[0].totals.withoutBudget == 1)
        #expect(adoption.isGap)
        let skills = try #require(comparison.rows.first { $0.pillar.id == "skills" })
        #expect(!skills.isGap && !skills.differs)
    }

    @Test func perYearAmountsStayApartAndConflictsCountOnce() throws {
        let comparison = GovernmentComparison(dataset: try dataset(), governments: ["flanders", "wallonia", "brussels"])
        let strategy = try #require(comparison.rows.first { $0.pillar.id == "strategy" })
        #expect(strategy.cells.map(\.count) == [1, 0, 0])
        #expect(strategy.cells[0].totals.perYear == 32_000_000)
        #expect(strategy.cells[0].totals.oneOff == 0)
        #expect(strategy.largestCount == 1)
    }

    @Test func headlinesNameTheStrategyAndItsAnnualBudget() throws {
        let comparison = GovernmentComparison(dataset: try dataset(), governments: ["flanders", "brussels"])
        let flanders = comparison.headlines[0]
        #expect(flanders.strategy?.id == "flemish-ai-plan")
        #expect(flanders.annualBudget?.value == 32_000_000)
        #expect(flanders.annualBudget?.source?.document == "aiwatch-belgium-2021")
        #expect(flanders.programmes == 1)
        let brussels = comparison.headlines[1]
        #expect(brussels.strategy == nil)
        #expect(brussels.programmes == 2)
        #expect(brussels.leadAgencies == ["innoviris"])
    }
}
