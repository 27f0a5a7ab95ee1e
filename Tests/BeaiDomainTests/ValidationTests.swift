import BeaiDomain
import Testing

/// One test per validation rule, each on a fixture broken in exactly that way.
@Suite struct ValidationTests {
    private func problems(_ programmes: [String], organisations: String = Fixture.organisations) -> [DataProblem] {
        Dataset.problems(in: Fixture.files(programmes: programmes, organisations: organisations))
    }

    private func only(_ programmes: [String], organisations: String = Fixture.organisations) throws -> DataProblem {
        let found = problems(programmes, organisations: organisations)
        try #require(found.count == 1, "expected one problem, got \(found)")
        return found[0]
    }

    @Test func validFixtureHasNoProblem() throws {
        #expect(problems([Fixture.programme()]).isEmpty)
        let dataset = try Dataset.load(Fixture.files())
        #expect(dataset.programmes.map(\.id) == ["plan-a"])
    }

    @Test func duplicateProgrammeIDPointsAtTheFirst() throws {
        let problem = try only([Fixture.programme("plan-a"), Fixture.programme("plan-a")])
        #expect(problem.file == "programmes/all.json")
        #expect(problem.message.contains("duplicate programme id \"plan-a\""))
        #expect(problem.message.contains("first at programmes/all.json:2"))
        #expect(problem.line == 23)
        #expect(problem.path == "[1] plan-a: id")
    }

    @Test func duplicateOrganisationID() throws {
        let organisations = """
            [{"id": "agency", "name": "A", "aliases": [], "government": "wallonia"},
             {"id": "agency", "name": "B", "aliases": [], "government": "wallonia"}]
            """
        let problem = try only([Fixture.programme()], organisations: organisations)
        #expect(problem.file == "organisations/all.json")
        #expect(problem.message.contains("duplicate organisation id"))
    }

    @Test func unknownGovernmentSuggestsTheNearest() throws {
        let problem = try only([Fixture.programme(overrides: ["government": "\"walonia\""])])
        #expect(problem.path == "[0] plan-a: government")
        #expect(problem.message == "unknown government \"walonia\" (did you mean \"wallonia\"?)")
    }

    @Test func unknownPillar() throws {
        let problem = try only([Fixture.programme(overrides: ["pillar": "\"skils\""])])
        #expect(problem.message.hasPrefix("unknown pillar \"skils\""))
    }

    @Test func unknownSecondaryPillar() throws {
        let problem = try only([Fixture.programme(overrides: ["pillars": "[\"nope\"]"])])
        #expect(problem.path == "[0] plan-a: pillars[0]")
    }

    @Test func unknownOrganisation() throws {
        let problem = try only([Fixture.programme(overrides: ["lead": "[\"agency\", \"ghost\"]"])])
        #expect(problem.path == "[0] plan-a: lead[1]")
        #expect(problem.message.hasPrefix("unknown organisation \"ghost\""))
    }

    @Test func organisationWithUnknownGovernment() throws {
        let organisations = #"[{"id": "agency", "name": "A", "aliases": [], "government": "mars"}]"#
        let problem = try only([Fixture.programme()], organisations: organisations)
        #expect(problem.message.hasPrefix("unknown government \"mars\""))
    }

    @Test func unknownDocumentInSourcesAndFigures() {
        let found = problems([Fixture.programme(overrides: [
            "sources": #"[{"document": "doc-z", "section": "X"}]"#,
            "figures": #"[{"label": "l", "value": 1, "unit": "projects", "text": "1", "source": {"document": "doc-q", "section": "X"}}]"#,
        ])])
        #expect(found.map(\.path) == ["[0] plan-a: sources[0].document", "[0] plan-a: figures[0].source.document"])
        #expect(found.allSatisfy { $0.message.hasPrefix("unknown document") })
    }

    @Test func danglingRelatedID() throws {
        let problem = try only([Fixture.programme(overrides: ["related": "[\"plan-b\"]"])])
        #expect(problem.path == "[0] plan-a: related[0]")
        #expect(problem.message.hasPrefix("unknown programme \"plan-b\""))
    }

    @Test func figureWithoutCitation() throws {
        let problem = try only([Fixture.programme(overrides: [
            "figures": #"[{"label": "projects", "value": 19, "unit": "projects", "text": "19"}]"#
        ])])
        #expect(problem.path == "[0] plan-a: figures[0].source")
        #expect(problem.message == "figure without a citation")
    }

