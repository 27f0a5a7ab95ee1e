import BeaiBuiltinData
import BeaiDomain
import Testing

/// Filters over the built-in data: the index keeps what `ProgrammeFilter.matches` keeps, counts
/// what toggling a value would leave, and builds the tree of what it keeps.
@Suite struct FilterIndexTests {
    private static let dataset: Dataset? = try? Dataset.load(BuiltinData.files.map { DataFile(path: $0.path, contents: $0.contents) })

    private func fixture() throws -> (Dataset, PolicyTree, FilterIndex) {
        let dataset = try #require(Self.dataset)
        let tree = PolicyTree(dataset)
        return (dataset, tree, FilterIndex(tree: tree, dataset: dataset))
    }

    /// Filters of one, two and three facets, with a period, a budget and an exclusion.
    private func filters() -> [ProgrammeFilter] {
        var regions = ProgrammeFilter()
        regions.choose("wallonia", in: .government)
        regions.choose("brussels", in: .government)
        var smes = regions
        smes.choose("smes", in: .target)
        var active = smes
        active.choose("active", in: .status)
        var period = ProgrammeFilter()
        period.choose("2019", in: .year)
        period.choose("2020", in: .year)
        period.choose("skills", in: .pillar)
        var budget = ProgrammeFilter()
        budget.choose(BudgetBound.any.text, in: .budget)
        budget.choose("strategy", in: .kind)
        budget.choose("plan", in: .kind)
        var without = ProgrammeFilter()
        without.exclude(BudgetBound.any.text, in: .budget)
        without.exclude("federal", in: .government)
        var led = ProgrammeFilter()
        led.choose("innoviris", in: .organisation)
        var initiatives = regions
        initiatives.choose("initiative", in: .role)
        initiatives.exclude("context", in: .role)
        return [ProgrammeFilter(), regions, smes, active, period, budget, without, led, initiatives]
    }

    @Test func theIndexKeepsWhatTheFilterMatches() throws {
        let (_, _, index) = try fixture()
        for filter in filters() {
            let expected = index.programmes.map(filter.matches)
            #expect((index.kept(by: filter) ?? expected.map { _ in true }) == expected, "\(filter)")
            #expect(index.counts(for: filter).kept == expected.filter { $0 }.count)
        }
    }

    /// Wallonia (31) and Brussels (42) hold 73 programmes, 2 of them for SMEs, both active
    /// (Start AI and Innoviris' innovation vouchers), worked out from Resources/programmes.
    @Test func regionsSMEsActiveLeaveTwoProgrammes() throws {
        let (_, _, index) = try fixture()
        let counts = filters().map { index.counts(for: $0).kept }
        #expect(Array(counts[1...3]) == [73, 2, 2])
    }

