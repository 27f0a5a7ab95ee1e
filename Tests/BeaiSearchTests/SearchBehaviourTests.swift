@testable import BeaiSearch
import BeaiDomain
import Testing

/// What a search returns besides the order: counts, facets, highlights, snippets, hints.
@Suite struct SearchBehaviourTests {
    private let index = SearchFixture.index
    private let dataset = SearchFixture.dataset

    @Test func everyWordMustMatch() {
        let both = Set(SearchFixture.ids("tremplin satellite "))
        #expect(!both.isEmpty)
        #expect(both == Set(SearchFixture.ids("tremplin ")).intersection(SearchFixture.ids("satellite ")))
        #expect(index.search("tremplin satellite nonexistentword ").total == 0)
    }

    @Test func phrasesNeedTheirWordsTogether() {
        let phrase = Set(SearchFixture.ids("\"machine learning\" ", limit: 500))
        let words = Set(SearchFixture.ids("machine learning ", limit: 500))
        #expect(!phrase.isEmpty)
        #expect(phrase.isSubset(of: words))
        #expect(index.search("\"learning machine\" ").total < words.count)
    }

    @Test func exclusionsRemove() {
        let all = Set(SearchFixture.ids("innoviris ", limit: 500))
        let without = Set(SearchFixture.ids("innoviris -call ", limit: 500))
        #expect(without.isStrictSubset(of: all))
        #expect(!without.contains("innoviris-predictive-medicine-call"))
        let onlyExclusion = index.search("-ai ")
        #expect(onlyExclusion.total > 0)
        #expect(onlyExclusion.total < dataset.programmes.count)
    }

    @Test func totalCountsEveryMatchAndLimitCutsTheList() {
        let full = index.search("ai ", limit: 1000)
        let cut = index.search("ai ", limit: 5)
        #expect(cut.total == full.total)
        #expect(cut.results.count == 5)
        #expect(cut.results.map(\.programmeID) == full.results.prefix(5).map(\.programmeID))
        #expect(index.search("ai ", limit: 0).results.isEmpty)
        #expect(index.search("ai ", limit: -3).results.isEmpty)
    }

