import BeaiDomain
import BeaiSearch
import Testing

/// A filter is the query language's qualifiers: its query selects in search what the filter keeps,
/// and reads back as the same filter.
@Suite struct FilterQueryTests {
    private let dataset = SearchFixture.dataset

    /// Every single value of every facet the built-in data uses, then pairs across facets.
    private func filters() -> [ProgrammeFilter] {
        let index = FilterIndex(tree: PolicyTree(dataset), dataset: dataset)
        var filters: [ProgrammeFilter] = []
        for facet in FilterFacet.allCases where facet != .budget {
            for value in index.values[facet] ?? [] {
                var filter = ProgrammeFilter()
                filter.choose(value, in: facet)
                filters.append(filter)
            }
        }
        for bound in [">=0", ">1m", "<500k"] {
            var chosen = ProgrammeFilter()
            chosen.choose(bound, in: .budget)
            var excluded = ProgrammeFilter()
            excluded.exclude(bound, in: .budget)
            filters += [chosen, excluded]
        }
        var pairs: [ProgrammeFilter] = []
        for (first, second) in zip(filters, filters.reversed()) {
            var both = first
            for facet in second.activeFacets {
                for value in second.chosen(facet) { both.choose(value, in: facet) }
                for value in second.excluded(facet) { both.exclude(value, in: facet) }
            }
            pairs.append(both)
        }
        return filters + pairs
    }

    @Test func theQuerySearchesWhatTheFilterKeeps() throws {
        for filter in filters() {
            let query = filter.query(in: dataset)
            let found = SearchFixture.index.search(query + " ", limit: dataset.programmes.count)
            #expect(found.problems.isEmpty, "\(query): \(found.problems)")
            #expect(Set(found.results.map(\.programmeID)) == Set(dataset.programmes.filter(filter.matches).map(\.id)), "\(query)")
        }
    }

    @Test func theQueryReadsBackAsTheSameFilter() throws {
        for filter in filters() {
            let query = filter.query(in: dataset)
            #expect(try ProgrammeFilter(query: query, dataset: dataset) == filter, "\(query)")
        }
    }

    @Test func namesAndPrefixesReadAsIds() throws {
        let filter = try ProgrammeFilter(query: "gov:Wallonie,bruxelles-capitale kind:fu -status:completed year:2019..2020", dataset: dataset)
        #expect(filter.chosen(.government) == ["wallonia", "brussels"])
        #expect(filter.chosen(.kind) == ["fund", "funding"])
        #expect(filter.excluded(.status) == ["completed"])
        #expect(filter.chosen(.year) == ["2019", "2020"])
    }

    @Test func wordsAndUnknownValuesAreRefused() {
        #expect(throws: FilterQueryError.self) { try ProgrammeFilter(query: "gov:wallonia tremplin", dataset: dataset) }
        #expect(throws: FilterQueryError.self) { try ProgrammeFilter(query: "name:tremplin", dataset: dataset) }
        do {
            _ = try ProgrammeFilter(query: "gov:walonia", dataset: dataset)
            Issue.record("an unknown government is accepted")
        } catch {
            #expect(error.description.contains("unknown government \"walonia\""))
            #expect(error.suggestions.contains("gov:wallonia"))
        }
    }

    @Test func searchKeepsToTheFilter() {
        var filter = ProgrammeFilter()
        filter.choose("wallonia", in: .government)
        let all = SearchFixture.index.search("ai ", limit: 500)
        let within = SearchFixture.index.search("ai ", limit: 500, filter: filter)
        #expect(within.total > 0)
        #expect(within.total < all.total)
        #expect(within.results.allSatisfy { dataset.programme($0.programmeID)?.government == "wallonia" })
        #expect(within.facets.governments.map(\.id) == ["wallonia"])
    }
}
