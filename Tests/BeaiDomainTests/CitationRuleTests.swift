import BeaiDomain
import Testing

/// The validator's rules on what a citation may name and what a status may claim, each on a
/// fixture broken in exactly that way.
@Suite struct CitationRuleTests {
    /// The fixture's governments with Flanders added, so that a heading can name another region.
    private func files(_ programme: String) -> [DataFile] {
        var files = Fixture.files(programmes: [programme])
        files[0].contents = """
            [
              {"id": "federal", "name": "Federal / national", "kind": "federal-state"},
              {"id": "wallonia", "name": "Wallonia", "names": {"fr": "Wallonie"}, "kind": "region", "aliases": ["Walloon"]},
              {"id": "flanders", "name": "Flanders", "kind": "region", "aliases": ["Flemish"]}
            ]
            """
        return files
    }

    private func problems(_ overrides: [String: String]) -> [DataProblem] {
        Dataset.problems(in: files(Fixture.programme(overrides: overrides)))
    }

    @Test func aRegionalRecordMayNotCiteAnotherRegionsHeading() throws {
        let found = problems(["sources": #"[{"document": "doc-a", "section": "The Flemish Region", "paragraph": 3}]"#])
        try #require(found.count == 1, "\(found)")
        #expect(found[0].path == "[0] plan-a: sources[0].section")
        #expect(found[0].message.hasPrefix("heading \"The Flemish Region\" is about flanders, not wallonia"))
    }

    @Test func aHeadingThatAlsoNamesTheRecordsOwnRegionMayBeCited() {
        #expect(problems(["sources": #"[{"document": "doc-a", "section": "The Walloon and Flemish Regions"}]"#]).isEmpty)
        #expect(problems(["sources": #"[{"document": "doc-a", "section": "From the lab to the market"}]"#]).isEmpty)
    }

    @Test func federalAndEURecordsMayCiteAnyRegionsHeading() {
        #expect(problems([
            "government": "\"federal\"", "sources": #"[{"document": "doc-a", "section": "The Flemish Region"}]"#,
        ]).isEmpty)
    }

    @Test func aFigureCitationFollowsTheSameRule() throws {
        let found = problems(["figures": """
            [{"label": "budget", "value": 1, "unit": "EUR", "text": "EUR 1", "source": {"document": "doc-a", "section": "Flanders"}}]
            """])
        #expect(found.map(\.path) == ["[0] plan-a: figures[0].source.section"])
    }

    @Test func aMilestoneCitationFollowsTheSameRules() throws {
        let found = problems(["milestones": """
            [{"date": "2019", "event": "started", "text": "2019", "source": {"document": "doc-a", "section": "The Flemish Region", "paragraph": 0}}]
            """])
        #expect(Set(found.map(\.path)) == ["[0] plan-a: milestones[0].source.section", "[0] plan-a: milestones[0].source.paragraph"])
    }

    @Test func paragraphsAreNumberedFromOne() throws {
        let found = problems(["sources": #"[{"document": "doc-a", "section": "Wallonia", "paragraph": 0}]"#])
        #expect(found.map(\.path) == ["[0] plan-a: sources[0].paragraph"])
        #expect(found.first?.message == "paragraph 0: paragraphs are numbered from 1")
    }

    @Test func anActiveStatusCannotOutliveTheYearsItEnded() throws {
        let found = problems(["years": #"{"start": 2017, "end": 2020}"#, "statusAsOf": "\"2021-09-01\""])
        #expect(found.map(\.path) == ["[0] plan-a: status"])
        #expect(found.first?.message.hasPrefix("\"active\" as of 2021-09-01, but its years end in 2020") == true)
        #expect(problems(["years": #"{"start": 2017, "end": 2021}"#, "statusAsOf": "\"2021-09-01\""]).isEmpty,
                "a programme may be active in its last year")
        #expect(problems([
            "years": #"{"start": 2017, "end": 2020}"#, "statusAsOf": "\"2021-09-01\"", "status": "\"completed\"",
        ]).isEmpty)
    }

    @Test func anUndatedStatusIsReadAsOfTheDatasDate() throws {
        let found = problems(["years": #"{"start": 2017, "end": 2020}"#, "statusAsOf": "null", "status": "\"planned\""])
        #expect(found.map(\.path) == ["[0] plan-a: status"])
        #expect(found.first?.message.contains("from an undated source (data as of 2021-09-01)") == true)
    }
}
