import BeaiBuiltinData
import BeaiDomain
import Testing

/// Properties of the budget arithmetic that must hold on any data: on the built-in data and on
/// random datasets whose programmes are parts and editions of one another.
@Suite struct BudgetPropertyTests {
    /// A random dataset: programmes under two governments and three pillars, some the parts or
    /// the editions of earlier ones (so no cycle), with dated, undated and one-off amounts.
    static func randomDataset(seed: UInt64) -> Dataset {
        var random = Random(state: seed)
        let governments = ["flanders", "wallonia"]
        let pillars = ["strategy", "skills", "research"]
        var programmes: [Programme] = []
        for number in 0..<60 {
            let government = governments[random.below(2)]
            let earlier = programmes.filter { $0.government == government }
            let start = random.below(4) == 0 ? nil : 2015 + random.below(8)
            let figures = (0..<random.below(3)).map { _ -> Figure in
                let period: FigurePeriod = random.below(4) == 0 ? .total : .perYear
                let years: YearRange? = random.below(3) == 0 ? YearRange(start: 2016 + random.below(6), end: 2022 + random.below(3)) : nil
                let document = BudgetArithmeticTests.documents[random.below(BudgetArithmeticTests.documents.count)].id
                return BudgetArithmeticTests.money(Double(1 + random.below(50)) * 1e6, period, from: document, years: years,
                                                   label: "budget \(random.below(2))")
            }
            programmes.append(Programme(
                id: "p\(number)", name: "P\(number)", government: government, pillar: pillars[random.below(3)],
                partOf: !earlier.isEmpty && random.below(3) == 0 ? earlier[random.below(earlier.count)].id : nil,
                follows: !earlier.isEmpty && random.below(6) == 0 ? earlier[random.below(earlier.count)].id : nil,
                kind: .init(rawValue: "plan"), status: .active, years: start.map { YearRange(start: $0) }, figures: figures))
        }
        return Dataset(
            governments: governments.map { Government(id: $0, name: $0, kind: "region") },
            pillars: pillars.map { Pillar(id: $0, name: $0) }, documents: BudgetArithmeticTests.documents,
            organisations: [], programmes: programmes)
    }

    static var datasets: [Dataset] {
        var all = (1...40).map { randomDataset(seed: UInt64($0)) }
        if let builtIn = BuiltinData.dataset { all.append(builtIn) }
        return all
    }

    @Test func aGovernmentsYearIsTheSumOfItsPillarsAndCountsNoProgrammeTwice() {
        for dataset in Self.datasets {
            let tree = PolicyTree(dataset)
            for government in tree.governments {
                let years = Set(government.pillars.flatMap { $0.budget.years.map(\.year) })
                #expect(Set(government.budget.years.map(\.year)) == years)
                for year in years {
                    let pillarIDs = government.pillars.flatMap { $0.budget.year(year)?.programmes ?? [] }
                    #expect(Set(pillarIDs).count == pillarIDs.count, "a programme counted twice in \(year)")
                    #expect(government.budget.year(year)?.programmes.sorted() == pillarIDs.sorted())
                    let pillarSum = government.pillars.reduce(0) { $0 + $1.budget.perYear(in: year) }
                    #expect(abs(government.budget.perYear(in: year) - pillarSum) < 0.5)
                    // Worked out apart: every programme's own amount that year, unless a whole holds it.
                    let expected = dataset.programmes.filter { $0.government == government.government.id }
                        .filter { tree.ledger.whole(holding: $0.id, in: year) == nil }
                        .reduce(0) { $0 + tree.ledger.perYear(of: $1.id, in: year) }
                    #expect(abs(government.budget.perYear(in: year) - expected) < 0.5)
                }
            }
        }
    }

    @Test func noYearCountsAPartWithItsWholeOrTwoEditions() {
        for dataset in Self.datasets {
            let tree = PolicyTree(dataset)
            let byID = Dictionary(dataset.programmes.map { ($0.id, $0) }) { first, _ in first }
            func chain(from id: String, _ link: (Programme) -> String?) -> [String] {
                var found: [String] = []
                var current = byID[id].flatMap(link)
                while let next = current, !found.contains(next) {
                    found.append(next)
                    current = byID[next].flatMap(link)
                }
                return found
            }
            for government in tree.governments {
                for year in government.budget.years {
                    let counted = Set(year.programmes)
                    for id in counted {
                        #expect(counted.isDisjoint(with: chain(from: id, \.partOf)), "\(id) counted with its whole in \(year.year)")
                        #expect(counted.isDisjoint(with: chain(from: id, \.follows)), "\(id) counted with its earlier edition in \(year.year)")
                    }
                }
            }
        }
    }

    @Test func aFilteredTreesYearIsTheSumOfItsPillarsOverWhatItKeeps() {
        for (seed, dataset) in Self.datasets.enumerated() {
            let tree = PolicyTree(dataset)
            let index = FilterIndex(tree: tree, dataset: dataset)
            var random = Random(state: UInt64(seed) + 1_000)
            let kept = index.programmes.map { _ in random.below(3) != 0 }
            let shown = Set(zip(index.programmes, kept).filter(\.1).map(\.0.id))
            let filtered = index.tree(from: tree, keeping: kept, arrangement: index.arrangement(.budget))
            for government in filtered.governments {
                for year in government.budget.years {
                    let pillarIDs = government.pillars.flatMap { $0.budget.year(year.year)?.programmes ?? [] }
                    #expect(Set(pillarIDs).count == pillarIDs.count, "a programme counted twice in \(year.year)")
                    #expect(year.programmes.sorted() == pillarIDs.sorted())
                    #expect(Set(year.programmes).isSubset(of: shown), "only what the filter keeps is added")
                    let pillarSum = government.pillars.reduce(0) { $0 + $1.budget.perYear(in: year.year) }
                    #expect(abs(year.perYear - pillarSum) < 0.5)
                    // A kept part stays inside its whole's money, kept or not: the whole tree's ledger places it.
                    let expected = year.programmes.reduce(0) { $0 + tree.ledger.perYear(of: $1, in: year.year) }
                    #expect(abs(year.perYear - expected) < 0.5)
                    #expect(year.programmes.allSatisfy { tree.ledger.whole(holding: $0, in: year.year) == nil })
                }
            }
        }
    }

    /// SplitMix64, so that every run draws the same datasets.
    struct Random {
        var state: UInt64
        mutating func below(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }
}
