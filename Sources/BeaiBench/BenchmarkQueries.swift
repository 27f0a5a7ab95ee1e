import BeaiDomain

/// The queries a benchmark runs over a dataset, in categories: what people type, keystroke by
/// keystroke, as well as whole names, single words, typos, phrases, exclusions and qualifiers.
struct BenchmarkQueries {
    let category: String
    let queries: [String]

    static func make(for dataset: Dataset, seed: UInt64) -> [BenchmarkQueries] {
        var random = SplitMix64(seed: seed)
        let programmes = dataset.programmes
        func anyProgramme() -> Programme { programmes[random.below(programmes.count)] }
        func longWord(of programme: Programme) -> String? {
            let words = programme.name.split(separator: " ").map(String.init).filter {
                $0.count >= 5 && $0.allSatisfy(\.isLetter)
            }
            return words.isEmpty ? nil : words[random.below(words.count)]
        }

        var typing: [String] = []
        for _ in 0..<10 {
            let words = anyProgramme().name.split(separator: " ").prefix(2).joined(separator: " ")
            typing += (1...words.count).map { String(words.prefix($0)) }
        }
        let names = (0..<20).map { _ in anyProgramme().name }
        var words: [String] = []
        var typos: [String] = []
        while words.count < 20 || typos.count < 20 {
            guard let word = longWord(of: anyProgramme()) else { continue }
            if words.count < 20 { words.append(word.lowercased()) } else { typos.append(typo(word, &random)) }
        }
        let common = ["ai", "data", "digital", "research", "innovation", "skills", "smes", "public sector"]
        let phrases = ["\"machine learning\"", "\"digital innovation\"", "\"research and innovation\"", "\"start ups\""]
        let exclusions = ["ai -data", "research -university", "funding -eu", "-ai gov:flanders"]
        let qualifiers = [
            "gov:flanders", "gov:wallonie pillar:adoption", "pillar:skills gov:brussels", "kind:fund budget>1m",
            "status:active year:2021", "org:innoviris", "target:smes ai", "gov:vlaanderen data",
            "budget>10m", "kind:recommendation pillar:ethics", "region:bruxelles research", "year:2019-2020 training",
        ]
        // Written as people type: plurals, spellings, compounds, synonyms, other languages, questions.
        let asTyped = [
            "startups", "smes", "companies", "center", "program", "covid19", "opendata", "chat bot",
            "small businesses", "hpc", "intelligence artificielle", "funding for startups in brussels",
            "which programmes fund ai startups in brussels?", "ai research program flanders", "kids coding",
            "bedrijven vlaanderen",
        ]
        return [
            BenchmarkQueries(category: "typing (each keystroke)", queries: typing),
            BenchmarkQueries(category: "whole names", queries: names),
            BenchmarkQueries(category: "single words", queries: words),
            BenchmarkQueries(category: "typos", queries: typos),
            BenchmarkQueries(category: "common words", queries: common),
            BenchmarkQueries(category: "phrases and exclusions", queries: phrases + exclusions),
            BenchmarkQueries(category: "qualifiers", queries: qualifiers),
            BenchmarkQueries(category: "as people type", queries: asTyped),
        ]
    }

    /// `word` with one letter replaced, inserted or dropped (not the first).
    private static func typo(_ word: String, _ random: inout SplitMix64) -> String {
        var characters = Array(word.lowercased())
        let position = 1 + random.below(characters.count - 1)
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        switch random.below(3) {
        case 0: characters[position] = letters[random.below(letters.count)]
        case 1: characters.insert(letters[random.below(letters.count)], at: position)
        default: characters.remove(at: position)
        }
        return String(characters)
    }
}
