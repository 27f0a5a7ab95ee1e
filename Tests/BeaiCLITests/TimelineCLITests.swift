import Foundation
import Testing

/// `beai timeline`: on the timeline fixture (its years are in Fixtures/timeline/programmes), and
/// on the built-in data with numbers read off the sources by hand.
@Suite struct TimelineCLITests {
    private let fixture = BeaiProcess.packageRoot.appending(path: "Tests/BeaiAppTests/Fixtures/timeline").path

    private func object(_ arguments: [String]) throws -> [String: Any] {
        let result = try BeaiProcess.run(["timeline", "--json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func jsonHasYearsRowsUndatedAndPerYear() throws {
        let timeline = try object(["wallonia", "--data", fixture])
        #expect(timeline["years"] as? [String: Int] == ["first": 2019, "last": 2026])
        let rows = try #require(timeline["rows"] as? [[String: Any]])
        // By start year, then name: 2019 DigitalWallonia4.ai; 2021 ARIAC and Cap AI; 2025 the new strategy.
        #expect(rows.map { $0["id"] as? String } == ["digitalwallonia4-ai", "ariac", "cap-ai", "wallonia-new-digital-strategy"])
        let first = rows[0]
        for key in ["id", "name", "government", "start", "end", "openEnded", "status", "milestones"] {
            #expect(first[key] != nil, "rows lack \(key)")
        }
        #expect(first["start"] as? Int == 2019)
        #expect(first["end"] is NSNull)
        #expect(first["openEnded"] as? Bool == true)
        #expect(rows[1]["openEnded"] as? Bool == false)
        let milestones = try #require(first["milestones"] as? [[String: Any]])
        #expect(milestones.map { $0["date"] as? String } == ["2019-07-01", "2019-11-27", "2020-12"])
        #expect(timeline["undated"] as? [String] == ["tremplin-ai"])
        let perYear = try #require(timeline["perYear"] as? [[String: Any]])
        #expect(perYear.map { $0["year"] as? Int } == Array(2019...2026))
        // 2019-2020 the strategy alone; 2021-2024 with ARIAC and Cap AI; from 2025 the planned one too.
        #expect(perYear.map { $0["running"] as? Int } == [1, 1, 3, 3, 3, 3, 4, 4])
        let year2021 = perYear[2]
        for key in ["year", "running", "budget", "withoutBudget", "programmes", "budgetProgrammes"] {
            #expect(year2021[key] != nil, "perYear lacks \(key)")
        }
        #expect(year2021["programmes"] as? [String] == ["digitalwallonia4-ai", "ariac", "cap-ai"])
        #expect(year2021["governments"] == nil, "one government: no breakdown")
        // DigitalWallonia4.ai's €18m a year counts up to 2021, its source's year; ARIAC's €32m is a
        // total over 2021-2026, kept out of the years; Cap AI has no figure.
        #expect(year2021["budget"] as? Double == 18_000_000)
        #expect(year2021["budgetProgrammes"] as? [String] == ["digitalwallonia4-ai"])
        #expect(year2021["withoutBudget"] as? Int == 2)
        #expect(perYear[3]["budget"] as? Double == 0, "2022: nothing placed")
    }

    @Test func severalGovernmentsAreBrokenDownPerYear() throws {
        let timeline = try object(["flanders", "wallonia", "--data", fixture])
        #expect(timeline["governments"] as? [String] == ["flanders", "wallonia"])
        let perYear = try #require(timeline["perYear"] as? [[String: Any]])
        let year2020 = try #require(perYear.first { $0["year"] as? Int == 2020 })
        // Flanders: the plan, the research programme and the open-data plan; Wallonia: DigitalWallonia4.ai.
        #expect(year2020["running"] as? Int == 4)
        let sides = try #require(year2020["governments"] as? [[String: Any]])
        #expect(sides.map { $0["government"] as? String } == ["flanders", "wallonia"])
        #expect(sides.map { $0["running"] as? Int } == [3, 1])
        #expect(sides[1]["programmes"] as? [String] == ["digitalwallonia4-ai"])
    }

    @Test func pillarAndTextAndMarkdown() throws {
        let text = try BeaiProcess.run(["timeline", "brussels", "--pillar", "research", "--data", fixture])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("Timeline: Brussels-Capital Region › Research (1 programme, 2018–2025)"))
        #expect(text.stdout.contains("Anticipate  brussels    from 2018 (open-ended)  active  2018 launched"))
        let markdown = try BeaiProcess.run(["timeline", "flanders", "wallonia", "--markdown", "--data", fixture])
        #expect(markdown.stdout.contains("| Year | Flanders | Wallonia |"))
        // The fixture's yearly budgets (Flanders' plan €32m and research €12m, DigitalWallonia4.ai
        // €18m) count from their start to their source's year, 2021; the open-data plan has none.
        #expect(markdown.stdout.contains("| 2019 | 2 running, €44m | 1 running, €18m |"))
        #expect(markdown.stdout.contains("| 2020 | 3 running, €44m? | 1 running, €18m |"))
        #expect(markdown.stdout.contains("| 2022 | 3 running, ? | 3 running, ? |"))
        #expect(markdown.stdout.contains("Undated (2): Flemish data utility company, Tremplin AI"))
    }

    @Test func aUnionIsOneColumn() throws {
        let markdown = try BeaiProcess.run(["timeline", "wallonia+brussels", "flanders", "--markdown", "--data", fixture])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.contains("| Year | Wallonia + Brussels-Capital Region | Flanders |"))
        let twice = try BeaiProcess.run(["timeline", "wallonia+brussels", "wallonia", "--data", fixture])
        #expect(twice.status != 0)
        #expect(twice.stderr.contains("wallonia is named twice"))
    }

