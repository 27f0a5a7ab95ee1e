@testable import BeaiSearch
import Testing

/// The light stemmer of English, French and Dutch: which words are forms of one another, and
/// which are not.
@Suite struct WordFormsTests {
    @Test(arguments: [
        // English plurals and verb endings.
        ("sme", "smes"), ("company", "companies"), ("business", "businesses"), ("start", "starts"),
        ("fund", "funding"), ("fund", "funded"), ("code", "coding"), ("apply", "applied"), ("plan", "planning"),
        ("modelling", "modeling"), ("ai", "ais"), ("up", "ups"),
        // French plurals and feminines.
        ("entreprise", "entreprises"), ("nouveau", "nouveaux"), ("regional", "regionaux"),
        ("artificiel", "artificielle"), ("europeen", "europeenne"), ("innovatif", "innovative"),
        // Dutch plurals and adjective endings.
        ("bedrijf", "bedrijven"), ("project", "projecten"), ("huis", "huizen"), ("kind", "kinderen"),
        ("mogelijkheid", "mogelijkheden"), ("school", "scholen"), ("digitaal", "digitale"), ("taal", "talen"),
        ("kunstmatig", "kunstmatige"), ("bus", "bussen"), ("werkzoekende", "werkzoekenden"),
        // British and American spellings, alone and inflected.
        ("centre", "center"), ("centres", "centers"), ("programme", "program"), ("programmes", "programs"),
        ("digitalisation", "digitalization"), ("organised", "organized"), ("labour", "labor"),
        ("analyse", "analyze"), ("catalogue", "catalog"), ("licence", "license"), ("fibre", "fiber"),
    ])
    func formsOfOneWord(_ pair: (String, String)) {
        #expect(WordForms.sameWord(pair.0, pair.1), "\(pair.0) / \(pair.1)")
        #expect(WordForms.sameWord(pair.1, pair.0), "\(pair.1) / \(pair.0)")
    }

    @Test(arguments: [
        ("care", "car"), ("note", "not"), ("it", "its"), ("new", "news"), ("university", "universe"),
        ("research", "researcher"), ("national", "nation"), ("thing", "the"), ("data", "date"), ("bring", "br"),
        ("series", "sery"), ("this", "thi"), ("policy", "police"), ("fund", "fundamental"),
    ])
    func differentWords(_ pair: (String, String)) {
        #expect(!WordForms.sameWord(pair.0, pair.1), "\(pair.0) / \(pair.1)")
    }

    @Test func wordsOfOtherScriptsOrWithDigitsAreOnlyThemselves() {
        for word in ["h2020", "covid19", "ελληνικά", "4", String(repeating: "a", count: 60) + "s"] {
            #expect(WordForms.bases(of: word) == [word])
            #expect(WordForms.candidates(of: word) == [word])
            #expect(WordForms.inflections(of: word).isEmpty)
        }
    }

    /// Every form the rules make of a word leads back to it: the property the search relies on
    /// to find a word's forms in the index by making them.
    @Test func everyInflectionHasItsBaseAmongItsBases() {
        var words = Set(SearchFixture.index.vocabulary.terms.filter { $0.count < 20 })
        words.formUnion(["sme", "company", "bedrijf", "school", "digitaal", "plan", "fund", "centre", "programme"])
        for base in words {
            for form in WordForms.inflections(of: base) {
                #expect(WordForms.bases(of: form).contains(base), "\(form) does not lead back to \(base)")
            }
            for spelling in WordForms.spellings(of: base) {
                #expect(WordForms.spellings(of: spelling).contains(base), "\(spelling) does not lead back to \(base)")
            }
        }
    }

    @Test func candidatesStartWithTheWordAndHoldItsForms() {
        let candidates = WordForms.candidates(of: "center")
        #expect(candidates.first == "center")
        #expect(candidates.contains("centre"))
        #expect(candidates.contains("centres"))
        #expect(candidates.contains("centers"))
    }
}
