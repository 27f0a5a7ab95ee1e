/// Two or three governments side by side, pillar by pillar: programme counts, budget totals
/// (per-year and one-off/total apart), gaps, and headline facts.
public struct GovernmentComparison: Sendable {
    /// One government's programmes in one pillar.
    public struct Cell: Sendable {
        public let government: String
        public let programmes: [Programme]
        public let totals: BudgetTotals
        public var count: Int { programmes.count }
    }

    /// One pillar across the compared governments.
    public struct Row: Sendable {
        public let pillar: Pillar
        /// In the order of `governments`.
        public let cells: [Cell]
        /// True when one government has nothing here and another has something.
        public var isGap: Bool { cells.contains { $0.count == 0 } && cells.contains { $0.count > 0 } }
        /// True when the governments do not have the same number of programmes here.
        public var differs: Bool { Set(cells.map(\.count)).count > 1 }
        /// The largest count in the row, the scale of its bars.
        public var largestCount: Int { cells.map(\.count).max() ?? 0 }
    }

    /// Headline facts of one government.
    public struct Headline: Sendable {
        public let government: Government
        public let strategy: Programme?
        /// The strategy's annual budget figure (the first per-year budget amount), if stated.
        public let annualBudget: Figure?
        public let programmes: Int
        /// Organisation ids, most programmes first.
        public let leadAgencies: [String]
    }

    public let governments: [Government]
    public let headlines: [Headline]
    /// Every pillar, in taxonomy order.
    public let rows: [Row]

    /// Compares `governmentIDs` (known ids, in column order).
    public init(dataset: Dataset, governments governmentIDs: [String]) {
        self.init(tree: PolicyTree(dataset), pillars: dataset.pillars, governments: governmentIDs)
    }

    /// Compares `governmentIDs` from a tree already built: its nodes hold every programme grouped,
    /// ordered and totalled, so a comparison costs nothing however large the dataset.
    public init(tree: PolicyTree, pillars: [Pillar], governments governmentIDs: [String]) {
        let nodes = governmentIDs.compactMap { id in tree.governments.first { $0.government.id == id } }
        governments = nodes.map(\.government)
        rows = pillars.map { pillar in
            Row(pillar: pillar, cells: nodes.map { node in
                let cell = node.pillars.first { $0.pillar.id == pillar.id }
                return Cell(government: node.government.id, programmes: cell?.programmes ?? [], totals: cell?.totals ?? BudgetTotals())
            })
        }
        headlines = nodes.map { node in
            Headline(
                government: node.government, strategy: node.headline,
                annualBudget: node.headline?.countedBudgetFigures.first { $0.period == .perYear },
                programmes: node.count, leadAgencies: node.leadAgencies.prefix(3).map(\.organisation))
        }
    }
}