    @Test func figureWithoutSourceText() throws {
        let problem = try only([Fixture.programme(overrides: [
            "figures": #"[{"label": "projects", "value": 19, "unit": "projects", "text": " ", "source": {"document": "doc-a", "section": "W"}}]"#
        ])])
        #expect(problem.path == "[0] plan-a: figures[0].text")
    }

    @Test func negativeAmount() throws {
        let problem = try only([Fixture.programme(overrides: [
            "figures": #"[{"label": "b", "value": -5, "unit": "EUR", "period": "total", "text": "5", "source": {"document": "doc-a", "section": "W"}}]"#
        ])])
        #expect(problem.path == "[0] plan-a: figures[0].value")
        #expect(problem.message.contains("negative"))
    }

    @Test func budgetWithoutPeriod() throws {
        let problem = try only([Fixture.programme(overrides: [
            "figures": #"[{"label": "b", "value": 5, "unit": "EUR", "budget": true, "text": "5", "source": {"document": "doc-a", "section": "W"}}]"#
        ])])
        #expect(problem.path == "[0] plan-a: figures[0].period")
        #expect(problems([Fixture.programme(overrides: [
            "figures": #"[{"label": "b", "value": 5, "unit": "EUR", "text": "5", "source": {"document": "doc-a", "section": "W"}}]"#
        ])]).isEmpty, "an amount outside budget totals may leave its period unstated")
    }

    @Test func validMilestonesPass() {
        #expect(problems([Fixture.programme(overrides: [
            "milestones": #"[{"date": "2019-07-01", "event": "started", "text": "1 July 2019", "source": {"document": "doc-a", "section": "W"}},"#
                + #" {"date": "2019-11", "event": "launched", "text": "November 2019", "source": {"document": "doc-b", "section": "W"}},"#
                + #" {"date": "2025", "event": "deadline", "text": "by 2025", "source": {"document": "doc-a", "section": "W"}}]"#,
        ])]).isEmpty)
    }

    @Test func milestoneDatesMustBeYearMonthDay() {
        let found = problems([Fixture.programme(overrides: [
            "milestones": #"[{"date": "July 2019", "event": "started", "text": "July 2019", "source": {"document": "doc-a", "section": "W"}},"#
                + #" {"date": "2019-13", "event": "started", "text": "x", "source": {"document": "doc-a", "section": "W"}},"#
                + #" {"date": "1956", "event": "started", "text": "1956", "source": {"document": "doc-a", "section": "W"}},"#
                + #" {"event": "started", "text": "x", "source": {"document": "doc-a", "section": "W"}}]"#,
        ])])
        #expect(found.map(\.path) == (0..<4).map { "[0] plan-a: milestones[\($0)].date" })
        #expect(found[0].message == "\"July 2019\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        #expect(found[3].message == "missing date")
    }

    @Test func milestoneEventComesFromTheList() throws {
        let problem = try only([Fixture.programme(overrides: [
            "milestones": #"[{"date": "2019", "event": "celebrated", "text": "2019", "source": {"document": "doc-a", "section": "W"}}]"#,
        ])])
        #expect(problem.path == "[0] plan-a: milestones[0].event")
        #expect(problem.message.hasPrefix("unknown event \"celebrated\" (known: launched, started, adopted"))
    }

    @Test func milestoneNeedsItsTextAndACitation() {
        let found = problems([Fixture.programme(overrides: [
            "milestones": #"[{"date": "2019", "event": "launched", "text": " ", "source": {"document": "doc-a", "section": "W"}},"#
                + #" {"date": "2019", "event": "launched", "text": "2019"},"#
                + #" {"date": "2019", "event": "launched", "text": "2019", "source": {"document": "doc-q", "section": ""}}]"#,
        ])])
        #expect(found.map(\.path) == [
            "[0] plan-a: milestones[0].text", "[0] plan-a: milestones[1].source",
            "[0] plan-a: milestones[2].source.document", "[0] plan-a: milestones[2].source.section",
        ])
        #expect(found[1].message == "milestone without a citation")
    }

    @Test func yearsOutsideTheRange() {
        let found = problems([Fixture.programme(overrides: ["years": #"{"start": 1989, "end": 2041}"#])])
        #expect(found.map(\.path) == ["[0] plan-a: years.start", "[0] plan-a: years.end"])
        #expect(found.allSatisfy { $0.message.contains("outside 1990–2040") })
    }

    @Test func startAfterEnd() throws {
        let problem = try only([Fixture.programme(overrides: ["years": #"{"start": 2024, "end": 2019}"#])])
        #expect(problem.message == "start 2024 is after end 2019")
    }

    @Test func emptyName() throws {
        let problem = try only([Fixture.programme(overrides: ["name": "\"  \""])])
        #expect(problem.path == "[0] plan-a: name")
        #expect(problem.message == "empty name")
    }

    @Test func controlCharacterHasLineAndColumn() throws {
        let problem = try only([Fixture.programme(overrides: ["summary": #""A plan.\u001b[31m""#])])
        #expect(problem.line == 17)
        #expect(problem.column == 22)
        #expect(problem.message == "control character U+001B in a string")
    }

    @Test func escapedBackslashIsNotAControlCharacter() {
        #expect(problems([Fixture.programme(overrides: ["summary": #""C:\\new plan.""#])]).isEmpty)
    }

    @Test func malformedJSONHasLineAndColumn() throws {
        var files = Fixture.files()
        files[4].contents = "[\n  {\"id\": \"x\",\n   \"name\" \"Plan\"}\n]"
        let found = Dataset.problems(in: files)
        let problem = try #require(found.first { $0.file == "programmes/all.json" })
        #expect(problem.line == 3)
        #expect(problem.column == 11)
        #expect(problem.message.hasPrefix("malformed JSON"))
    }

    @Test func wrongTypeHasPath() throws {
        let problem = try only([Fixture.programme(overrides: ["aliases": "\"one\""])])
        #expect(problem.path == "[0].aliases")
        #expect(problem.line == 2)
        #expect(problem.message == "expected an array")
    }

    @Test func unknownKindAndStatusListTheValidOnes() {
        let found = problems([Fixture.programme(overrides: ["kind": "\"gizmo\"", "status": "\"dormant\""])])
        #expect(found.count == 2)
        #expect(found[0].message.contains("known: strategy, plan"))
        #expect(found[1].message.contains("known: active, completed"))
    }

    @Test func everyProblemIsReportedInOneRun() {
        let found = problems([
            Fixture.programme("plan-a", overrides: ["name": "\"\"", "government": "\"mars\""]),
            Fixture.programme("plan-b", overrides: ["related": "[\"plan-z\"]", "years": #"{"start": 2030, "end": 2020}"#]),
        ])
        #expect(found.count == 4)
    }

    @Test func missingFilesAreReported() {
        let found = Dataset.problems(in: [])
        #expect(found.map(\.file) == ["governments.json", "pillars.json", "documents.json", "programmes/"])
    }
}

/// `synonyms.json`: optional, and checked like every other file.
@Suite struct SynonymValidationTests {
    private func problems(_ synonyms: String) -> [DataProblem] {
        Dataset.problems(in: Fixture.files() + [DataFile(path: "synonyms.json", contents: synonyms)])
    }

    @Test func groupsLoadWithTheDataset() throws {
        let files = Fixture.files() + [DataFile(path: "synonyms.json", contents: #"[{"id": "sme", "terms": ["SME", "KMO"]}]"#)]
        let dataset = try Dataset.load(files)
        #expect(dataset.synonyms == [SynonymGroup(id: "sme", terms: ["SME", "KMO"])])
        #expect(try Dataset.load(Fixture.files()).synonyms.isEmpty, "the file is optional")
    }

    @Test func aGroupNeedsTwoTermsWithWords() {
        let found = problems(#"[{"id": "one", "terms": ["alone"]}, {"id": "blank", "terms": ["ok", "--"]}]"#)
        #expect(found.map(\.message) == ["a synonym group needs at least two terms", "a term needs a letter or a digit"])
        #expect(found.map(\.path) == ["[0] one: terms", "[1] blank: terms[1]"])
        #expect(found.allSatisfy { $0.file == "synonyms.json" && $0.line != nil })
    }

    @Test func aTermStandsOnceAcrossAllGroupsWhateverItsCaseAccentsOrPunctuation() {
        let found = problems("""
            [{"id": "a", "terms": ["e-learning", "MOOC"]},
             {"id": "b", "terms": ["E Learning", "online course"]},
             {"id": "c", "terms": ["Numérique", "numerique"]}]
            """)
        #expect(found.map(\.message) == [
            "\"E Learning\" is already a term of group \"a\"", "\"numerique\" is already a term of group \"c\"",
        ])
    }

    @Test func groupIDsAreSlugsAndUnique() {
        let found = problems(#"[{"id": "Same", "terms": ["x", "y"]}, {"id": "same", "terms": ["z", "w"]}, {"id": "same", "terms": ["u", "v"]}]"#)
        #expect(found.count == 2)
        #expect(found.contains { $0.message.contains("lowercase slug") })
        #expect(found.contains { $0.message.contains("duplicate synonym group id \"same\"") })
    }
}
