@testable import BeaiSearch
import BeaiDomain
import Testing

/// Qualifiers over the built-in data: every one, by id and by name, combined, negated and wrong.
@Suite struct QualifierTests {
    private let index = SearchFixture.index
    private let dataset = SearchFixture.dataset

    private func programmes(_ query: String) -> [Programme] {
        index.search(query, limit: 1000).results.compactMap { dataset.programme($0.programmeID) }
    }

    @Test(arguments: ["gov:wallonia", "gov:Wallonie", "gov:wallonië", "region:wallonia", "government:WALLONIA"])
    func governmentByIdOrName(_ query: String) {
        let found = programmes(query)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.government == "wallonia" })
        #expect(found.count == dataset.programmes.filter { $0.government == "wallonia" }.count)
    }

    @Test func governmentByDutchAndFrenchNames() {
        #expect(programmes("gov:vlaanderen").allSatisfy { $0.government == "flanders" })
        #expect(programmes("gov:\"Région de Bruxelles-Capitale\"").allSatisfy { $0.government == "brussels" })
        #expect(programmes("gov:\"Fédération Wallonie-Bruxelles\"").allSatisfy { $0.government == "fwb" })
        #expect(!programmes("gov:vlaanderen").isEmpty)
    }

    @Test func repeatedQualifierOrCommaListMeansEither() {
        let either = Set(programmes("gov:flanders gov:wallonia").map(\.id))
        let list = Set(programmes("gov:flanders,wallonia").map(\.id))
        let expected = Set(dataset.programmes.filter { ["flanders", "wallonia"].contains($0.government) }.map(\.id))
        #expect(either == expected)
        #expect(list == expected)
    }

    @Test func pillarMatchesPrimaryAndSecondaryPillars() {
        let found = programmes("pillar:skills")
        let expected = dataset.programmes.filter { $0.pillar == "skills" || $0.pillars.contains("skills") }
        #expect(Set(found.map(\.id)) == Set(expected.map(\.id)))
        #expect(Set(programmes("pillar:\"skills & education\"").map(\.id)) == Set(expected.map(\.id)))
    }

    @Test func organisationByIdNameOrAlias() {
        let byID = Set(programmes("org:innoviris").map(\.id))
        #expect(!byID.isEmpty)
        #expect(dataset.programmes.filter { $0.lead.contains("innoviris") }.count == byID.count)
        #expect(Set(programmes("org:\"Research Foundation Flanders\"").map(\.id))
            == Set(dataset.programmes.filter { $0.lead.contains("fwo") }.map(\.id)))
    }

    @Test func kindStatusAndTarget() {
        #expect(programmes("kind:fund").allSatisfy { $0.kind.rawValue == "fund" })
        let funds = programmes("kind:fu")
        #expect(Set(funds.map(\.kind.rawValue)) == ["fund", "funding"])
        #expect(index.search("kind:fu").hints.contains { $0.contains("fund, funding") })
        #expect(programmes("status:proposed").allSatisfy { $0.status == .proposed })
        #expect(programmes("target:smes").allSatisfy { $0.targets.contains("smes") })
        #expect(!programmes("target:smes").isEmpty)
    }

    @Test func yearMeansRunningThatYear() {
        let found = programmes("year:2021")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.years?.contains(2021) == true })
        let range = programmes("year:2015-2016")
        #expect(range.allSatisfy { ($0.years?.start ?? 0) <= 2016 && ($0.years?.end ?? 9999) >= 2015 })
    }

    @Test func budgetComparesTheLargestCountedBudgetAmount() {
        let large = programmes("budget>10m")
        #expect(!large.isEmpty)
        #expect(large.allSatisfy { ($0.countedBudgetFigures.map(\.value).max() ?? 0) > 10_000_000 })
        let small = programmes("budget<500k")
        #expect(small.allSatisfy { ($0.countedBudgetFigures.map(\.value).max() ?? .infinity) < 500_000 })
        #expect(Set(programmes("budget>=10m").map(\.id)).isSuperset(of: large.map(\.id)))
    }

    @Test func amountsReadAsEuros() {
        #expect(QualifierResolver.parseAmount("500k") == 500_000)
        #expect(QualifierResolver.parseAmount("1.5m") == 1_500_000)
        #expect(QualifierResolver.parseAmount("2,5 m") == 2_500_000)
        #expect(QualifierResolver.parseAmount("1bn") == 1_000_000_000)
        #expect(QualifierResolver.parseAmount("€20m") == 20_000_000)
        #expect(QualifierResolver.parseAmount("EUR 3000000") == 3_000_000)
        #expect(QualifierResolver.parseAmount("12,000") == 12_000)
        #expect(QualifierResolver.parseAmount("lots") == nil)
        #expect(QualifierResolver.parseAmount("1e400") == nil)
    }

    @Test func qualifiersCombineWithWordsAndEachOther() {
        let found = programmes("gov:brussels pillar:skills training ")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.government == "brussels" && ($0.pillar == "skills" || $0.pillars.contains("skills")) })
    }

    @Test func negatedQualifierExcludes() {
        let found = programmes("ai -gov:federal -gov:flanders ")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { !["federal", "flanders"].contains($0.government) })
    }

    @Test func unknownValueSaysWhichValuesExist() {
        let results = index.search("gov:mars ai")
        #expect(results.total == 0)
        #expect(results.hints.contains("unknown government \"mars\": valid values are federal, flanders, wallonia, brussels, fwb, eu"))
        #expect(results.problems.count == 1)
        let typo = index.search("gov:flandres")
        #expect(typo.suggestions.contains("gov:flanders"))
        #expect(index.search("kind:banana").hints.first?.contains("fund, funding") == true)
        #expect(!index.search("year:soon").problems.isEmpty)
        #expect(!index.search("budget>lots").problems.isEmpty)
        #expect(!index.search("budget:1m").problems.isEmpty)
    }

    @Test func emptyValueWhileTypingIsIgnoredWithAHint() {
        let results = index.search("tremplin gov:")
        #expect(results.results.first?.programmeID == "tremplin-ai")
        #expect(results.hints.contains { $0.hasPrefix("gov: needs a value") })
        #expect(results.problems.isEmpty)
    }

    @Test func completions() {
        #expect(index.completions(for: "gov:wal") == ["gov:wallonia"])
        #expect(index.completions(for: "pil") == ["pillar:"])
        #expect(index.completions(for: "kind:fu") == ["kind:fund", "kind:funding"])
        #expect(index.completions(for: "region:vla") == ["region:flanders"])
        #expect(index.completions(for: "-status:pro") == ["-status:proposed"])
        #expect(index.completions(for: "gov:flanders,wal") == ["gov:flanders,wallonia"])
        #expect(index.completions(for: "b") == ["budget>", "budget<"])
        #expect(index.completions(for: "nothing:x").isEmpty)
        #expect(index.completions(for: "budget>1").isEmpty)
        #expect(index.completions(for: "").count == Completion.qualifierNames.count)
    }
}