    /// Every value's count is what the filter with that value toggled keeps.
    @Test func eachValueCountsWhatTogglingItWouldLeave() throws {
        let (_, _, index) = try fixture()
        for filter in filters() {
            let counts = index.counts(for: filter)
            for facet in FilterFacet.panel where facet != .budget {
                for (offset, value) in (index.values[facet] ?? []).enumerated() {
                    var toggled = filter
                    toggled.toggle(value, in: facet)
                    let expected = index.programmes.filter(toggled.matches).count
                    #expect(counts.leaves[facet]?[offset] == expected, "\(facet) \(value) in \(filter)")
                }
            }
            var with = filter
            with.clear(.budget)
            if !filter.chosen(.budget).contains(BudgetBound.any.text) { with.choose(BudgetBound.any.text, in: .budget) }
            var without = filter
            without.clear(.budget)
            if !filter.excluded(.budget).contains(BudgetBound.any.text) { without.exclude(BudgetBound.any.text, in: .budget) }
            #expect(counts.leaves[.budget] == [index.programmes.filter(with.matches).count,
                                               index.programmes.filter(without.matches).count], "budget in \(filter)")
        }
    }

    /// The filtered tree is the tree of the programmes kept, with every government and pillar of
    /// the whole tree still there (empty ones with no programme).
    @Test func theFilteredTreeIsTheTreeOfWhatIsKept() throws {
        let (dataset, tree, index) = try fixture()
        for filter in filters() {
            let filtered = index.tree(from: tree, keeping: index.kept(by: filter), arrangement: nil)
            let subset = PolicyTree(Dataset(
                governments: dataset.governments, pillars: dataset.pillars, documents: dataset.documents,
                organisations: dataset.organisations, programmes: dataset.programmes.filter(filter.matches)))
            #expect(filtered.governments.map { $0.pillars.map(\.pillar.id) } == tree.governments.map { $0.pillars.map(\.pillar.id) })
            for (node, expected) in zip(filtered.governments, subset.governments) {
                #expect(Self.kinds(node.budget) == Self.kinds(expected.budget))
                #expect(node.roles == expected.roles)
                #expect(node.budget.programmes == expected.budget.programmes)
                #expect(node.headline?.id == expected.headline?.id)
                #expect(node.leadAgencies.map(\.organisation) == expected.leadAgencies.map(\.organisation))
                #expect(node.leadAgencies.map(\.programmes) == expected.leadAgencies.map(\.programmes))
                let nonEmpty = node.pillars.filter { !$0.programmes.isEmpty }
                #expect(nonEmpty.map(\.pillar.id) == expected.pillars.map(\.pillar.id))
                for (pillar, other) in zip(nonEmpty, expected.pillars) {
                    #expect(pillar.programmes.map(\.id) == other.programmes.map(\.id))
                    #expect(Self.kinds(pillar.budget) == Self.kinds(other.budget))
                }
            }
        }
    }

    /// A filtered tree put in another order from its tree-order self (as `s` does) holds the same
    /// sums, counts, headline and lead agencies as one worked out from scratch.
    @Test func reorderingAFilteredTreeKeepsItsSums() throws {
        let (_, tree, index) = try fixture()
        for filter in filters() {
            let kept = index.kept(by: filter)
            let filtered = index.tree(from: tree, keeping: kept, arrangement: nil)
            for order in ProgrammeOrder.allCases {
                let arrangement = index.arrangement(order)
                let fresh = index.tree(from: tree, keeping: kept, arrangement: arrangement)
                let reused = index.tree(from: tree, keeping: kept, arrangement: arrangement, summarised: filtered)
                for (node, expected) in zip(reused.governments, fresh.governments) {
                    #expect(node.roles == expected.roles)
                    #expect(node.budget.programmes == expected.budget.programmes)
                    #expect(node.headline?.id == expected.headline?.id)
                    #expect(node.leadAgencies.map(\.organisation) == expected.leadAgencies.map(\.organisation))
                    for (pillar, other) in zip(node.pillars, expected.pillars) {
                        #expect(pillar.programmes.map(\.id) == other.programmes.map(\.id), "\(order) in \(filter)")
                        #expect(pillar.roles == other.roles)
                        #expect(pillar.budget.programmes == other.budget.programmes)
                    }
                }
            }
        }
    }

    /// How many programmes have a per-year amount, a one-off or total, or no budget: what a
    /// summary holds whichever ledger placed its years.
    private static func kinds(_ budget: BudgetSummary) -> [Int] {
        [budget.withPerYear, budget.withOneOff, budget.withoutBudget]
    }

    @Test func ordersSortInsideEachPillar() throws {
        let (_, tree, index) = try fixture()
        for order in ProgrammeOrder.allCases {
            let sorted = index.tree(from: tree, keeping: nil, arrangement: index.arrangement(order))
            for (node, base) in zip(sorted.governments, tree.governments) {
                for (pillar, original) in zip(node.pillars, base.pillars) {
                    #expect(Set(pillar.programmes.map(\.id)) == Set(original.programmes.map(\.id)))
                    let programmes = pillar.programmes
                    for (first, second) in zip(programmes, programmes.dropFirst()) {
                        switch order {
                        case .tree: break
                        case .name: #expect(first.name.folded <= second.name.folded)
                        case .startYear: #expect((first.years?.start ?? Int.max) <= (second.years?.start ?? Int.max))
                        case .budget:
                            if let amount = first.largestBudgetAmount, let next = second.largestBudgetAmount {
                                #expect(amount >= next)
                            } else {
                                #expect(second.largestBudgetAmount == nil, "\(second.id) without a budget comes last")
                            }
                        case .status:
                            let rank = { (programme: Programme) in ProgrammeStatus.known.firstIndex(of: programme.status) ?? 9 }
                            #expect(rank(first) <= rank(second))
                        }
                    }
                }
                if order == .tree { #expect(node.pillars.map { $0.programmes.map(\.id) } == base.pillars.map { $0.programmes.map(\.id) }) }
            }
        }
        #expect(ProgrammeOrder.allCases.map(\.next) == [.name, .startYear, .budget, .status, .tree])
    }

    @Test func theQueryWritesEveryFacetInItsOrder() throws {
        let dataset = try #require(Self.dataset)
        var filter = ProgrammeFilter()
        filter.choose("brussels", in: .government)
        filter.choose("wallonia", in: .government)
        filter.choose("smes", in: .target)
        for year in [2019, 2020, 2021, 2024] { filter.choose(String(year), in: .year) }
        filter.choose(BudgetBound.any.text, in: .budget)
        filter.exclude("completed", in: .status)
        #expect(filter.query(in: dataset)
            == "gov:wallonia,brussels -status:completed target:smes year:2019-2021 year:2024 budget>=0")
        #expect(ProgrammeFilter().query(in: dataset) == "")
    }

    @Test func budgetBoundsReadAndWriteTheirAmounts() {
        #expect(BudgetBound(">=0") == .any)
        #expect(BudgetBound(">1m") == BudgetBound(.greater, 1_000_000))
        #expect(BudgetBound("<=2500000")?.text == "<=2500k")
        #expect(BudgetBound(">1.5bn")?.text == ">1500m")
        #expect(BudgetBound("1m") == nil)
        #expect(BudgetBound(">") == nil)
        #expect(BudgetBound(">1x") == nil)
    }
}