    @Test func unknownGovernmentOrPillarAndBothFormatsAreErrors() throws {
        let government = try BeaiProcess.run(["timeline", "walonia", "--data", fixture])
        #expect(government.status == 1)
        #expect(government.stderr.contains("Did you mean: wallonia"))
        let pillar = try BeaiProcess.run(["timeline", "--pillar", "skils", "--data", fixture])
        #expect(pillar.status == 1)
        #expect(pillar.stderr.contains("no pillar with id \"skils\""))
        let both = try BeaiProcess.run(["timeline", "--json", "--markdown", "--data", fixture])
        #expect(both.status == 2)
    }

    @Test func builtInWalloonAdoptionTimelineRestsOnAIWatch() throws {
        // AI Watch, "The Walloon Region": the W.I.N.G fund was launched in 2016, the business voucher
        // in 2017 and Cap AI in April 2021, none with an end; Start AI, Tremplin AI, the AI Expert
        // Pool and the Industry of the future programme carry no date.
        let timeline = try object(["wallonia", "--pillar", "adoption"])
        let rows = try #require(timeline["rows"] as? [[String: Any]])
        #expect(rows.map { $0["id"] as? String } == ["wing-fund", "business-voucher", "cap-ai"])
        #expect(rows.allSatisfy { $0["openEnded"] as? Bool == true })
        #expect(Set(timeline["undated"] as? [String] ?? [])
            == ["start-ai", "tremplin-ai", "ai-expert-pool", "industry-of-the-future"])
        let perYear = try #require(timeline["perYear"] as? [[String: Any]])
        // 2016: the fund; 2017-2020: with the voucher; from 2021 with Cap AI, up to the brief's 2025.
        #expect(perYear.map { $0["year"] as? Int } == Array(2016...2025))
        #expect(perYear.map { $0["running"] as? Int } == [1, 2, 2, 2, 2, 3, 3, 3, 3, 3])
    }

    @Test func builtInFlemishStrategyBudgetsRestOnTheirSources() throws {
        // AI Watch ("AI report", 2021): the Flemish action plan, launched in March 2019, foresees
        // EUR 32 million a year; the AI & Partners brief ("Digital Decade 2025", 2025): the 2024 AI
        // Policy Plan, which follows it, allocates EUR 35 million annually. Each amount counts from
        // its plan's start to its source's year; the action plan ends the year before its successor.
        let timeline = try object(["flanders", "--pillar", "strategy"])
        let rows = try #require(timeline["rows"] as? [[String: Any]])
        let plan = try #require(rows.first { $0["id"] as? String == "flemish-ai-action-plan" })
        #expect(plan["start"] as? Int == 2019 && plan["end"] as? Int == 2023)
        #expect(plan["openEnded"] as? Bool == false)
        #expect(plan["endedBy"] as? String == "flemish-ai-policy-plan-2024")
        let perYear = try #require(timeline["perYear"] as? [[String: Any]])
        let budgets = Dictionary(uniqueKeysWithValues: perYear.compactMap { entry in
            (entry["year"] as? Int).map { ($0, entry["budget"] as? Double ?? -1) }
        })
        #expect(budgets == [2019: 32e6, 2020: 32e6, 2021: 32e6, 2022: 0, 2023: 0, 2024: 35e6, 2025: 35e6])
        #expect(perYear.map { $0["running"] as? Int } == [1, 1, 1, 1, 1, 1, 1], "the editions never overlap")
    }

    @Test func builtInMilestonesAreAllOnTheTimeline() throws {
        // Every milestone of the data is on a row: 21 from AI Watch, 10 from the AI & Partners brief,
        // 1 from AI 4 Belgium (its EUR 1 billion ambition by 2030).
        let timeline = try object([])
        let rows = try #require(timeline["rows"] as? [[String: Any]])
        let milestones = rows.flatMap { $0["milestones"] as? [[String: Any]] ?? [] }
        let documents = milestones.compactMap { ($0["source"] as? [String: Any])?["document"] as? String }
        #expect(documents.count { $0 == "aiwatch-belgium-2021" } == 21)
        #expect(documents.count { $0 == "aipartners-belgium-2025" } == 10)
        #expect(documents.count { $0 == "ai4belgium-2019" } == 1)
        #expect(timeline["years"] as? [String: Int] == ["first": 2016, "last": 2030])
    }
}
