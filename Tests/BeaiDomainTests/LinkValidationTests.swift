import BeaiDomain
import Testing

/// The rules on roles, `partOf`, `follows` and competences, each on a fixture broken in that way.
@Suite struct LinkValidationTests {
    private func problems(_ programmes: [String], competences: String? = nil) -> [DataProblem] {
        Dataset.problems(in: Fixture.files(programmes: programmes, competences: competences))
    }

    private func plan(_ id: String, _ overrides: [String: String] = [:]) -> String {
        Fixture.programme(id, overrides: overrides)
    }

    @Test func everyRecordNeedsAKnownRole() throws {
        let missing = problems([Fixture.programme().replacingOccurrences(of: "  \"role\": \"initiative\",\n", with: "")])
        #expect(missing.map(\.description) == ["programmes/all.json:2: [0] plan-a: role: missing role (known: initiative, recommendation, context)"])
        let unknown = problems([plan("plan-a", ["role": "\"proposal\""])])
        #expect(unknown.map(\.message) == ["unknown role \"proposal\" (known: initiative, recommendation, context)"])
    }

    @Test func linksMustNameAnotherProgramme() {
        let found = problems([plan("plan-a", ["partOf": "\"plan-z\"", "follows": "\"plan-a\""])])
        #expect(found.map(\.path) == ["[0] plan-a: partOf", "[0] plan-a: follows"])
        #expect(found[0].message.hasPrefix("unknown programme \"plan-z\""))
        #expect(found[1].message == "a programme cannot name itself")
    }

    @Test func aPartBelongsToItsWholesGovernment() {
        let found = problems([plan("plan-a"), plan("part-b", ["partOf": "\"plan-a\"", "government": "\"federal\""])])
        #expect(found.map(\.path) == ["[1] part-b: partOf"])
        #expect(found.first?.message.contains("a part belongs to its whole's government") == true)
    }

    @Test func partOfCyclesAreReportedOnEveryRecordOfTheCircle() {
        let found = problems([
            plan("plan-a", ["partOf": "\"plan-c\""]), plan("plan-b", ["partOf": "\"plan-a\""]),
            plan("plan-c", ["partOf": "\"plan-b\""]),
        ])
        #expect(found.count == 3)
        #expect(found.first?.message == "partOf goes round in a circle: plan-a → plan-c → plan-b → plan-a")
    }

    @Test func followsCyclesAreReported() {
        let found = problems([plan("plan-a", ["follows": "\"plan-b\""]), plan("plan-b", ["follows": "\"plan-a\""])])
        #expect(found.map(\.path) == ["[0] plan-a: follows", "[1] plan-b: follows"])
        #expect(found.allSatisfy { $0.message.hasPrefix("follows goes round in a circle") })
    }

    @Test func validLinksPass() throws {
        let dataset = try Dataset.load(Fixture.files(programmes: [
            plan("plan-a"), plan("part-b", ["partOf": "\"plan-a\""]), plan("plan-c", ["follows": "\"plan-a\""]),
        ]))
        #expect(dataset.programme("part-b")?.partOf == "plan-a")
        #expect(dataset.programme("plan-c")?.follows == "plan-a")
    }

    @Test func competencesNeedKnownIDsAMatterAndASourceOrTheConstitution() {
        let competences = """
            [
              {"government": "wallonia", "pillar": "skills", "matter": "education", "competent": ["fwb"], "basis": "constitution"},
              {"government": "wallonia", "pillar": "strategy", "matter": "", "competent": ["wallonia"]},
              {"government": "federal", "pillar": "skills", "matter": "education", "competent": ["wallonia"],
               "source": {"document": "doc-z", "section": "X"}, "basis": "constitution"}
            ]
            """
        let found = problems([plan("plan-a")], competences: competences)
        #expect(found.map(\.path) == [
            "[0] wallonia/skills: competent[0]", "[1] wallonia/strategy: matter", "[1] wallonia/strategy: competent[0]",
            "[1] wallonia/strategy", "[2] federal/skills: basis",
        ])
        #expect(found[0].message.hasPrefix("unknown government \"fwb\""))
        #expect(found[2].message == "a government cannot be competent instead of itself")
        #expect(found[3].message.contains("give \"basis\": \"constitution\""))
    }

    @Test func aValidCompetenceIsFoundByGovernmentAndPillar() throws {
        let competences = """
            [{"government": "wallonia", "pillar": "skills", "matter": "education", "competent": ["federal"],
              "source": {"document": "doc-a", "section": "Wallonia"}}]
            """
        let dataset = try Dataset.load(Fixture.files(competences: competences))
        #expect(dataset.competence(of: "wallonia", in: "skills")?.competent == ["federal"])
        #expect(dataset.competence(of: "wallonia", in: "strategy") == nil)
    }
}
