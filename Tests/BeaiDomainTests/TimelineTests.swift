@testable import BeaiDomain
import BeaiBuiltinData
import Testing

/// Rows, the axis, running counts and markers of `Timeline`, on programmes made in code.
@Suite struct TimelineTests {
    private static let source = Citation(document: "doc-a", section: "Wallonia")

    private static func programme(
        _ id: String, government: String = "wallonia", years: YearRange? = nil, milestones: [(String, String)] = []
    ) -> Programme {
        Programme(id: id, name: id.capitalized, government: government, pillar: "strategy", kind: ProgrammeKind(rawValue: "plan"),
                  status: .active, years: years,
                  milestones: milestones.map { Milestone(date: $0.0, event: MilestoneEvent(rawValue: $0.1), text: $0.0, source: source) })
    }

    private static func ledger(_ programmes: [Programme]) -> BudgetLedger { BudgetLedger(dataset(programmes)) }

    private static func dataset(_ programmes: [Programme], asOf: String = "2025-07") -> Dataset {
        Dataset(governments: [], pillars: [], documents: [SourceDocument(id: "doc-a", title: "A", date: asOf, file: "a.txt")],
                organisations: [], programmes: programmes)
    }

    @Test func rowsSortByStartThenNameAndUndatedStandApart() {
        let programmes = [
            Self.programme("zeta", years: YearRange(start: 2019)),
            Self.programme("alpha", years: YearRange(start: 2021, end: 2022)),
            Self.programme("beta", years: YearRange(start: 2019, end: 2020)),
            Self.programme("until", years: YearRange(end: 2018)),
            Self.programme("dated-only-by-a-milestone", milestones: [("2020-05", "launched")]),
            Self.programme("undated"),
        ]
        let timeline = Timeline(programmes: programmes, dataset: Self.dataset(programmes), ledger: Self.ledger(programmes))
        #expect(timeline.rows.map(\.programme.id) == ["until", "beta", "zeta", "dated-only-by-a-milestone", "alpha"])
        #expect(timeline.undated.map(\.id) == ["undated"])
        #expect(timeline.rows[0].isOpenStart)
        #expect(timeline.rows[2].isOpenEnded)
        #expect(!timeline.rows[3].hasYears)
    }

    @Test func openEndedRowsCarryTheAxisToTheDataYear() {
        let programmes = [Self.programme("plan", years: YearRange(start: 2019)),
                          Self.programme("project", years: YearRange(start: 2020, end: 2021))]
        let timeline = Timeline(programmes: programmes, dataset: Self.dataset(programmes), ledger: Self.ledger(programmes))
        #expect(timeline.years == 2019...2025)
        #expect(timeline.perYear.map(\.running) == [1, 2, 2, 1, 1, 1, 1])
        #expect(timeline.year(2020)?.running == 2)
        #expect(timeline.year(2030) == nil)
        let closed = Timeline(programmes: [programmes[1]], dataset: Self.dataset(programmes), ledger: Self.ledger(programmes))
        #expect(closed.years == 2020...2021, "no open end: the axis ends with the last stated year")
    }

    @Test func milestonesWidenTheAxisAndAreFoundByYear() {
        let programmes = [
            Self.programme("plan", years: YearRange(start: 2019, end: 2020), milestones: [("2019-11-27", "launched"), ("2019-07-01", "started")]),
            Self.programme("authority", milestones: [("2025-04-30", "deadline")]),
        ]
        let timeline = Timeline(programmes: programmes, dataset: Self.dataset(programmes), ledger: Self.ledger(programmes))
        #expect(timeline.years == 2019...2025)
        #expect(timeline.rows[0].milestones.map(\.date) == ["2019-07-01", "2019-11-27"], "in date order")
        #expect(timeline.markers(in: 2019).map(\.milestone.event.rawValue) == ["started", "launched"])
        #expect(timeline.markers(in: 2025).map(\.row) == [1])
        #expect(timeline.markers(in: 2022).isEmpty)
        #expect(timeline.year(2025)?.running == 0, "a deadline is not a programme running")
    }

    @Test func anEditionEndsTheYearBeforeItsSuccessorStarts() {
        var next = Self.programme("next", years: YearRange(start: 2024))
        next.follows = "first"
        let programmes = [Self.programme("first", years: YearRange(start: 2019)), next]
        let timeline = Timeline(programmes: programmes, dataset: Self.dataset(programmes), ledger: Self.ledger(programmes))
        let first = timeline.rows[0]
        #expect(first.end == 2023 && first.endedBy == "next" && !first.isOpenEnded)
        #expect(timeline.perYear.map(\.running) == [1, 1, 1, 1, 1, 1, 1])
    }

    @Test func severalGovernmentsHaveTheirOwnYears() {
        let programmes = [Self.programme("a", government: "flanders", years: YearRange(start: 2019, end: 2020)),
                          Self.programme("b", government: "wallonia", years: YearRange(start: 2020, end: 2020))]
        let timeline = Timeline(programmes: programmes, dataset: Self.dataset(programmes), ledger: Self.ledger(programmes), governments: ["flanders", "wallonia"])
        #expect(timeline.groups.map(\.government) == ["flanders", "wallonia"])
        #expect(timeline.groups.map { $0.years.map(\.running) } == [[1, 1], [0, 1]])
        #expect(Timeline(programmes: programmes, dataset: Self.dataset(programmes), ledger: Self.ledger(programmes), governments: ["flanders"]).groups.isEmpty)
    }

    @Test func budgetLabels() {
        func label(_ running: Int, _ amount: Double?, _ programmes: [String], _ without: Int, euro: String = "€") -> String {
            Timeline.Year(year: 2021, running: running, budget: YearBudget(amount: amount, programmes: programmes, withoutFigure: without))
                .budgetLabel(euro: euro)
        }
        #expect(label(2, nil, [], 2) == "?")
        #expect(label(2, nil, [], 0) == "?", "running programmes with figures, not yet placed in years")
        #expect(label(0, nil, [], 0) == "—")
        #expect(label(0, 0, [], 0) == "—")
        #expect(label(3, 0, [], 3) == "?")
        #expect(label(1, 50_000_000, ["a"], 0) == "€50m")
        #expect(label(2, 50_000_000, ["a"], 1, euro: "EUR ") == "EUR 50m?")
    }
}

/// The timeline's quick name key sorts names as folding them does.
@Suite struct NameKeyTests {
    @Test func sortsTheBuiltInNamesAsFoldingDoes() throws {
        let names = try #require(BuiltinData.dataset).programmes.map(\.name)
        let byKey = names.sorted { (NameKey($0), $0) < (NameKey($1), $1) }
        let byFolding = names.sorted { ($0.folded, $0) < ($1.folded, $1) }
        #expect(byKey == byFolding)
    }

    @Test func caseAndLatinAccentsAreIgnored() {
        #expect(!(NameKey("Wallonië") < NameKey("wallonie")) && !(NameKey("wallonie") < NameKey("Wallonië")))
        #expect(NameKey("Éducation") < NameKey("Fonds"))
        #expect(NameKey("Numérique") < NameKey("numeriques"))
        #expect(NameKey("Numérique") == NameKey("Nume\u{301}rique"), "a combining accent is ignored too")
    }
}
