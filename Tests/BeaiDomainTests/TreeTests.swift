import BeaiDomain
import Testing

@Suite struct TreeTests {
    /// Programmes with hand-chosen budgets: per-year and one-off amounts must stay apart.
    private func dataset() throws -> Dataset {
        let money = { (value: Int, period: String, budget: Bool) in
            #"{"label": "\#(period) budget", "value": \#(value), "unit": "EUR", "period": "\#(period)", "budget": \#(budget), "text": "x", "source": {"document": "doc-a", "section": "W"}}"#
        }
        return try Dataset.load(Fixture.files(programmes: [
            Fixture.programme("plan-a", overrides: ["figures": "[\(money(2_000_000, "per-year", true))]"]),
            Fixture.programme("fund-b", overrides: [
                "name": "\"Fund B\"", "kind": "\"fund\"",
                "figures": "[\(money(10_000_000, "one-off", true)), \(money(500_000, "per-year", false))]",
            ]),
            Fixture.programme("course-c", overrides: [
                "name": "\"Course C\"", "kind": "\"training\"", "pillar": "\"skills\"", "pillars": "[]",
                "figures": "[\(money(1_000_000, "total", true))]",
            ]),
            Fixture.programme("network-d", overrides: [
                "name": "\"Network D\"", "kind": "\"network\"", "government": "\"federal\"", "figures": "[]",
            ]),
        ]))
    }

    @Test func treeFollowsGovernmentAndPillarOrder() throws {
        let tree = PolicyTree(try dataset())
        #expect(tree.governments.map(\.government.id) == ["federal", "wallonia"])
        let wallonia = tree.governments[1]
        #expect(wallonia.pillars.map(\.pillar.id) == ["strategy", "skills"])
        #expect(wallonia.pillars[0].programmes.map(\.id) == ["plan-a", "fund-b"])
        #expect(wallonia.count == 3)
        #expect(tree.governments[0].count == 1)
    }

    @Test func budgetsKeepPerYearAndOneOffApart() throws {
        let wallonia = PolicyTree(try dataset()).governments[1]
        // Plan A: €2m a year from its start in 2019 to its source's year, 2021 (doc-a). Fund B's
        // €10m one-off and Course C's €1m total stay apart; Fund B's €0.5m a year is not a budget.
        #expect(wallonia.budget.countedYears == [2019, 2020, 2021])
        #expect(wallonia.budget.perYear(in: 2020) == 2_000_000)
        #expect(wallonia.budget.oneOff.map(\.amount.value) == [10_000_000, 1_000_000])
        #expect(wallonia.budget.oneOffTotal == 11_000_000)
        #expect(wallonia.budget.withPerYear == 1)
        #expect(wallonia.budget.withOneOff == 2)
        #expect(wallonia.budget.withoutBudget == 0)
        let strategy = wallonia.pillars[0].budget
        #expect(strategy.perYear(in: 2019) == 2_000_000)
        #expect(strategy.oneOffTotal == 10_000_000)
    }

    @Test func programmesWithoutBudgetAreCounted() throws {
        let federal = PolicyTree(try dataset()).governments[0]
        #expect(federal.budget.withoutBudget == 1)
        #expect(federal.budget.isEmpty)
        #expect(federal.roles.label == "1 initiative")
    }

    @Test func conflictingFiguresAreDetectedAndCountedOnce() {
        let cite = Citation(document: "doc-a", section: "W")
        let programme = Programme(
            id: "p", name: "P", government: "wallonia", pillar: "strategy", kind: .init(rawValue: "plan"),
            status: .active, figures: [
                Figure(label: "annual budget", value: 32e6, unit: "EUR", period: .perYear, budget: true,
                       text: "EUR 32 million", source: cite),
                Figure(label: "Annual budget", value: 30e6, unit: "EUR", period: .perYear, budget: true,
                       text: "EUR 30m", source: Citation(document: "doc-b", section: "X")),
                Figure(label: "projects", value: 19, unit: "projects", text: "19", source: cite),
            ])
        #expect(programme.hasConflictingFigures)
        #expect(programme.conflictingFigures.map { $0.map(\.value) } == [[32e6, 30e6]])
        let ledger = BudgetLedger(programmes: [programme], documents: [])
        #expect(ledger.amounts(of: "p").map(\.value) == [32e6])
        #expect(ledger.amounts(of: "p").first?.disagreeing.map(\.value) == [30e6])
    }

    @Test func lookupsAcceptNamesInEveryLanguage() throws {
        let data = try dataset()
        #expect(data.governmentMatching("Wallonië")?.id == "wallonia")
        #expect(data.governmentMatching("WALLONIE")?.id == "wallonia")
        #expect(data.governmentMatching("fed")?.id == "federal")
        #expect(data.governmentMatching("mars") == nil)
        #expect(data.pillarMatching("Skills & education")?.id == "skills")
        #expect(data.asOf == "2021-09-01")
    }

    @Test func euroAmountsAreShortened() {
        #expect(EuroAmount.format(32_000_000) == "€32m")
        #expect(EuroAmount.format(1_500_000_000) == "€1.5bn")
        #expect(EuroAmount.format(500_000, symbol: "EUR ") == "EUR 500k")
        #expect(EuroAmount.format(950) == "€950")
    }

    @Test func suggestionsFindNearIDs() {
        #expect(Suggestions.nearest(to: "tremplin", among: ["tremplin-ai", "start-ai", "plan"]) == ["tremplin-ai"])
        #expect(Suggestions.nearest(to: "flandres", among: ["flanders", "wallonia"]) == ["flanders"])
        #expect(Suggestions.nearest(to: "zzzzzz", among: ["flanders"]).isEmpty)
    }
}

/// `Programme` shares its fields between copies until one of them changes.
@Suite struct ProgrammeValueTests {
    @Test func aChangedCopyLeavesTheOriginalAlone() throws {
        let original = try #require(Dataset.load(Fixture.files()).programmes.first)
        var copy = original
        #expect(copy == original)
        copy.name = "Changed"
        copy.figures = []
        #expect(original.name == "Plan A" && original.figures.count == 1)
        #expect(copy.name == "Changed" && copy.figures.isEmpty)
        #expect(copy != original)
        var same = copy
        same.name = "Changed"
        #expect(same == copy && same.hashValue == copy.hashValue, "equal fields, equal values, whatever the storage")
    }
}
