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

    @Test func totalsKeepPerYearAndOneOffApart() throws {
        let wallonia = PolicyTree(try dataset()).governments[1]
        #expect(wallonia.totals.perYear == 2_000_000)
        #expect(wallonia.totals.oneOff == 11_000_000)
        #expect(wallonia.totals.withPerYear == 1)
        #expect(wallonia.totals.withOneOff == 2)
        #expect(wallonia.totals.withoutBudget == 0)
        let strategy = wallonia.pillars[0].totals
        #expect(strategy.perYear == 2_000_000)
        #expect(strategy.oneOff == 10_000_000)
    }

    @Test func programmesWithoutBudgetAreCounted() throws {
        let federal = PolicyTree(try dataset()).governments[0]
        #expect(federal.totals.withoutBudget == 1)
        #expect(federal.totals.isEmpty)
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
        #expect(BudgetTotals([programme]).perYear == 32e6)
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
