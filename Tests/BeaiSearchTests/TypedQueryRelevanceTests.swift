import BeaiSearch
import Testing

/// Queries written the way people type them, over the built-in data: plurals and other word
/// forms, British and American spellings, words written together or apart, synonyms and
/// abbreviations, French and Dutch, and whole questions. Each names the programmes that must be
/// among the first few results, and says why (from the records in `Resources/programmes/`).
@Suite struct TypedQueryRelevanceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let query: String
        let expected: [String]
        /// The expected programmes must all be within the first this many results.
        let within: Int
        var testDescription: String { "\"\(query)\" → \(expected.joined(separator: ", "))" }

        init(_ query: String, _ expected: [String], within: Int = 3) {
            self.query = query
            self.expected = expected
            self.within = max(within, expected.count)
        }
    }

    static let wordForms: [Case] = [
        // The name says "SME growth subsidy"; both the singular and plural find it first.
        Case("sme growth subsidies", ["sme-growth-subsidy"], within: 1),
        Case("smes growth subsidy", ["sme-growth-subsidy"], within: 1),
        // "Innovation Vouchers" (Innoviris) and "Business voucher" (Wallonia) are the two vouchers.
        Case("innovation voucher", ["innoviris-innovation-vouchers"], within: 1),
        Case("business vouchers", ["business-voucher", "innoviris-innovation-vouchers"]),
        // "SMEs" in the names of the two AI 4 Belgium recommendations for SMEs and the SME subsidy.
        Case("sme", ["sme-growth-subsidy", "ai4b-sme-ai-experimentation-financing", "ai4b-sme-support-european-programmes"]),
        // The name "Flemish data utility company" holds the singular; typed plural, it is still first.
        Case("companies data utility", ["flemish-data-utility-company"], within: 1),
        // "chatbots" is a tag of the quick-win recommendation, "chatbot" of the BOSA pilot.
        Case("chatbots", ["bosa-chatbot-pilot", "ai4b-public-sector-quick-wins"]),
        // "Digital School project": "schools" and "projects" as people write them in the plural.
        Case("digital schools projects", ["digital-school"], within: 1),
        // "Eureka Clusters support": a singular cluster.
        Case("eureka cluster", ["innoviris-eureka-clusters-support"], within: 1),
        // The mandates fund PhDs: "mandate" for "mandates".
        Case("baekeland mandate", ["baekeland-mandates"], within: 1),
        // "ICON projects" by its singular.
        Case("icon project", ["icon-projects"], within: 1),
        // "Testing and Experimentation Facilities (TEFs)": singular facility, and "tested" for "testing".
        Case("testing and experimentation facility", ["testing-and-experimentation-facilities"], within: 1),
    ]

    static let spellings: [Case] = [
        // British "Centre" in the names; American "center" finds them.
        Case("experience center", ["vub-ai-experience-centre"], within: 1),
        Case("knowledge center data society", ["knowledge-centre-data-and-society"], within: 1),
        // "Flanders AI Research Programme": American "program".
        Case("ai research program", ["flanders-ai-research-programme"], within: 1),
        // "Coaching and guidance of schools and teachers on digitalisation".
        Case("digitalization schools teachers", ["schools-teachers-digitalisation-coaching"], within: 1),
        // "Give all labour-market stakeholders...": American "labor".
        Case("labor market", ["ai4b-labour-market-stakeholders-invest-in-learning"], within: 2),
        // "Start AI for public organisations": American "organizations".
        Case("start ai public organizations", ["start-ai-public-organisations"], within: 1),
        // "Innovative Public Procurement Programme": American spelling, plural.
        Case("innovative public procurement programs", ["innovative-public-procurement-programme"], within: 1),
    ]

    static let compounds: [Case] = [
        // The data writes "start-ups" (targets of Bruseed, ICAB, Proof of Business); one word, plural
        // or singular, or two words, all find them.
        Case("startups brussels", ["icab", "bruseed", "proof-of-business"]),
        Case("startup brussels", ["icab", "bruseed", "proof-of-business"]),
        Case("start up brussels", ["icab", "bruseed", "proof-of-business"], within: 4),
        Case("start-up funding brussels", ["bruseed", "proof-of-business"], within: 2),
        // "Large-scale AI ... fund for scale-ups": "scaleups" as one word.
        Case("scaleups fund", ["ai4b-ai-scale-up-fund"], within: 1),
        // "COVID-19" in the names of three Flemish and federal projects.
        Case("covid19", ["covid-single-cell-transcriptomics", "robovision-covid-ct", "imaging-covid-19-ai"]),
        Case("covid 19 imaging", ["imaging-covid-19-ai"], within: 1),
        Case("covid19 ct scans", ["robovision-covid-ct"], within: 1),
        // "open data" portals and plans, typed as one word.
        Case("opendata portal", ["walloon-open-data-portal", "city-of-brussels-open-data-portal", "federal-open-data-portal"]),
        Case("opendata action plan", ["flemish-open-data-action-plan-2020-2024"], within: 1),
        // "FPS BOSA chatbot pilot": "chat bot" as two words.
        Case("chat bot", ["bosa-chatbot-pilot"], within: 1),
        Case("chat-bot pilot", ["bosa-chatbot-pilot"], within: 1),
        // "Laws on cybersecurity and critical infrastructure resilience": "cyber security".
        Case("cyber security laws", ["cybersecurity-critical-infrastructure-laws"], within: 1),
        // "healthcare" is a target and a tag; "health care" apart finds Flanders Care and the MOOC.
        Case("health care flanders", ["flanders-care", "agoria-ai-mooc-health"]),
        // No record says e-learning: the online courses and MOOCs are what it means.
        Case("e-learning", ["agoria-ai-online-courses", "agoria-ai-mooc-health", "vdab-ai-mooc"]),
        Case("elearning", ["agoria-ai-online-courses", "agoria-ai-mooc-health", "vdab-ai-mooc"]),
    ]

    static let synonyms: [Case] = [
        // The Flemish supercomputer is tagged "hpc" and summarised as high-performance computing.
        Case("hpc", ["flemish-supercomputer-infrastructure"], within: 1),
        Case("high performance computing", ["flemish-supercomputer-infrastructure"], within: 1),
        Case("supercomputing flanders", ["flemish-supercomputer-infrastructure"], within: 1),
        // Tremplin AI counts "PoCs supported"; the AI 4 Belgium flagship names "proofs of concept".
        Case("poc", ["tremplin-ai", "ai4b-autonomous-driving-pocs"]),
        Case("proof of concept", ["tremplin-ai", "ai4b-autonomous-driving-pocs"]),
        // "Generative AI guidelines for Flemish public administration".
        Case("genai", ["flemish-genai-guidelines"], within: 1),
        Case("gen ai guidelines", ["flemish-genai-guidelines"], within: 1),
        // The SME programmes, by their long name, a small business, and the Dutch and French initials.
        Case("small businesses", ["sme-growth-subsidy"], within: 1),
        Case("small and medium-sized enterprises", ["sme-growth-subsidy"], within: 1),
        Case("kmo subsidie", ["sme-growth-subsidy"], within: 1),
        // Job seekers are the targets of MolenGeek, BeCode and the ICT course mapping.
        Case("unemployed coding", ["molengeek", "becode-ai-training"]),
        Case("jobseekers brussels", ["ict-training-mapping", "molengeek", "becode-ai-training"], within: 4),
        // "doctoral" and "PhD": the PhD college recommendation and ARIAC's doctoral research.
        Case("doctoral college", ["ai4b-ai-phd-college"], within: 1),
        Case("phd funding", ["baekeland-mandates", "ariac"]),
        // Pupils are who coding in schools is for.
        Case("kids coding", ["ai4b-compulsory-coding", "coderdojo"]),
        Case("children coding", ["ai4b-compulsory-coding", "coderdojo"]),
        // IoT: "The Beacon" and "City of Things" are tagged iot.
        Case("internet of things antwerp", ["the-beacon", "city-of-things"]),
        // Machine learning is the tag of ELLIS and in the PhD college's name.
        Case("ml network", ["ellis"], within: 1),
        // R&D: "Joint R&D Projects", the federal R&D tax incentives ("r-and-d" tags).
        Case("research and development tax", ["federal-rd-tax-incentives"], within: 1),
    ]

    static let otherLanguages: [Case] = [
        // French and Dutch for companies: the VLAIO funding for AI projects targets companies.
        Case("financement entreprises flandre", ["vlaio-ai-project-funding"], within: 2),
        Case("bedrijven financiering vlaanderen", ["vlaio-ai-project-funding"], within: 2),
        // "Réseau IA" by its French words in full.
        Case("réseau intelligence artificielle", ["reseau-ia"], within: 1),
        // Dutch: artificial intelligence research in Flanders is the Flanders AI Research Programme.
        Case("onderzoek kunstmatige intelligentie vlaanderen", ["flanders-ai-research-programme"], within: 3),
        // Training for teachers in French and Dutch: Wallcode and the EDUbox are trainings for
        // teachers (kind and target both named), ahead of recommendations to train them.
        Case("formation enseignants", ["wallcode", "edubox-ai"]),
        Case("leraren opleiding", ["wallcode", "edubox-ai"]),
        // Training for job seekers in French and Dutch: BeCode and the VDAB MOOC.
        Case("formation ia pour demandeurs d'emploi", ["becode-ai-training", "vdab-ai-mooc"]),
        Case("opleiding ai voor werkzoekenden", ["becode-ai-training", "vdab-ai-mooc"]),
        // Open data in French: the open data portals.
        Case("données ouvertes portail", ["walloon-open-data-portal", "city-of-brussels-open-data-portal"], within: 4),
        // "Vlaamse overheid": the Flemish administration's generative AI guidelines and Copilot.
        Case("vlaamse overheid generatieve ai", ["flemish-genai-guidelines", "flemish-m365-copilot"]),
        // Cybersecurity in French.
        Case("cybersécurité lois", ["cybersecurity-critical-infrastructure-laws"], within: 1),
        // Universities in French: the FWB university tracks.
        Case("universités wallonie bruxelles", ["fwb-university-ai-tracks"], within: 2),
        // "Steun voor kmo's": support for SMEs in Flanders.
        Case("steun voor kmo's in vlaanderen", ["flemish-ai-plan-implementation-pillar"], within: 3),
    ]

    static let questions: [Case] = [
        // Bruseed (seed fund) and Proof of Business (start-up funding) are Brussels funding for start-ups.
        Case("funding for startups in brussels", ["bruseed", "proof-of-business"], within: 2),
        Case("which programmes fund ai startups in brussels?", ["bruseed", "proof-of-business"], within: 2),
        Case("financement pour les startups à bruxelles", ["bruseed", "proof-of-business"], within: 2),
        // The Flanders AI Research Programme, with the region named after it.
        Case("ai research program flanders", ["flanders-ai-research-programme"], within: 1),
        // Training for job seekers in Brussels: the ICT course mapping, BeCode, Numeria, MolenGeek.
        Case("what training is there for job seekers in brussels", ["ict-training-mapping", "becode-ai-training", "numeria"], within: 4),
        // The Flemish supercomputer, asked about.
        Case("is there a supercomputer in flanders?", ["flemish-supercomputer-infrastructure"], within: 1),
        // Regulatory sandboxes (EU) are for SMEs, start-ups and researchers under the AI Act.
        Case("what does the eu ai act say about smes", ["ai-regulatory-sandboxes"], within: 1),
        // Who oversees AI: the sectoral regulators, the national supervisory authority.
        Case("who regulates ai in belgium", ["sectoral-regulators-ai-oversight", "national-ai-supervisory-authority"], within: 4),
        // Subsidies for AI projects in Flanders: VLAIO's project funding.
        Case("subsidies for ai projects in flanders", ["vlaio-ai-project-funding"], within: 1),
        // Proof-of-concept support in Wallonia: Tremplin AI.
        Case("how do i get a proof of concept in wallonia", ["tremplin-ai"], within: 1),
        // AI lessons for children in Flanders: the KlasCement teaching modules are for pupils.
        Case("ai lessons for kids in flanders", ["ai-teaching-modules-klascement"], within: 1),
        // Where teachers learn: the edTech forum, the Digital School project.
        Case("where can teachers learn about ai", ["edtechforum", "digital-school"]),
        // Open data in Brussels: the BRIC platform and the City of Brussels portal.
        Case("open data in brussels", ["bric-open-data-platform", "city-of-brussels-open-data-portal"], within: 2),
    ]

    static var all: [Case] { wordForms + spellings + compounds + synonyms + otherLanguages + questions }

    @Test(arguments: all)
    func expectedProgrammesComeFirst(_ relevance: Case) {
        let results = SearchFixture.index.search(relevance.query + " ")
        let first = results.results.prefix(relevance.within).map(\.programmeID)
        for id in relevance.expected {
            #expect(first.contains(id), "\(id) not in \(first); hints: \(results.hints)")
        }
    }

    @Test func atLeastSixtyQueriesAreChecked() {
        #expect(Self.all.count >= 60)
    }
}
