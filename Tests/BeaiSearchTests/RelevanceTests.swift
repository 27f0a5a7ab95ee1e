import BeaiSearch
import Testing

/// What people type, and the programme that must come first, over the built-in data: names,
/// distinctive words, abbreviations, organisations, French and Dutch names, typos, qualifiers.
@Suite struct RelevanceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let query: String
        let expected: String
        var testDescription: String { "\"\(query)\" → \(expected)" }

        init(_ query: String, _ expected: String) {
            self.query = query
            self.expected = expected
        }
    }

    static let names: [Case] = [
        Case("tremplin", "tremplin-ai"),
        Case("tremplin ai", "tremplin-ai"),
        Case("digital wallonia", "digital-wallonia"),
        Case("start ai", "start-ai"),
        Case("cap ai", "cap-ai"),
        Case("trail", "trail"),
        Case("ai act", "eu-ai-act"),
        Case("artificial intelligence act", "eu-ai-act"),
        Case("horizon europe", "horizon-europe"),
        Case("flemish ai plan", "flemish-ai-action-plan"),
        Case("flemish ai academy", "flemish-ai-academy"),
        Case("proof of business", "proof-of-business"),
        Case("innovation vouchers", "innoviris-innovation-vouchers"),
        Case("joint r&d", "joint-rd-projects"),
        Case("team up", "joint-rd-projects"),
        Case("icon projects", "icon-projects"),
        Case("city of things", "city-of-things"),
        Case("women in tech", "women-in-tech"),
        Case("ai black belt", "ai-black-belt"),
        Case("smart flanders", "smart-flanders"),
        Case("gaia-x", "gaia-x"),
        Case("w.i.n.g", "wing-fund"),
    ]

    static let distinctiveWords: [Case] = [
        Case("fari", "fari-institute"),
        Case("brusafe", "brusafe-plus"),
        Case("molengeek", "molengeek"),
        Case("becode", "becode-ai-training"),
        Case("klascement", "klascement"),
        Case("baekeland", "baekeland-mandates"),
        Case("coock", "coock"),
        Case("nexttech", "nexttech-brussels"),
        Case("oslo", "oslo-standard"),
        Case("stomata", "kiks-project"),
        Case("predictive medicine", "innoviris-predictive-medicine-call"),
        Case("wind turbine", "wind-turbine-park-ai-use-case"),
        Case("copilot", "flemish-m365-copilot"),
        Case("chatbot", "bosa-chatbot-pilot"),
        Case("supercomputer", "flemish-supercomputer-infrastructure"),
    ]

    static let abbreviations: [Case] = [
        Case("ai4belgium", "ai4belgium"),
        Case("AI 4 Belgium", "ai4belgium"),
        Case("GDPR", "gdpr"),
        Case("h2020", "horizon-2020"),
        Case("ERDF", "european-regional-development-fund"),
        Case("RRF", "recovery-and-resilience-facility"),
        Case("TEF", "testing-and-experimentation-facilities"),
        Case("FAIA", "flemish-ai-academy"),
        Case("IPO", "innovative-public-procurement-programme"),
        Case("CEF", "connecting-europe-facility"),
        Case("edih", "european-digital-innovation-hubs"),
    ]

    static let organisations: [Case] = [
        Case("fwo", "fwo-ai-research-funding"),
        Case("vlaio funding", "vlaio-ai-project-funding"),
        Case("imec start", "imec-start"),
        Case("org:innoviris vouchers", "innoviris-innovation-vouchers"),
        Case("org:bosa chatbot", "bosa-chatbot-pilot"),
    ]

    static let otherLanguages: [Case] = [
        Case("agence du numérique", "agence-du-numerique"),
        Case("agence du numerique", "agence-du-numerique"),
        Case("AGENCE DU NUMÉRIQUE", "agence-du-numerique"),
        Case("réseau ia", "reseau-ia"),
        Case("reseau ia", "reseau-ia"),
        Case("digitaal vlaanderen", "digitaal-vlaanderen"),
        Case("conseil numerique", "conseil-numerique-wallon"),
        Case("gov:wallonie tremplin", "tremplin-ai"),
        Case("region:vlaanderen supercomputer", "flemish-supercomputer-infrastructure"),
    ]

    static let typos: [Case] = [
        Case("tremplinn", "tremplin-ai"),
        Case("tremplim ai", "tremplin-ai"),
        Case("innovris vouchers", "innoviris-innovation-vouchers"),
        Case("klascment", "klascement"),
        Case("molengeeck", "molengeek"),
        Case("digitaal vlaandren", "digitaal-vlaanderen"),
        Case("baekland", "baekeland-mandates"),
    ]

    static let qualifiers: [Case] = [
        Case("kind:regulation gov:eu gdpr", "gdpr"),
        Case("pillar:ethics ai act", "eu-ai-act"),
        Case("status:proposed ethical committee", "ai4b-belgian-ethical-committee"),
        Case("gov:fwb wallcode", "wallcode"),
        Case("pillar:skills molengeek", "molengeek"),
    ]

    @Test(arguments: names + distinctiveWords + abbreviations + organisations + otherLanguages + typos + qualifiers)
    func expectedProgrammeComesFirst(_ relevance: Case) {
        let results = SearchFixture.index.search(relevance.query + " ")
        #expect(results.results.first?.programmeID == relevance.expected,
                "\(results.results.prefix(3).map(\.programmeID)) hints: \(results.hints)")
    }

    /// While the last word is still being typed, the programme is already first.
    @Test(arguments: [
        Case("trempl", "tremplin-ai"), Case("molenge", "molengeek"), Case("klasc", "klascement"),
        Case("digitaal vla", "digitaal-vlaanderen"), Case("horizon eur", "horizon-europe"),
        Case("flemish ai acad", "flemish-ai-academy"), Case("baeke", "baekeland-mandates"),
    ])
    func expectedProgrammeComesFirstWhileTyping(_ relevance: Case) {
        let results = SearchFixture.index.search(relevance.query)
        #expect(results.results.first?.programmeID == relevance.expected,
                "\(results.results.prefix(3).map(\.programmeID))")
    }

    @Test func atLeastThirtyQueriesAreChecked() {
        let count = Self.names.count + Self.distinctiveWords.count + Self.abbreviations.count + Self.organisations.count
            + Self.otherLanguages.count + Self.typos.count + Self.qualifiers.count
        #expect(count >= 30)
    }

    @Test func caseAndDiacriticsNeverMatter() {
        let variants = ["wallonie", "Wallonië", "WALLONIË", "wallonië"]
        let totals = Set(variants.map { SearchFixture.index.search($0 + " ").total })
        #expect(totals.count == 1)
        #expect((totals.first ?? 0) > 0)
        #expect(SearchFixture.ids("numerique ") == SearchFixture.ids("Numérique "))
    }

    @Test func exactNameOutranksProgrammesThatOnlyMentionIt() throws {
        let results = SearchFixture.index.search("tremplin ")
        let first = try #require(results.results.first)
        #expect(first.programmeID == "tremplin-ai")
        #expect(results.results.dropFirst().allSatisfy { $0.score < first.score })
    }
}
