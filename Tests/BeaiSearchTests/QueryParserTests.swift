@testable import BeaiSearch
import Testing

/// How typed text splits into words, phrases, exclusions and qualifiers.
@Suite struct QueryParserTests {
    private func parse(_ text: String) -> ParsedQuery { QueryParser.parse(text) }

    @Test func wordsAreFoldedAndTheLastIsAPrefixWhileTyping() {
        let query = parse("Tremplin Numérique")
        #expect(query.terms.map(\.tokens) == [["tremplin"], ["numerique"]])
        #expect(query.terms.map(\.isPrefix) == [false, true])
        #expect(parse("Tremplin Numérique ").terms.map(\.isPrefix) == [false, false])
        // Punctuation after the last word ends it: a question is typed whole.
        #expect(parse("startups in brussels?").terms.map(\.isPrefix) == [false, false, false])
        #expect(parse("tremplin, ").terms.map(\.isPrefix) == [false])
    }

    @Test func wordsWithInnerPunctuationStayTogether() {
        #expect(parse("R&D ").terms.map(\.tokens) == [["r", "d"]])
        #expect(parse("industry-4.0 ").terms.map(\.tokens) == [["industry", "4", "0"]])
    }

    @Test func quotedPhrasesAndUnclosedQuotes() {
        let closed = parse("\"machine learning\" ai")
        #expect(closed.terms.first?.tokens == ["machine", "learning"])
        #expect(closed.terms.first?.isQuoted == true)
        #expect(closed.terms.first?.isPrefix == false)
        let open = parse("\"machine lea")
        #expect(open.terms.first?.tokens == ["machine", "lea"])
        #expect(open.terms.first?.isPrefix == true)
        #expect(parse("„Réseau IA“ ").terms.first?.tokens == ["reseau", "ia"])
    }

    @Test func exclusions() {
        let query = parse("ai -data -\"open source\" -")
        #expect(query.terms.map(\.tokens) == [["ai"]])
        #expect(query.exclusions.map(\.tokens) == [["data"], ["open", "source"]])
    }

    @Test func qualifiersWithNamesValuesAndComparisons() {
        let query = parse("gov:flanders region:\"Bruxelles-Capitale\" -status:completed budget>1.5m budget:<=500k")
        #expect(query.qualifiers.map(\.qualifier) == [.government, .government, .status, .budget, .budget])
        #expect(query.qualifiers.map(\.value) == ["flanders", "Bruxelles-Capitale", "completed", "1.5m", "500k"])
        #expect(query.qualifiers.map(\.comparison) == [":", ":", ":", ">", "<="])
        #expect(query.qualifiers.map(\.isNegated) == [false, false, true, false, false])
        #expect(query.terms.isEmpty)
    }

    @Test func unknownQualifiersAreReportedAndTheirValuesSearched() {
        let query = parse("name:tremplin")
        #expect(query.unknownQualifiers == ["name"])
        #expect(query.terms.map(\.tokens) == [["tremplin"]])
    }

    @Test func operatorsAloneAndControlCharactersLeaveNothing() {
        for text in ["", "   ", "*", "-", "- * -", "\"\"", "\u{0}\u{1}\u{7F}", "\"", "***", "(((", "-\""] {
            #expect(parse(text).isEmpty, "\(text.debugDescription)")
        }
        #expect(parse("ai\u{0}data ").terms.map(\.tokens) == [["ai"], ["data"]])
    }

    @Test func fts5SyntaxIsOnlyWords() {
        let query = parse("NEAR(ai data) AND OR NOT ^name col:* ")
        #expect(query.terms.flatMap(\.tokens) == ["near", "ai", "data", "and", "or", "not", "name"])
        #expect(query.unknownQualifiers == ["col"])
    }

    @Test func longQueriesAreCut() {
        let query = parse(String(repeating: "word ", count: 200))
        #expect(query.terms.count == QueryParser.maximumTerms)
        #expect(query.truncated)
    }
}
