@testable import BeaiSearch
import Testing

/// The name index's word-to-programme lists must find exactly the programmes a scan of every
/// name finds, and a reading's candidates must hold every programme that matches it by name:
/// ranking skips the rest.
@Suite struct NameIndexTests {
    private static let index = SearchFixture.index

    /// The programmes whose name or an alias has a word `accepts` takes (stop words aside, as
    /// the name index leaves them out), from the catalog's words, by a plain scan.
    private static func scanned(_ accepts: (Int32) -> Bool) -> Set<Int> {
        var found: Set<Int> = []
        for (position, variants) in index.catalog.nameVariantTerms.enumerated() {
            for word in variants.joined() where !StopWords.contains(word) {
                if let id = index.vocabulary.id(of: word), accepts(id) { found.insert(position) }
            }
        }
        return found
    }

    private static func positions(_ bitmap: Bitmap) -> Set<Int> { Set(bitmap.positions) }

    @Test func everyNameWordFindsTheProgrammesNamedWithIt() {
        var words: Set<String> = []
        for variants in Self.index.catalog.nameVariantTerms { words.formUnion(variants.joined()) }
        #expect(words.count > 300)
        for word in words where !StopWords.contains(word) {
            guard let id = Self.index.vocabulary.id(of: word) else { continue }
            let matcher = TokenMatcher(text: word, exactID: id, range: id..<(id + 1), corrections: [])
            let found = Self.positions(Self.index.names.programmes(naming: matcher))
            #expect(found == Self.scanned { $0 == id }, "\(word)")
            #expect(!found.isEmpty, "\(word)")
        }
    }

    @Test func prefixesFormsAndCorrectionsFindWhatTheyAccept() {
        let vocabulary = Self.index.vocabulary
        for start in ["a", "ai", "tr", "inno", "fl", "z", "qqq"] {
            let range = vocabulary.prefixRange(start)
            let forms = ["smes", "centre", "startup"].compactMap(vocabulary.id(of:))
            let corrections = ["wallonia", "brussels"].compactMap(vocabulary.id(of:))
            let matcher = TokenMatcher(text: start, exactID: vocabulary.id(of: start), range: range,
                                       corrections: corrections, forms: forms)
            #expect(Self.positions(Self.index.names.programmes(naming: matcher)) == Self.scanned { range.contains($0) || forms.contains($0) || corrections.contains($0) }, "\(start)")
        }
        // A range past the vocabulary's end finds nothing and does not trap.
        let end = Int32(vocabulary.count)
        let beyond = TokenMatcher(text: "x", exactID: nil, range: end..<(end + 5), corrections: [])
        #expect(Self.index.names.programmes(naming: beyond).population == 0)
    }

    /// For many queries, every programme whose names match a reading better than `.elsewhere` is
    /// among that reading's candidates; and some do, so the check is not empty.
    @Test func candidatesHoldEveryProgrammeThatMatchesByName() {
        let queries = ["tremplin ai", "flanders ai research", "start", "smes", "digital wallonia", "ai for", "proof of",
                       "research center", "kunstmatige intelligentie", "e-learning", "data", "AI Watch"]
        var matchedByName = 0
        for query in queries {
            let plan = QueryPlanner(vocabulary: Self.index.vocabulary, phrases: Self.index.phrases,
                                    synonyms: Self.index.synonyms).plan(QueryParser.parse(query))
            for tokens in plan.readings() {
                let tierQuery = TierQuery(tokens)
                let candidates = Self.index.names.candidates(for: tokens, naming: Self.index.names.programmes(naming:))
                for position in 0..<Self.index.catalog.count {
                    let tier = Self.index.names.tier(of: position, query: tierQuery)
                    if tier > .elsewhere {
                        matchedByName += 1
                        #expect(candidates.contains(position), "\(query): \(Self.index.catalog.programmes[position].id)")
                    }
                }
            }
        }
        #expect(matchedByName > 20)
    }
}

/// Typo correction rules most terms out by the bytes they have: it must find exactly what an
/// edit distance to every term finds.
@Suite struct CorrectionFilterTests {
    private static func everyTerm(_ word: String, edits: Int, prefix: Bool) -> Set<Int32> {
        let vocabulary = SearchFixture.index.vocabulary
        let typed = Array(word.utf8)
        var scratch = EditDistanceScratch(capacity: 80)
        var found: Set<Int32> = []
        for (offset, term) in vocabulary.terms.enumerated() where term != word {
            let bytes = Array(term.utf8)
            let near = prefix && bytes.count > typed.count
                ? scratch.prefixDistance(typed, bytes.prefix(typed.count + edits), limit: edits)
                : abs(bytes.count - typed.count) <= edits ? scratch.distance(typed, bytes, limit: edits) : nil
            if near != nil { found.insert(Int32(offset)) }
        }
        return found
    }

    @Test func theByteFilterLosesNoCorrection() {
        let vocabulary = SearchFixture.index.vocabulary
        var found = 0
        for word in ["wallonia", "brusels", "inovation", "reserch", "flandres", "tremplim", "numerique", "sme", "aii",
                     "kunstmatig", "intelligance", "ondernemers", "startup", "covid", "xyzzy", "é", "daat"] {
            for edits in 1...2 {
                for prefix in [false, true] {
                    let corrected = Set(vocabulary.corrections(of: word, maximumEdits: edits, prefix: prefix, limit: .max).map(\.id))
                    #expect(corrected == Self.everyTerm(word, edits: edits, prefix: prefix), "\(word) \(edits) \(prefix)")
                    found += corrected.count
                }
            }
        }
        #expect(found > 100)
    }
}
