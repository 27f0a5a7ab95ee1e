import BeaiDomain
import Testing

/// The rules of docs/DATA.md "Budget arithmetic", one by one, on programmes made for each rule.
@Suite struct BudgetArithmeticTests {
    static let documents = [
        SourceDocument(id: "report-2019", title: "A", date: "2019", file: "a.txt"),
        SourceDocument(id: "report-2021", title: "B", date: "2021-09-01", file: "b.txt"),
        SourceDocument(id: "brief-2025", title: "C", date: "2025-07", file: "c.txt"),
        SourceDocument(id: "undated", title: "D", file: "d.txt"),
    ]

    static func money(
        _ value: Double, _ period: FigurePeriod = .perYear, from document: String = "report-2021",
        years: YearRange? = nil, label: String = "annual budget"
    ) -> Figure {
        Figure(label: label, value: value, unit: "EUR", period: period, years: years, budget: true, text: "EUR x",
               source: Citation(document: document, section: "S"))
    }

    static func programme(
        _ id: String, pillar: String = "strategy", years: YearRange? = nil, partOf: String? = nil,
        follows: String? = nil, _ figures: [Figure]
    ) -> Programme {
        Programme(id: id, name: id, government: "wallonia", pillar: pillar, partOf: partOf, follows: follows,
                  kind: .init(rawValue: "plan"), status: .active, years: years, figures: figures)
    }

    private func summary(_ programmes: [Programme]) -> BudgetSummary {
        BudgetSummary(programmes, ledger: BudgetLedger(programmes: programmes, documents: Self.documents))
    }

    private func series(_ summary: BudgetSummary) -> [Int: Double] {
        Dictionary(uniqueKeysWithValues: summary.years.filter { !$0.programmes.isEmpty }.map { ($0.year, $0.perYear) })
    }

    @Test func statedYearsAreTheYearsCounted() {
        let fund = Self.programme("fund", years: YearRange(start: 2015), [Self.money(15e6, years: YearRange(start: 2020, end: 2020))])
        #expect(series(summary([fund])) == [2020: 15e6])
    }

    @Test func anAmountRunsFromTheStartToItsSourcesYearAndNoFurther() {
        let plan = Self.programme("plan", years: YearRange(start: 2019), [Self.money(32e6)])
        #expect(series(summary([plan])) == [2019: 32e6, 2020: 32e6, 2021: 32e6])
        let amount = BudgetLedger(programmes: [plan], documents: Self.documents).amounts(of: "plan")
        #expect(amount.first?.basis == .fromStart(end: .source(2021)))
    }

    @Test func aLaterSourceThatRestatesTheAmountExtendsIt() {
        let plan = Self.programme("plan", years: YearRange(start: 2019), [Self.money(6e6), Self.money(6e6, from: "brief-2025")])
        #expect(series(summary([plan])).keys.sorted() == Array(2019...2025))
    }

    @Test func theProgrammesEndStopsItEarlier() {
        let plan = Self.programme("plan", years: YearRange(start: 2017, end: 2020), [Self.money(8e6, from: "brief-2025")])
        #expect(series(summary([plan])).keys.sorted() == [2017, 2018, 2019, 2020])
    }

    @Test func anEditionEndsTheYearBeforeItsSuccessorStarts() {
        let first = Self.programme("plan-2019", years: YearRange(start: 2019), [Self.money(10e6, from: "brief-2025")])
        let second = Self.programme("plan-2023", years: YearRange(start: 2023), follows: "plan-2019", [Self.money(12e6, from: "brief-2025")])
        let result = summary([first, second])
        #expect(series(result) == [2019: 10e6, 2020: 10e6, 2021: 10e6, 2022: 10e6, 2023: 12e6, 2024: 12e6, 2025: 12e6])
        #expect(result.years.allSatisfy { $0.programmes.count == 1 }, "no year counts two editions")
        let ledger = BudgetLedger(programmes: [first, second], documents: Self.documents)
        #expect(ledger.amounts(of: "plan-2019").first?.basis == .fromStart(end: .successor(id: "plan-2023", year: 2022)))
    }