    @Test func facetsCountTheWholeResultSet() throws {
        let results = index.search("ai ", limit: 3)
        #expect(results.facets.governments.reduce(0) { $0 + $1.count } == results.total)
        #expect(results.facets.governments.map(\.id) == dataset.governments.map(\.id).filter { id in
            results.facets.governments.contains { $0.id == id }
        })
        #expect(results.facets.governments.allSatisfy { $0.count > 0 })
        let skills = try #require(results.facets.pillars.first { $0.id == "skills" })
        #expect(index.search("ai pillar:skills ").total == skills.count)
    }

    @Test func ranksAndScoresFollowTheOrder() {
        let results = index.search("digital ", limit: 100)
        #expect(results.results.map(\.rank) == Array(1...results.results.count))
        #expect(zip(results.results, results.results.dropFirst()).allSatisfy { $0.score >= $1.score })
        #expect(zip(results.results, results.results.dropFirst()).allSatisfy { $0.tier >= $1.tier })
    }

    @Test func nameHighlightsMarkTheMatchedWords() throws {
        let result = try #require(index.search("tremplin ").results.first)
        #expect(result.nameHighlights == [0..<8])
        #expect(result.matchedFields.starts(with: ["name", "aliases"]))
        let accented = try #require(index.search("numerique ").results.first { $0.programmeID == "agence-du-numerique" })
        let name = Array(try #require(dataset.programme("agence-du-numerique")).name)
        #expect(accented.nameHighlights.map { String(name[$0]) } == ["Numérique"])
    }

    @Test func snippetsShowTheBestOtherFieldWithItsMatches() throws {
        let results = index.search("satellite ")
        let snippet = try #require(results.results.first?.snippet)
        #expect(snippet.field == "summary")
        let text = Array(snippet.text)
        #expect(!snippet.highlights.isEmpty)
        for range in snippet.highlights {
            #expect(range.upperBound <= text.count)
            #expect(String(text[range]).lowercased().hasPrefix("satellite"))
        }
        #expect(snippet.text.count <= Highlighter.snippetLength + 2)
    }

    /// A summary of plain ASCII is cut on bytes, one with an accent on characters: the same
    /// window, the same highlights.
    @Test func asciiAndAccentedSummariesAreCutAlike() throws {
        let base = SearchFixture.dataset
        let filler = (1...30).map { "word\($0)" }.joined(separator: " ")
        let plain = filler + " a zeppelinfund for pilots " + filler
        let accented = plain.replacingOccurrences(of: "word3 ", with: "wörd3 ")
        let programmes = [("plain", plain), ("accented", accented)].map { id, summary -> Programme in
            var copy = base.programmes[0]
            copy.id = id
            copy.summary = summary
            return copy
        }
        let index = try SearchIndex(dataset: Dataset(
            governments: base.governments, pillars: base.pillars, documents: base.documents,
            organisations: base.organisations, programmes: programmes))
        let snippets = index.search("zeppelinfund ").results.compactMap(\.snippet)
        #expect(snippets.count == 2)
        let texts = snippets.map { $0.text.replacingOccurrences(of: "ö", with: "o") }
        #expect(Set(texts).count == 1, "\(texts)")
        #expect(Set(snippets.map(\.highlights)).count == 1)
        for snippet in snippets {
            #expect(snippet.text.hasPrefix("…") && snippet.text.hasSuffix("…"))
            let range = try #require(snippet.highlights.first)
            #expect(String(Array(snippet.text)[range]) == "zeppelinfund")
        }
    }

    @Test func typosAreCorrectedFromTheVocabularyWithAHint() throws {
        let results = index.search("innovris ")
        #expect(results.total > 0)
        #expect(results.hints.contains("no match for \"innovris\"; searched for \"innoviris\" instead"))
        let first = try #require(results.results.first)
        #expect(first.isCorrection)
        #expect(dataset.programme(first.programmeID)?.lead.contains("innoviris") == true)
        // Three letters allow no edit; four allow one; eight allow two.
        #expect(index.search("tremplinnx ").results.first?.programmeID == "tremplin-ai")
        #expect(index.search("xyzzyq ").total == 0)
    }

    @Test func exactWordsWinOverCorrections() {
        // "coock" is a word of the index: it is not corrected to "cook" or anything else.
        let results = index.search("coock ")
        #expect(results.hints.isEmpty)
        #expect(results.results.allSatisfy { !$0.isCorrection })
    }

    @Test func unknownWordsGiveNoResultsAndSuggestions() {
        let results = index.search("zzyzx ")
        #expect(results.total == 0)
        #expect(results.hints == ["no programme contains \"zzyzx\""])
        let near = index.search("tremplix ai ")
        #expect(near.results.first?.programmeID == "tremplin-ai")
        // Two edits from "molengeek" is too far to match a 7-letter word, near enough to suggest.
        let far = index.search("molngek ")
        #expect(far.total == 0)
        #expect(far.suggestions.contains("molengeek"))
    }

    @Test func aSingleLetterBeingTypedMatchesNamesOnly() {
        let results = index.search("t", limit: 1000)
        #expect(results.total > 0)
        let names = index.names
        for result in results.results {
            guard let position = index.catalog.programmes.firstIndex(where: { $0.id == result.programmeID }) else {
                Issue.record("unknown id \(result.programmeID)")
                continue
            }
            #expect(index.catalog.nameVariantTerms[position].joined().contains { $0.hasPrefix("t") })
            _ = names
        }
    }

    @Test func emptyQueriesSaySo() {
        for text in ["", "   ", "*", "-", "\"\""] {
            let results = index.search(text)
            #expect(results.total == 0)
            #expect(results.hints.first?.hasPrefix("empty query") == true, "\(text.debugDescription)")
        }
    }

    @Test func unknownQualifierNamesAreReported() {
        let results = index.search("name:tremplin ")
        #expect(results.results.first?.programmeID == "tremplin-ai")
        #expect(results.hints.first?.hasPrefix("unknown qualifier \"name:\"") == true)
    }

    @Test func qualifiersAloneListInTreeOrder() {
        let results = index.search("gov:fwb", limit: 100)
        let tree = PolicyTree(dataset).governments.first { $0.government.id == "fwb" }?.pillars.flatMap(\.programmes)
        #expect(results.results.map(\.programmeID) == tree?.map(\.id))
        #expect(results.results.allSatisfy { $0.matchedFields.isEmpty && $0.snippet == nil })
    }
}
