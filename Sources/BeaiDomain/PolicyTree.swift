import Foundation

/// The tree the explorer shows: government → pillar → programme, with counts and budget totals.
public struct PolicyTree: Sendable {
    public struct PillarNode: Sendable {
        public let pillar: Pillar
        public let government: Government
        /// Programmes whose primary pillar this is, by name.
        public let programmes: [Programme]
        public let totals: BudgetTotals
    }

    public struct GovernmentNode: Sendable {
        public let government: Government
        /// Pillars that hold at least one programme, in taxonomy order.
        public let pillars: [PillarNode]
        public let totals: BudgetTotals
        /// Its headline strategy (`Dataset.headlineStrategy(of:)`), worked out once.
        public let headline: Programme?
        /// The organisations leading most of its programmes, at most six (`Dataset.leadAgencies`).
        public let leadAgencies: [(organisation: String, programmes: Int)]
        /// Number of programmes under this government.
        public var count: Int { totals.programmes }
    }

    /// Every government of the dataset, in data order, including those with no programme.
    public let governments: [GovernmentNode]

    public init(_ dataset: Dataset) {
        var byGovernment: [String: [String: [Programme]]] = [:]
        for programme in dataset.programmes {
            byGovernment[programme.government, default: [:]][programme.pillar, default: []].append(programme)
        }
        governments = dataset.governments.map { government in
            let pillars = dataset.pillars.compactMap { pillar -> PillarNode? in
                guard let programmes = byGovernment[government.id]?[pillar.id], !programmes.isEmpty else { return nil }
                let sorted = Self.inDisplayOrder(programmes)
                return PillarNode(pillar: pillar, government: government, programmes: sorted, totals: BudgetTotals(sorted))
            }
            let programmes = pillars.lazy.flatMap(\.programmes)
            return GovernmentNode(
                government: government, pillars: pillars, totals: BudgetTotals(programmes),
                headline: Dataset.headlineStrategy(among: programmes),
                leadAgencies: Dataset.leadAgencies(among: programmes, limit: 6))
        }
    }

    /// Strategies and plans first, then by name, case and accents ignored, then by id. Each sort
    /// key is computed once: folding a name is costly.
    public static func inDisplayOrder(_ programmes: [Programme]) -> [Programme] {
        // Indices are sorted, not programmes: moving a programme (17 fields) costs far more.
        let keys = programmes.map { (rank: ["strategy", "plan"].contains($0.kind.rawValue) ? 0 : 1, name: $0.name.folded, id: $0.id) }
        return keys.indices
            .sorted { (keys[$0].rank, keys[$0].name, keys[$0].id) < (keys[$1].rank, keys[$1].name, keys[$1].id) }
            .map { programmes[$0] }
    }
}

extension String {
    /// Lowercased, without diacritics: the form used to compare names.
    public var folded: String {
        // Plain ASCII has no diacritics, and lowercasing it is all the folding it needs.
        utf8.allSatisfy { $0 < 0x80 } ? lowercased() : folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