    @Test func withNoStartTheAmountCountsInItsSourcesYear() {
        let calls = Self.programme("calls", [Self.money(6e6, from: "undated"), Self.money(6e6, from: "report-2021")])
        #expect(series(summary([calls])) == [2021: 6e6])
    }

    @Test func anAmountNothingDatesStaysApart() {
        let calls = Self.programme("calls", [Self.money(6e6, from: "undated")])
        let result = summary([calls])
        #expect(result.years.isEmpty)
        #expect(result.undated.map(\.amount.value) == [6e6])
        #expect(result.withPerYear == 1)
    }

    @Test func aPartIsNeverAddedInAYearItsWholeHoldsTheMoney() {
        let whole = Self.programme("plan", years: YearRange(start: 2019), [Self.money(32e6)])
        let part = Self.programme("strand", pillar: "skills", years: YearRange(start: 2019, end: 2023), partOf: "plan",
                                  [Self.money(12e6, from: "brief-2025")])
        let result = summary([whole, part])
        // 2019-2021: the plan's 32m holds the strand's 12m; 2022-2023: only the strand has a figure.
        #expect(series(result) == [2019: 32e6, 2020: 32e6, 2021: 32e6, 2022: 12e6, 2023: 12e6])
        #expect(result.year(2020)?.inside.map { "\($0.programme) in \($0.whole): \($0.value)" } == ["strand in plan: 12000000.0"])
        #expect(result.year(2022)?.programmes == ["strand"])
    }

    @Test func aPartOfAPartIsHeldByTheNearestWholeWithMoney() {
        let plan = Self.programme("plan", years: YearRange(start: 2019), [Self.money(32e6)])
        let strand = Self.programme("strand", partOf: "plan", [])
        let course = Self.programme("course", years: YearRange(start: 2019), partOf: "strand", [Self.money(1e6)])
        let result = summary([plan, strand, course])
        #expect(series(result) == [2019: 32e6, 2020: 32e6, 2021: 32e6])
        #expect(result.year(2019)?.inside.map(\.whole) == ["plan"])
    }

    @Test func oneOffAndTotalAmountsStayApartWithTheirYears() {
        let project = Self.programme("project", [Self.money(32e6, .total, years: YearRange(start: 2021, end: 2026))])
        let grant = Self.programme("grant", years: YearRange(start: 2019), partOf: "project", [Self.money(4e6, .oneOff)])
        let result = summary([project, grant])
        #expect(result.years.isEmpty)
        #expect(result.oneOff.map(\.amount.years) == [YearRange(start: 2021, end: 2026), YearRange(start: 2019)])
        #expect(result.oneOff.map(\.inside) == [nil, "project"])
        #expect(result.oneOffTotal == 32e6, "the part inside is not added")
    }

    @Test func aContradictedAmountCountsOnceAndSaysASourceDisagrees() {
        let plan = Self.programme("plan", years: YearRange(start: 2019), [Self.money(32e6), Self.money(30e6, from: "report-2019")])
        let result = summary([plan])
        #expect(series(result) == [2019: 32e6, 2020: 32e6, 2021: 32e6])
        #expect(result.year(2019)?.disputed == ["plan"])
        let amount = BudgetLedger(programmes: [plan], documents: Self.documents).amounts(of: "plan")
        #expect(amount.map(\.disagreeing.count) == [1])
    }

    @Test func summariesOfDisjointSetsAddYearByYear() {
        let a = Self.programme("a", years: YearRange(start: 2019), [Self.money(1e6)])
        let b = Self.programme("b", pillar: "skills", years: YearRange(start: 2020), [Self.money(2e6, from: "brief-2025")])
        let ledger = BudgetLedger(programmes: [a, b], documents: Self.documents)
        var added = BudgetSummary([a], ledger: ledger)
        added.add(BudgetSummary([b], ledger: ledger))
        #expect(added == BudgetSummary([a, b], ledger: ledger))
        #expect(added.latestYear == 2025)
        #expect(added.perYear(in: 2021) == 3e6)
    }
}
