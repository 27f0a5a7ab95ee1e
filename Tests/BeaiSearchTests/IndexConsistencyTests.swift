@testable import BeaiSearch
import BeaiDomain
import Testing

/// The Swift tokenizer, used for queries and highlights, must cut and fold words exactly as the
/// FTS5 `unicode61 remove_diacritics 2` tokenizer that builds the index.
@Suite struct IndexConsistencyTests {
    @Test func tokenizerAgreesWithFTS5OnTheBuiltInData() {
        let index = SearchFixture.index
        var swiftTerms: Set<String> = []
        for programme in index.catalog.programmes {
            for field in IndexedField.allCases {
                swiftTerms.formUnion(TextTokenizer.terms(field.text(of: programme, in: index.dataset)))
            }
        }
        let indexTerms = Set(index.vocabulary.terms)
        #expect(swiftTerms.subtracting(indexTerms).isEmpty, "\(swiftTerms.subtracting(indexTerms).sorted().prefix(20))")
        #expect(indexTerms.subtracting(swiftTerms).isEmpty, "\(indexTerms.subtracting(swiftTerms).sorted().prefix(20))")
    }

    @Test func tokenizerAgreesWithFTS5OnUnusualText() throws {
        let names = [
            "Straße Øresund Łódź Ærø", "naïve façade Ñandú Wallonië", "ﬁnance ﬀ ½ ² ⅷ", "İstanbul ǅemal",
            "Ελληνικά Кириллица", "北京 東京", "emoji😀inside", "e\u{301}cole combining", "tab\tand\u{A0}nbsp",
            "R&D industry-4.0 hub.brussels #edTech", "ＡＢＣ fullwidth", "٣٤ arabic-digits",
        ]
        let programmes = names.enumerated().map { offset, name in
            Programme(id: "p\(offset)", name: name, government: "g", pillar: "p", kind: ProgrammeKind(rawValue: "plan"),
                      status: .active)
        }
        let dataset = Dataset(
            governments: [Government(id: "g", name: "G", kind: "region")], pillars: [Pillar(id: "p", name: "P")],
            documents: [], organisations: [], programmes: programmes)
        let index = try SearchIndex(dataset: dataset)
        let swiftTerms = Set(names.flatMap(TextTokenizer.terms) + ["g", "p", "plan"])
        let indexTerms = Set(index.vocabulary.terms)
        #expect(swiftTerms == indexTerms, "Swift only: \(swiftTerms.subtracting(indexTerms).sorted()), FTS5 only: \(indexTerms.subtracting(swiftTerms).sorted())")
    }

    @Test func fastWordScanAgreesWithTheTokenizer() {
        let index = SearchFixture.index
        var texts = ["Straße Øresund Łódź", "e\u{301}cole", "a\r\nb", "😀 ai", "naïve—façade €32m", "İstanbul"]
        for programme in index.catalog.programmes {
            texts += IndexedField.allCases.map { $0.text(of: programme, in: index.dataset) }
        }
        for text in texts {
            #expect(Self.scanned(text) == TextTokenizer.tokens(text), "\(text)")
        }
    }

    /// The words `forEachWord` gives for `text`, as tokens.
    private static func scanned(_ text: String) -> [TextTokenizer.Token] {
        var scanned: [TextTokenizer.Token] = []
        TextTokenizer.forEachWord(in: text) { range, word in
            scanned.append(TextTokenizer.Token(term: String(decoding: word, as: UTF8.self), range: range))
            return true
        }
        return scanned
    }

    /// Every scalar of the Latin blocks, and ASCII with the carriage returns and tabs that the byte
    /// scan must leave to the slower paths, between letters and alone.
    @Test func fastWordScanAgreesWithTheTokenizerOnEveryLatinScalar() {
        var texts = ["a\rb", "a\r\nb c", "tab\there", "x\u{7F}y", "UPPER lower 42x", "", " ", "end."]
        for value in 0xA0...0x24F {
            guard let scalar = Unicode.Scalar(value) else { continue }
            texts += ["a\(scalar)b", "\(scalar)", "A \(scalar)\(scalar) Z"]
        }
        for text in texts {
            #expect(Self.scanned(text) == TextTokenizer.tokens(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func wordScanStopsWhenAsked() {
        for text in ["one twoo three", "één twee drie"] {
            var seen: [Range<Int>] = []
            TextTokenizer.forEachWord(in: text) { range, _ in
                seen.append(range)
                return seen.count < 2
            }
            #expect(seen == [0..<3, 4..<8], "\(text)")
        }
    }

    @Test func cachedFieldTextsAreTheFieldTexts() {
        let index = SearchFixture.index
        for programme in index.catalog.programmes {
            for field in IndexedField.allCases {
                #expect(index.texts.text(field, of: programme) == field.text(of: programme, in: index.dataset))
            }
        }
    }

    @Test func folding() {
        #expect(TextTokenizer.terms("Wallonië WALLONIË Numérique") == ["wallonie", "wallonie", "numerique"])
        #expect(TextTokenizer.tokens("Agence du Numérique").map(\.range) == [0..<6, 7..<9, 10..<19])
        #expect(TextTokenizer.tokens("😀 ai").map(\.range) == [2..<4])
    }
}
