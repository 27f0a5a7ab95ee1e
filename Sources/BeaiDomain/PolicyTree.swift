import Foundation

/// The tree the explorer shows: government → pillar → programme, with counts by role and budgets
/// per calendar year.
public struct PolicyTree: Sendable {
    public struct PillarNode: Sendable {
        public let pillar: Pillar
        public let government: Government
        /// Programmes whose primary pillar this is, by name.
        public let programmes: [Programme]
        /// Its budgets per year, undated and one-off amounts apart.
        public let budget: BudgetSummary
        public let roles: RoleCounts
    }

    public struct GovernmentNode: Sendable {
        public let government: Government
        /// Pillars that hold at least one programme, in taxonomy order.
        public let pillars: [PillarNode]
        /// The sum of its pillars' budgets.
        public let budget: BudgetSummary
        public let roles: RoleCounts
        /// Its headline strategy (`Dataset.headlineStrategy(of:)`), worked out once.
        public let headline: Programme?
        /// The organisations leading most of its programmes, at most six (`Dataset.leadAgencies`).
        public let leadAgencies: [(organisation: String, programmes: Int)]
        /// Number of programmes under this government.
        public var count: Int { budget.programmes }
    }

    /// Every government of the dataset, in data order, including those with no programme.
    public let governments: [GovernmentNode]
    /// Every programme's budget amounts in calendar years.
    public let ledger: BudgetLedger
    /// The dataset's pillars that lie with other governments (`Dataset.competences`).
    public let competences: [Competence]

    public init(_ dataset: Dataset) {
        let ledger = BudgetLedger(dataset)
        self.ledger = ledger
        competences = dataset.competences
        // Positions are grouped and sorted; each programme goes once into its pillar node.
        var byGovernment: [String: [String: [Int]]] = [:]
        var governmentPositions: [String: [Int]] = [:]
        for (position, programme) in dataset.programmes.enumerated() {
            byGovernment[programme.government, default: [:]][programme.pillar, default: []].append(position)
            governmentPositions[programme.government, default: []].append(position)
        }
        governments = dataset.governments.map { government in
            let pillars = dataset.pillars.compactMap { pillar -> PillarNode? in
                guard let positions = byGovernment[government.id]?[pillar.id], !positions.isEmpty else { return nil }
                let sorted = Self.displayOrder(of: positions, in: dataset.programmes).map { dataset.programmes[$0] }
                return PillarNode(
                    pillar: pillar, government: government, programmes: sorted,
                    budget: BudgetSummary(sorted, ledger: ledger), roles: RoleCounts(sorted))
            }
            var budget = BudgetSummary()
            var roles = RoleCounts()
            for pillar in pillars {
                budget.add(pillar.budget)
                roles.add(pillar.roles)
            }
            // In data order, as `Dataset.headlineStrategy(of:)` reads them: ties go the same way.
            let programmes = (governmentPositions[government.id] ?? []).lazy.map { dataset.programmes[$0] }
            return GovernmentNode(
                government: government, pillars: pillars, budget: budget, roles: roles,
                headline: Dataset.headlineStrategy(among: programmes),
                leadAgencies: Dataset.leadAgencies(among: programmes, limit: 6))
        }
    }

    /// `positions` of `programmes` in display order: strategies and plans first, then by name, case
    /// and accents ignored, then by id. Each sort key is computed once: folding a name is costly.
    static func displayOrder(of positions: [Int], in programmes: [Programme]) -> [Int] {
        let keys = positions.map { position in
            (rank: ["strategy", "plan"].contains(programmes[position].kind.rawValue) ? 0 : 1,
             name: programmes[position].name.folded, id: programmes[position].id)
        }
        return keys.indices
            .sorted { (keys[$0].rank, keys[$0].name, keys[$0].id) < (keys[$1].rank, keys[$1].name, keys[$1].id) }
            .map { positions[$0] }
    }
}

extension String {
    /// Lowercased, without diacritics: the form used to compare names.
    public var folded: String {
        // Plain ASCII has no diacritics, and lowercasing it is all the folding it needs.
        utf8.allSatisfy { $0 < 0x80 } ? lowercased() : folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
