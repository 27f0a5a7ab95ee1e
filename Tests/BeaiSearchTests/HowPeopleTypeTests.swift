@testable import BeaiSearch
import BeaiDomain
import Testing

/// What word forms, spellings, compounds, synonyms, stop words and natural phrasing do to a
/// search besides its order: which programmes match, how names rank, what is highlighted and
/// what the search says it understood.
@Suite struct HowPeopleTypeTests {
    private let index = SearchFixture.index
    private let dataset = SearchFixture.dataset

    private func ids(_ query: String) -> Set<String> { Set(SearchFixture.ids(query, limit: 1000)) }

    @Test(arguments: [
        ["sme ", "smes ", "SMEs "], ["company ", "companies "], ["center ", "centre ", "centres "],
        ["program ", "programme ", "programs "], ["covid19 ", "covid 19 ", "covid-19 ", "COVID-19 "],
        ["startup ", "startups ", "start-up ", "start-ups "], ["opendata ", "\"open data\" "],
        ["chatbot ", "chat bot ", "chatbots "], ["digitalization ", "digitalisation "],
    ])
    func formsSpellingsAndCompoundsFindTheSameProgrammes(_ queries: [String]) {
        let sets = queries.map(ids)
        #expect(!(sets.first ?? []).isEmpty)
        for (query, set) in zip(queries, sets) { #expect(set == sets[0], "\(query) differs from \(queries[0])") }
    }

    @Test func stopWordsAreIgnoredOutsideQuotesOnly() {
        #expect(ids("the tremplin of ai ") == ids("tremplin ai "))
        #expect(ids("de la pour voor tremplin ") == ids("tremplin "))
        // Quoted, "in" must stand between the words, in that order.
        #expect(ids("\"women in tech\" ").contains("women-in-tech"))
        #expect(ids("\"tech in women\" ").isEmpty)
        // A query of stop words alone is still searched for.
        #expect(index.search("the ").total > 0)
    }

    @Test func aNameWithStopWordsIsExactWithOrWithoutThem() throws {
        for query in ["women in tech ", "women tech ", "proof of business ", "the beacon ", "beacon "] {
            let first = try #require(index.search(query).results.first, "\(query)")
            #expect(first.tier == .exactName, "\(query) → \(first.programmeID)")
        }
    }

    @Test func aWordThatNamesAGovernmentRanksItsProgrammesFirstWithoutHidingOthers() {
        let results = index.search("open data brussels ", limit: 1000)
        let inBrussels = Set(dataset.programmes.filter { $0.government == "brussels" }.map(\.id))
        // Walloon and Wallonia-Brussels programmes that mention Brussels are kept.
        #expect(results.results.contains { !inBrussels.contains($0.programmeID) })
        // Within each tier, the Brussels ones come first.
        for (a, b) in zip(results.results, results.results.dropFirst()) where a.tier == b.tier {
            #expect(inBrussels.contains(a.programmeID) || !inBrussels.contains(b.programmeID), "\(a.programmeID) before \(b.programmeID)")
        }
        #expect(results.understood.contains("gov:brussels"))
    }

    @Test func aWordThatNamesAValueFindsEveryProgrammeTheQualifierSelects() {
        // "fwb" and "society" are ids no name spells out: the index holds them, so the words find
        // what gov:fwb and pillar:society find.
        #expect(ids("gov:fwb").isSubset(of: ids("fwb ")))
        #expect(ids("pillar:society").isSubset(of: ids("society ")))
        #expect(ids("target:start-ups").isSubset(of: ids("startups ")))
        #expect(ids("kind:fund,funding").isSubset(of: ids("funding ")))
    }

    @Test func aValueWordCountsAsTheQualifierWhenNamesAreCompared() throws {
        // "wallonia" is Tremplin AI's government, so the name starts with the rest of the query.
        let first = try #require(index.search("tremplin wallonia ").results.first)
        #expect(first.programmeID == "tremplin-ai")
        #expect(first.tier == .namePrefix)
        // A word that is in the name as well keeps the exact match.
        #expect(index.search("digital wallonia ").results.first?.tier == .exactName)
    }

    @Test func genericNounsNeverNarrow() {
        // Bruseed is a fund whose record never says "programme".
        #expect(ids("which programmes fund startups in brussels ").contains("bruseed"))
        #expect(ids("schemes for startups brussels ") == ids("startups brussels "))
        // Alone, a generic noun is searched for.
        #expect(ids("programme ").count < dataset.programmes.count)
    }

    @Test func questionsLeaveOutWordsNoProgrammeHolds() {
        let question = index.search("what does the eu ai act say about smes ")
        #expect(question.total > 0)
        #expect(question.hints.contains("left out \"say\": no programme contains it"))
        // Outside a question, every word must match.
        #expect(index.search("eu ai act say smes ").total == 0)
    }

    @Test func synonymsFindProgrammesButNeverMakeANameMatch() throws {
        let results = index.search("supercomputer ")
        #expect(results.results.first?.programmeID == "flemish-supercomputer-infrastructure")
        #expect(results.results.first?.tier == .inName)
        // By its synonym, the same programme is found, but its name does not count as matching.
        let bySynonym = try #require(index.search("hpc ").results.first { $0.programmeID == "flemish-supercomputer-infrastructure" })
        #expect(bySynonym.tier == .elsewhere)
    }

    @Test func aSynonymNeverOutranksAnExactName() throws {
        let programmes = [
            Programme(id: "hpc", name: "HPC", government: "g", pillar: "p", kind: ProgrammeKind(rawValue: "plan"), status: .active),
            Programme(
                id: "super", name: "Supercomputer", aliases: ["High-performance computing"], government: "g", pillar: "p",
                kind: ProgrammeKind(rawValue: "plan"), status: .active, summary: "HPC HPC HPC supercomputer"),
        ]
        let small = try SearchIndex(dataset: Dataset(
            governments: [Government(id: "g", name: "G", kind: "region")], pillars: [Pillar(id: "p", name: "P")],
            documents: [], organisations: [], programmes: programmes,
            synonyms: [SynonymGroup(id: "hpc", terms: ["HPC", "supercomputer", "high-performance computing"])]))
        #expect(small.search("hpc ").results.map(\.programmeID) == ["hpc", "super"])
        #expect(small.search("supercomputer ").results.map(\.programmeID) == ["super", "hpc"])
        #expect(small.search("high performance computing ").results.first?.programmeID == "super")
    }

    @Test func highlightsMarkTheFormsAsWritten() throws {
        func marked(_ query: String, _ id: String) throws -> [String] {
            let result = try #require(index.search(query, limit: 100).results.first { $0.programmeID == id })
            let name = Array(try #require(dataset.programme(id)).name)
            return result.nameHighlights.map { String(name[$0]) }
        }
        #expect(try marked("center ", "vub-ai-experience-centre") == ["Centre"])
        #expect(try marked("covid19 ", "imaging-covid-19-ai") == ["COVID-19"])
        #expect(try marked("sme ", "ai4b-sme-ai-experimentation-financing") == ["SMEs"])
        #expect(try marked("chat bot ", "bosa-chatbot-pilot") == ["chatbot"])
        let snippet = try #require(index.search("startups brussels ").results.first { $0.programmeID == "bruseed" }?.snippet)
        #expect(snippet.highlights.map { String(Array(snippet.text)[$0]) }.contains("start-ups"))
    }

    @Test func theSearchSaysHowItUnderstoodTheQuery() {
        let results = index.search("funding for startups in brussels ")
        #expect(results.understood == ["kind:fund,funding", "startups → start-ups", "target:start-ups", "gov:brussels"])
        #expect(results.hints.contains("understood as: kind:fund,funding · startups → start-ups · target:start-ups · gov:brussels"))
        #expect(index.search("genai ").understood == ["genai → Generative AI"])
        #expect(index.search("center experience ").understood == ["center → Centre"])
        // Words the data holds as typed need no explaining.
        #expect(index.search("tremplin ").understood.isEmpty)
        #expect(!index.search("tremplin ").hints.contains { $0.hasPrefix("understood as") })
        #expect(index.search("smes ").understood == ["target:smes"])
    }

    @Test func theWordBeingTypedFindsFormsAndCompoundsToo() {
        #expect(ids("startups").isSuperset(of: ids("startups ")))
        #expect(ids("startu").contains("bruseed"))
        #expect(ids("covid19").isSuperset(of: ids("covid19 ")))
        #expect(index.search("hpc").results.first?.programmeID == "flemish-supercomputer-infrastructure")
    }
}
