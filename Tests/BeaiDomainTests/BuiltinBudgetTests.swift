import BeaiBuiltinData
import BeaiDomain
import Testing

/// Per-year budgets of the built-in data, worked out by hand from the source documents in
/// ../shared/sources. Each expected number says which sentences it rests on (by document, section
/// and what they state, not their words). AI Watch is dated 1 September 2021, the AI 4 Belgium
/// report 2019, the AI & Partners brief July 2025; the Brussels overview carries no date.
@Suite struct BuiltinBudgetTests {
    private let tree: PolicyTree

    init() throws {
        tree = PolicyTree(try #require(BuiltinData.dataset))
    }

    private func budget(_ government: String) throws -> BudgetSummary {
        try #require(tree.governments.first { $0.government.id == government }).budget
    }

    private func series(_ government: String) throws -> [Int: Double] {
        Dictionary(uniqueKeysWithValues: try budget(government).years.filter { !$0.programmes.isEmpty }.map { ($0.year, $0.perYear) })
    }

    @Test func flandersYearByYear() throws {
        // AI Watch, "AI report", first Flemish paragraph: the action plan launched in March 2019
        // foresees EUR 32 million a year (AI 4 Belgium's introduction says EUR 30m: a source
        // disagrees; the first is counted). With no years of its own it runs from 2019 to the
        // report's year, 2021; the 2024 plan that follows it would end it in 2023 at the latest.
        let plan = 32e6
        // Same paragraph (and "From the lab to the market"): in 2020 FWO invested about EUR 15
        // million and VLAIO some EUR 45 million in AI projects, on top of the plan; that the same
        // is "expected" for later years is a forecast, not a figure for them.
        let fwoAndVlaio2020 = 15e6 + 45e6
        // AI & Partners, "Digital Decade 2025: Country Report": the 2024 AI Policy Plan allocates EUR
        // 35 million annually; from its start in 2024 to the brief's year, 2025.
        let plan2024 = 35e6
        // The plan's three strands (EUR 15m, 12m, 5m a year, same AI Watch paragraph) are parts of
        // it: never added in the years the plan's EUR 32 million holds them.
        #expect(try series("flanders") == [
            2019: plan, 2020: plan + fwoAndVlaio2020, 2021: plan, 2024: plan2024, 2025: plan2024,
        ])
        let budget = try budget("flanders")
        #expect(budget.year(2020)?.programmes == ["flemish-ai-action-plan", "fwo-ai-research-funding", "vlaio-ai-project-funding"])
        #expect(budget.year(2020)?.disputed == ["flemish-ai-action-plan"])
        #expect(Set(budget.year(2021)?.inside.map(\.programme) ?? []) == [
            "flanders-ai-research-programme", "flemish-ai-plan-implementation-pillar", "flemish-ai-plan-flanking-measures",
        ])
        #expect(budget.year(2022) == nil && budget.year(2023) == nil, "no source gives a figure for 2022 or 2023")
        // AI Watch, "The Brussels-Capital Region" (the AMAI citizen science bullet): EUR 1 million in
        // total over two years, the years not named: apart, undated.
        #expect(budget.oneOff.map(\.amount.programme) == ["amai-citizen-science"])
        #expect(budget.oneOff.first?.amount.years == nil)
    }

    @Test func walloniaYearByYear() throws {
        // AI Watch, "AI report", Walloon paragraph: the regional AI programme started effectively on
        // 1 July 2019, with an overall budget (Industry 4.0 and Digital Wallonia included) of EUR 18
        // million per year; from 2019 to the report's year, 2021. No other source gives Wallonia a
        // yearly amount.
        #expect(try series("wallonia") == [2019: 18e6, 2020: 18e6, 2021: 18e6])
        let budget = try budget("wallonia")
        #expect(budget.year(2021)?.programmes == ["digitalwallonia4-ai"])
        // AI Watch, "The Walloon Region": ARIAC's EUR 32 million spread between 2021 and 2026, and
        // EUR 4 million allocated to Smart Region in 2019: one-off and total amounts, kept apart.
        #expect(budget.oneOff.map(\.amount.programme) == ["ariac", "smart-region"])
        #expect(budget.oneOff.map(\.amount.value) == [32e6, 4e6])
        #expect(budget.oneOff.map(\.amount.years) == [YearRange(start: 2021, end: 2026), YearRange(start: 2019, end: 2019)])
        #expect(budget.undated.isEmpty)
    }

    @Test func brusselsYearByYear() throws {
        // AI Watch, "The Brussels-Capital Region": Innoviris funds AI and data projects for more
        // than EUR 6 million a year through its open calls; the undated Brussels overview says the
        // same. The calls have no start year: the amount counts in the year of the dated source,
        // 2021, only.
        #expect(try series("brussels") == [2021: 6e6])
        let budget = try budget("brussels")
        // AI Watch, "AI report": the region invested around EUR 44 million in AI since 2017, which
        // holds Innoviris's two-year envelope (EUR 22 million there, over EUR 20 million in the
        // Brussels overview: the sources disagree). Totals: apart, the envelope listed inside.
        #expect(budget.oneOff.map(\.amount.programme) == ["brussels-region-ai-policy", "innoviris-ai-funding"])
        #expect(budget.oneOff.map(\.inside) == [nil, "brussels-region-ai-policy"])
        #expect(budget.oneOffTotal == 44e6)
        #expect(budget.oneOff.last?.amount.disagreeing.map(\.value) == [22e6])
    }

    @Test func countsSayWhatTheyCount() throws {
        let counts = Dictionary(uniqueKeysWithValues: tree.governments.map { ($0.government.id, $0.roles) })
        // 73 AI 4 Belgium proposals and a parliamentary working group's recommendations; general
        // laws, rankings, international principles, techniques and use cases as context.
        #expect(counts["federal"]?.label == "18 initiatives · 74 proposed · 20 context")
        #expect(counts["flanders"]?.label == "67 initiatives · 8 context")
        #expect(counts["wallonia"]?.label == "29 initiatives · 2 context")
        #expect(counts["brussels"]?.label == "41 initiatives · 1 context")
        #expect(counts["fwb"]?.label == "8 initiatives")
        #expect(counts["eu"]?.label == "2 proposed · 24 context")
    }

    @Test func educationInFrenchSpeakingBelgiumIsTheFederations() throws {
        let comparison = GovernmentComparison(
            tree: tree, pillars: try #require(BuiltinData.dataset).pillars, governments: ["wallonia", "flanders"])
        let skills = try #require(comparison.rows.first { $0.pillar.id == "skills" })
        #expect(skills.cells[0].count == 0)
        #expect(skills.cells[0].competence == "fwb")
        #expect(!skills.isGap, "another government's competence is not a gap")
        let union = GovernmentComparison(
            tree: tree, pillars: try #require(BuiltinData.dataset).pillars, governments: ["wallonia+fwb", "flanders"])
        let unitedSkills = try #require(union.rows.first { $0.pillar.id == "skills" })
        #expect(unitedSkills.cells[0].competence == nil, "the Federation is in the column")
        #expect(unitedSkills.cells[0].count == 7, "the Federation's seven education programmes")
        #expect(union.governments[0].name == "Wallonia + Wallonia-Brussels Federation")
        #expect(union.headlines[0].budget.perYear(in: 2020) == 18e6)
    }
}
