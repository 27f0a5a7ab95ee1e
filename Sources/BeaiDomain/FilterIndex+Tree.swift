extension FilterIndex {
    /// The positions of every pillar node in `order`: position `i` of the tree in `order` is
    /// `arrangement[i]`; each pillar keeps its own programmes (its range of positions). Ties
    /// keep tree order. Nil for `.tree`, the index's own order.
    public func arrangement(_ order: ProgrammeOrder) -> [Int]? {
        let keys: (Int, Int) -> Bool
        switch order {
        case .tree:
            return nil
        case .name:
            return nameArrangement()
        case .startYear:
            let starts = programmes.map { $0.years?.start ?? Int.max }
            keys = { (starts[$0], $0) < (starts[$1], $1) }
        case .budget:
            // Largest first; NaN (no budget) after every amount.
            keys = { a, b in
                let (left, right) = (budgets[a], budgets[b])
                if left.isNaN != right.isNaN { return right.isNaN }
                if left != right, !left.isNaN { return left > right }
                return a < b
            }
        case .status:
            let rank = Dictionary(ProgrammeStatus.known.enumerated().map { ($1, $0) }) { first, _ in first }
            let ranks = programmes.map { rank[$0.status] ?? ProgrammeStatus.known.count }
            keys = { (ranks[$0], $0) < (ranks[$1], $1) }
        }
        var arrangement = Array(programmes.indices)
        for ranges in pillarRanges {
            for range in ranges { arrangement[range].sort(by: keys) }
        }
        return arrangement
    }

    /// Name order, from tree order: inside a pillar, its strategies and plans and then the rest
    /// each come by name already (`PolicyTree.displayOrder`), so the two runs are merged. Names
    /// are compared as `NameKey`s, made only for the programmes the merge compares (a pillar
    /// without strategies or plans, or with only those, is already in name order).
    private func nameArrangement() -> [Int] {
        let key = { (position: Int) in (NameKey(programmes[position].name), programmes[position].id) }
        var arrangement: [Int] = []
        arrangement.reserveCapacity(programmes.count)
        for ranges in pillarRanges {
            for range in ranges {
                let split = range.first { !["strategy", "plan"].contains(programmes[$0].kind.rawValue) } ?? range.upperBound
                var (plan, other) = (range.lowerBound, split)
                if plan < split, other < range.upperBound {
                    var (planKey, otherKey) = (key(plan), key(other))
                    while true {
                        if planKey <= otherKey {
                            arrangement.append(plan)
                            plan += 1
                            guard plan < split else { break }
                            planKey = key(plan)
                        } else {
                            arrangement.append(other)
                            other += 1
                            guard other < range.upperBound else { break }
                            otherKey = key(other)
                        }
                    }
                }
                arrangement.append(contentsOf: plan..<split)
                arrangement.append(contentsOf: other..<range.upperBound)
            }
        }
        return arrangement
    }

    /// The tree of `base` (the tree this index was built from) keeping the positions `kept`
    /// marks (every one when nil), in the order `arrangement` gives (tree order when nil). Every
    /// government and every pillar of `base` stays, empty or not; counts by role and budgets per
    /// year (placed by `base`'s ledger, so that a part stays inside its whole),
    /// the headline strategy and the lead agencies are those of the programmes kept.
    ///
    /// `summarised`, when given, is this tree in another order (the same `kept`): its sums,
    /// counts, headline and lead agencies are taken as they stand, since reordering changes none.
    public func tree(
        from base: PolicyTree, keeping kept: [Bool]?, arrangement: [Int]?, summarised: PolicyTree? = nil
    ) -> PolicyTree {
        let governments = base.governments.enumerated().map { index, node -> PolicyTree.GovernmentNode in
            let summary = summarised.flatMap { $0.governments.indices.contains(index) ? $0.governments[index] : nil }
            let ranges = pillarRanges.indices.contains(index) ? pillarRanges[index] : []
            var budget = BudgetSummary()
            var roles = RoleCounts()
            let pillars = node.pillars.enumerated().map { offset, pillar -> PolicyTree.PillarNode in
                let range = ranges.indices.contains(offset) ? ranges[offset] : 0..<0
                var programmes: [Programme] = []
                programmes.reserveCapacity(kept == nil ? range.count : 0)
                let known = summary.flatMap { $0.pillars.indices.contains(offset) ? $0.pillars[offset] : nil }
                for slot in range {
                    let position = arrangement?[slot] ?? slot
                    guard kept?[position] ?? true else { continue }
                    programmes.append(self.programmes[position])
                }
                // Reordering alone changes no sum: the unfiltered node's budget and roles stand.
                let shown = kept == nil
                    ? pillar.budget : known?.budget ?? BudgetSummary(programmes, ledger: base.ledger)
                let counts = kept == nil ? pillar.roles : known?.roles ?? RoleCounts(programmes)
                budget.add(shown)
                roles.add(counts)
                return PolicyTree.PillarNode(
                    pillar: pillar.pillar, government: pillar.government, programmes: programmes,
                    budget: shown, roles: counts)
            }
            guard let kept, summary == nil else {
                let standing = summary ?? node
                return PolicyTree.GovernmentNode(
                    government: node.government, pillars: pillars, budget: standing.budget,
                    roles: standing.roles, headline: standing.headline, leadAgencies: standing.leadAgencies)
            }
            let candidates = (headlineCandidates.indices.contains(index) ? headlineCandidates[index] : [])
                .lazy.filter { kept[$0] }.map { self.programmes[$0] }
            return PolicyTree.GovernmentNode(
                government: node.government, pillars: pillars, budget: budget, roles: roles,
                headline: Dataset.headlineStrategy(among: candidates),
                leadAgencies: leadAgencies(in: ranges, keeping: kept, limit: 6))
        }
        return PolicyTree(governments: governments, ledger: base.ledger, competences: base.competences)
    }

    /// The organisations leading most of the programmes kept in `ranges`, as
    /// `Dataset.leadAgencies(among:limit:)` orders them: most first, then by id.
    private func leadAgencies(in ranges: [Range<Int>], keeping kept: [Bool], limit: Int) -> [(organisation: String, programmes: Int)] {
        let organisations = values[.organisation] ?? []
        guard let column = columns[.organisation] else { return [] }
        var counts = [Int](repeating: 0, count: organisations.count)
        for range in ranges {
            for position in range where kept[position] {
                for slot in Int(column.starts[position])..<Int(column.starts[position + 1]) {
                    counts[Int(column.codes[slot])] += 1
                }
            }
        }
        return counts.indices.filter { counts[$0] > 0 }
            .sorted { (counts[$1], organisations[$0]) < (counts[$0], organisations[$1]) }
            .prefix(limit).map { (organisations[$0], counts[$0]) }
    }
}

extension PolicyTree {
    /// A tree of nodes already built (a filtered or reordered tree) over another's ledger.
    init(governments: [GovernmentNode], ledger: BudgetLedger, competences: [Competence]) {
        self.governments = governments
        self.ledger = ledger
        self.competences = competences
    }
}
