import BeaiDomain

/// Datasets of any size that read like the real one: names, aliases, summaries, tags, targets,
/// leads and figures sampled from the built-in data's own words and their frequencies, with
/// invented proper names (so that the vocabulary keeps growing with the size, as a real
/// catalogue's does) and summaries from a word-pair chain over the real summaries.
struct SyntheticDataset {
    let seed: Dataset

    /// `count` programmes drawn with the random `generator` seeded by `seed`.
    func make(count: Int, randomSeed: UInt64) -> Dataset {
        var random = SplitMix64(seed: randomSeed)
        let programmes = seed.programmes
        let nameWords = programmes.flatMap { words($0.name) }
        let aliasesPerProgramme = programmes.map(\.aliases.count)
        let tags = programmes.flatMap(\.tags)
        let targets = programmes.flatMap(\.targets)
        let figures = programmes.flatMap(\.figures)
        let chain = WordChain(texts: programmes.map(\.summary))
        let summaryLengths = programmes.map { words($0.summary).count }.filter { $0 > 3 }
        let organisations = makeOrganisations(count: max(20, count / 40), random: &random)
        let leadCounts = programmes.map(\.lead.count)

        var made: [Programme] = []
        made.reserveCapacity(count)
        // Earlier programmes of each government: one in twenty new ones is a part of one of them, one
        // in fifty its next edition, as strands and editions are in the real data (never a cycle).
        var earlier: [String: [String]] = [:]
        for number in 0..<count {
            let template = programmes[random.below(programmes.count)]
            var name = (0..<(2 + random.below(4))).map { _ in nameWords[random.below(nameWords.count)] }
            if random.below(3) == 0 { name.insert(ProperName.make(&random), at: random.below(name.count + 1)) }
            let nameText = name.joined(separator: " ")
            var aliases: [String] = []
            for _ in 0..<aliasesPerProgramme[random.below(aliasesPerProgramme.count)] {
                aliases.append(random.below(2) == 0
                    ? name.map { String($0.prefix(1)).uppercased() }.joined()
                    : nameText + " " + ["programme", "initiative", "plan", "project"][random.below(4)])
            }
            let summary = chain.sentence(
                words: summaryLengths[random.below(summaryLengths.count)], random: &random)
            let lead = (0..<leadCounts[random.below(leadCounts.count)]).map { _ in
                organisations[random.below(organisations.count)].id
            }
            let start = 2015 + random.below(10)
            let partOf = pick(from: earlier[template.government], odds: 20, &random)
            let follows = pick(from: earlier[template.government], odds: 50, &random)
            earlier[template.government, default: []].append("p\(number)")
            made.append(Programme(
                id: "p\(number)", name: nameText, aliases: aliases, government: template.government,
                pillar: template.pillar, pillars: template.pillars, role: template.role, partOf: partOf, follows: follows,
                kind: template.kind, status: template.status,
                statusAsOf: template.statusAsOf, lead: lead,
                years: random.below(2) == 0 ? YearRange(start: start, end: start + random.below(6)) : nil,
                targets: (0..<random.below(3)).map { _ in targets[random.below(targets.count)] },
                tags: (0..<random.below(4)).map { _ in tags[random.below(tags.count)] },
                summary: summary,
                figures: (0..<random.below(3)).map { _ in
                    var figure = figures[random.below(figures.count)]
                    figure.value = Double(10_000 * (1 + random.below(5000)))
                    return figure
                },
                sources: template.sources, related: [], milestones: template.milestones))
        }
        return Dataset(
            governments: seed.governments, pillars: seed.pillars, documents: seed.documents,
            organisations: seed.organisations + organisations, programmes: made, competences: seed.competences)
    }

    /// One of `ids` once in `odds` draws, else nil.
    private func pick(from ids: [String]?, odds: Int, _ random: inout SplitMix64) -> String? {
        guard let ids, !ids.isEmpty, random.below(odds) == 0 else { return nil }
        return ids[random.below(ids.count)]
    }

    private func makeOrganisations(count: Int, random: inout SplitMix64) -> [Organisation] {
        let suffixes = ["Agency", "Institute", "Foundation", "Lab", "Centre", "Cluster", "Network", "Fund"]
        return (0..<count).map { number in
            let proper = ProperName.make(&random)
            return Organisation(
                id: "org\(number)", name: "\(proper) \(suffixes[random.below(suffixes.count)])",
                aliases: [String(proper.prefix(3)).uppercased()],
                government: seed.governments[random.below(seed.governments.count)].id)
        }
    }

    private func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " }).map(String.init)
    }
}

/// Invented names ("Brovanta", "Keliox") from syllables.
enum ProperName {
    static let starts = ["br", "k", "v", "st", "m", "l", "tr", "d", "gr", "n", "p", "z", "fl", "h", "r", "s"]
    static let vowels = ["a", "e", "i", "o", "u", "ae", "ie", "ou"]
    static let middles = ["l", "n", "r", "v", "x", "nt", "st", "m", "d", "k"]
    static let ends = ["a", "o", "ix", "on", "us", "er", "ia", "en", "um", "is"]

    static func make(_ random: inout SplitMix64) -> String {
        var name = starts[random.below(starts.count)] + vowels[random.below(vowels.count)]
        for _ in 0..<random.below(2) + 1 {
            name += middles[random.below(middles.count)] + vowels[random.below(vowels.count)]
        }
        name += ends[random.below(ends.count)]
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}

/// A word-pair (bigram) chain over texts: each next word is drawn among the words that follow the
/// current one in the texts.
struct WordChain {
    private var following: [String: [String]] = [:]
    private var starts: [String] = []

    init(texts: [String]) {
        for text in texts {
            let words = text.split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            starts.append(first)
            for (word, next) in zip(words, words.dropFirst()) { following[word, default: []].append(next) }
        }
    }

    func sentence(words count: Int, random: inout SplitMix64) -> String {
        guard !starts.isEmpty else { return "" }
        var word = starts[random.below(starts.count)]
        var words = [word]
        while words.count < count {
            if let next = following[word], !next.isEmpty {
                word = next[random.below(next.count)]
            } else {
                word = starts[random.below(starts.count)]
            }
            words.append(word)
        }
        return words.joined(separator: " ")
    }
}

/// A small, fast, seedable random generator (SplitMix64), so that every run builds the same data.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (0 when `bound` is 0).
    mutating func below(_ bound: Int) -> Int {
        bound <= 0 ? 0 : Int(next() % UInt64(bound))
    }
}
