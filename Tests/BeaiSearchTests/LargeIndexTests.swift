@testable import BeaiSearch
import BeaiDomain
import Testing

/// Past `SearchIndex.bm25Limit` matches, results are ordered by tier without BM25; counts and
/// facets stay exact.
@Suite struct LargeIndexTests {
    static let copies = 24

    static let index: SearchIndex? = {
        let base = SearchFixture.dataset
        let programmes = (0..<copies).flatMap { copy in
            base.programmes.map { programme -> Programme in
                var copied = programme
                copied.id = "\(programme.id)-\(copy)"
                return copied
            }
        }
        return try? SearchIndex(dataset: Dataset(
            governments: base.governments, pillars: base.pillars, documents: base.documents,
            organisations: base.organisations, programmes: programmes, synonyms: base.synonyms))
    }()

    @Test func broadQueriesCountEverythingAndRankNamesFirst() throws {
        let index = try #require(Self.index)
        let small = SearchFixture.index.search("ai ", limit: 1000)
        let large = index.search("ai ", limit: 1000)
        #expect(large.total == small.total * Self.copies)
        #expect(large.total > SearchIndex.bm25Limit)
        #expect(zip(large.results, large.results.dropFirst()).allSatisfy { $0.tier >= $1.tier })
        let words = { (id: String) in
            index.catalog.programmes.first { $0.id == id }.map { TextTokenizer.terms($0.name).count } ?? 0
        }
        #expect(zip(large.results, large.results.dropFirst()).allSatisfy {
            $0.tier != $1.tier || words($0.programmeID) <= words($1.programmeID)
        })
        for (smallCount, largeCount) in zip(small.facets.governments, large.facets.governments) {
            #expect(smallCount.id == largeCount.id)
            #expect(smallCount.count * Self.copies == largeCount.count)
        }
        #expect(index.search("tremplin ").results.first.map { $0.programmeID.hasPrefix("tremplin-ai-") } == true)
    }

    @Test func aPrefixOfVeryCommonWordsIsMatchedInNamesOnly() throws {
        let small = SearchFixture.index.vocabulary
        #expect(small.documentCount(in: 0..<Int32(small.terms.count)) < QueryPlanner.maximumPrefixPostings,
                "the built-in data never takes the names-only path for a two-letter prefix")
        func plan(_ query: String, counts: [(term: String, documents: Int)]) -> QueryPlan {
            QueryPlanner(vocabulary: TermVocabulary(terms: counts), phrases: SearchFixture.index.phrases, synonyms: [])
                .plan(QueryParser.parse(query))
        }
        let common = [("in", 60_000), ("inn", 10), ("innovation", 30_000), ("industry", 9_000), ("data", 50_000)]
        let rare = [("in", 900), ("inn", 10), ("innovation", 300), ("industry", 90), ("data", 500)]
        #expect(plan("in", counts: common).units.first?.namesOnly != nil)
        #expect(plan("in", counts: rare).units.first?.namesOnly == nil)
        #expect(plan("data inn", counts: common).units.map { $0.namesOnly != nil } == [false, true], "only the prefix")
        #expect(plan("inn ", counts: common).units.first?.namesOnly == nil, "a whole word is matched everywhere")
        // A word matched in names only still bounds the matches by how many programmes hold it:
        // a common word and a common prefix are too many to rank by BM25.
        #expect(plan("data inn", counts: common).estimate > SearchIndex.bm25Limit)
    }

    @Test func broadQueriesThatEndUpSmallAreRankedByBM25() throws {
        let index = try #require(Self.index)
        // A common word and a prefix: the estimate is large, the matches few enough for BM25.
        let results = index.search("ai tremp")
        #expect(results.total == Self.copies * SearchFixture.index.search("ai tremp").total)
        #expect(results.total <= SearchIndex.bm25Limit)
        let score = try #require(results.results.first?.score)
        #expect(score.truncatingRemainder(dividingBy: 1000) > 0)
    }
}
