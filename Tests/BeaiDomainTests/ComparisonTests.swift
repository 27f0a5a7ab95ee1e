import BeaiDomain
import Foundation
import Testing

/// Aggregation checked against numbers worked out by hand from the explorer fixture
/// (Tests/BeaiAppTests/Fixtures/explorer): Brussels has Joint R&D Projects (research, €12m total
/// budget) and Anticipate (research, no figure); Wallonia has Tremplin AI (adoption, no budget) and
/// Start AI (adoption, €2m total budget); Flanders has its AI plan (strategy, €32m per year in
/// one source and €30m per year in another, so €32m counts) and its research strand (€12m a year,
/// inside the plan's money); the Wallonia-Brussels Federation has Wallcode (skills, €1m a year from
/// 2020), and school education is its competence, not Wallonia's.
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
        #expect(research.cells[1].budget.oneOffTotal == 12_000_000)
        #expect(research.cells[1].budget.years.isEmpty)
        #expect(research.cells[1].budget.withoutBudget == 1)
        #expect(research.isGap)
        let adoption = try #require(comparison.rows.first { $0.pillar.id == "adoption" })
        #expect(adoption.cells[0].budget.oneOffTotal == 2_000_000)
        #expect(adoption.cells[0].budget.withoutBudget == 1)
        #expect(adoption.isGap)
        let skills = try #require(comparison.rows.first { $0.pillar.id == "skills" })
        #expect(!skills.isGap && !skills.differs)
        #expect(skills.cells[0].competence == "fwb")
        #expect(skills.cells[1].competence == nil)
    }

    @Test func perYearAmountsStayApartAndConflictsCountOnce() throws {
        let comparison = GovernmentComparison(dataset: try dataset(), governments: ["flanders", "wallonia", "brussels"])
        let strategy = try #require(comparison.rows.first { $0.pillar.id == "strategy" })
        #expect(strategy.cells.map(\.count) == [1, 0, 0])
        #expect(strategy.cells[0].budget.countedYears == [2019, 2020, 2021])
        #expect(strategy.cells[0].budget.perYear(in: 2021) == 32_000_000)
        #expect(strategy.cells[0].budget.year(2021)?.disputed == ["flemish-ai-plan"])
        #expect(strategy.cells[0].budget.oneOff.isEmpty)
        #expect(strategy.largestCount == 1)
    }

    @Test func headlinesNameTheStrategyAndItsAnnualBudget() throws {
        let comparison = GovernmentComparison(dataset: try dataset(), governments: ["flanders", "brussels"])
        let flanders = comparison.headlines[0]
        #expect(flanders.strategy?.id == "flemish-ai-plan")
        #expect(flanders.annualBudget?.value == 32_000_000)
        #expect(flanders.annualBudget?.source?.document == "aiwatch-belgium-2021")
        #expect(flanders.programmes == 2, "the plan and its research strand")
        let brussels = comparison.headlines[1]
        #expect(brussels.strategy == nil)
        #expect(brussels.programmes == 2)
        #expect(brussels.leadAgencies == ["innoviris"])
    }

    @Test func aUnionAddsItsMembersAndIsCompetentForWhatTheyShare() throws {
        let comparison = GovernmentComparison(dataset: try dataset(), governments: ["wallonia+fwb", "flanders"])
        #expect(comparison.governments.map(\.id) == ["wallonia+fwb", "flanders"])
        #expect(comparison.governments[0].kind == "union")
        let skills = try #require(comparison.rows.first { $0.pillar.id == "skills" })
        #expect(skills.cells[0].programmes.map(\.id) == ["wallcode"])
        #expect(skills.cells[0].elsewhere == nil, "the Federation is a member")
        #expect(skills.isGap, "Flanders, competent, has no initiative in skills")
        let union = comparison.headlines[0]
        #expect(union.programmes == 3)
        #expect(union.budget.countedYears == [2020, 2021])
        #expect(comparison.latestYear == 2021)
        #expect(comparison.years == [2019, 2020, 2021])
        let research = try #require(comparison.rows.first { $0.pillar.id == "research" })
        // The strand's €12m lies inside the plan's €32m in every year the plan counts.
        #expect(research.cells[1].budget.countedYears.isEmpty)
        #expect(research.cells[1].budget.year(2020)?.inside.map(\.whole) == ["flemish-ai-plan"])
        #expect(comparison.headlines[1].budget.perYear(in: 2020) == 32_000_000)
    }
}
