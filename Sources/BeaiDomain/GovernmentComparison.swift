/// Two or three governments (or unions of governments, `wallonia+fwb`) side by side, pillar by
/// pillar: counts by role, budgets per calendar year, what lies with other governments, and
/// headline facts.
public struct GovernmentComparison: Sendable {
    /// One column's programmes in one pillar.
    public struct Cell: Sendable {
        /// The column's id: a government id, or member ids joined by `+` for a union.
        public let government: String
        /// Each member's programmes, shared with the tree: a union's are joined only when asked.
        let groups: [[Programme]]
        /// Budgets per year, undated and one-off amounts apart.
        public let budget: BudgetSummary
        public let roles: RoleCounts
        /// What of the pillar lies with governments outside the column, if anything; its
        /// `competent` lists them.
        public let elsewhere: Competence?
        /// The programmes, member by member, each member's in the tree's order.
        public var programmes: [Programme] { groups.count == 1 ? groups[0] : Array(groups.joined()) }
        public var count: Int { groups.reduce(0) { $0 + $1.count } }
        /// The government competent instead, when the pillar is not the column's to act on.
        public var competence: String? { elsewhere?.competent.first }
    }

    /// One pillar across the compared columns.
    public struct Row: Sendable {
        public let pillar: Pillar
        /// In the order of `governments`.
        public let cells: [Cell]
        /// True when a column competent for the pillar has no initiative in it and another has one:
        /// a pillar that is another government's competence is never a gap.
        public var isGap: Bool {
            cells.contains { $0.roles.initiatives == 0 && $0.elsewhere == nil } && cells.contains { $0.roles.initiatives > 0 }
        }
        /// True when the columns do not have the same number of programmes here.
        public var differs: Bool { Set(cells.map(\.count)).count > 1 }
        /// The largest count in the row.
        public var largestCount: Int { cells.map(\.count).max() ?? 0 }
    }

    /// Headline facts of one column.
    public struct Headline: Sendable {
        public let government: Government
        public let strategy: Programme?
        /// The strategy's annual budget figure (the first per-year budget amount), if stated.
        public let annualBudget: Figure?
        public let programmes: Int
        /// Organisation ids, most programmes first.
        public let leadAgencies: [String]
        /// The column's budgets per year: the sum of its pillars'.
        public let budget: BudgetSummary
        public let roles: RoleCounts
    }

    /// The columns; a union is a government of kind `union` whose id joins its members' with `+`.
    public let governments: [Government]
    public let headlines: [Headline]
    /// Every pillar, in taxonomy order.
    public let rows: [Row]
    /// The budget amounts of every programme, placed in years: what the totals add.
    public let ledger: BudgetLedger

    /// Compares `governmentIDs` (known ids or unions of them, in column order).
    public init(dataset: Dataset, governments governmentIDs: [String]) {
        self.init(tree: PolicyTree(dataset), pillars: dataset.pillars, governments: governmentIDs)
    }

    /// Compares `governmentIDs` from a tree already built: its nodes hold every programme grouped,
    /// ordered and totalled, so a comparison costs little however large the dataset.
    public init(tree: PolicyTree, pillars: [Pillar], governments governmentIDs: [String]) {
        let columns = governmentIDs.compactMap { id -> [PolicyTree.GovernmentNode]? in
            let members = Self.members(of: id).compactMap { member in tree.governments.first { $0.government.id == member } }
            return members.isEmpty ? nil : members
        }
        governments = columns.map(Self.government)
        rows = pillars.map { pillar in
            Row(pillar: pillar, cells: columns.map { members in
                Self.cell(pillar: pillar, members: members, competences: tree.competences)
            })
        }
        headlines = columns.map(Self.headline)
        ledger = tree.ledger
    }

    /// The member ids of a column id: `wallonia+fwb` → `wallonia`, `fwb`.
    public static func members(of column: String) -> [String] {
        column.split(separator: "+").map(String.init)
    }

    /// A column's name: a government's, or its members' joined by " + " (an unknown id as itself).
    public static func name(of column: String, in dataset: Dataset) -> String {
        members(of: column).map { dataset.government($0)?.name ?? $0 }.joined(separator: " + ")
    }

    /// The latest year in which any column adds an amount: the year a comparison shows by default.
    public var latestYear: Int? { headlines.compactMap(\.budget.latestYear).max() }

    /// Every year in which some column adds an amount, earliest first.
    public var years: [Int] { Set(headlines.flatMap(\.budget.countedYears)).sorted() }

    /// The largest number of programmes in any cell: one scale for the whole comparison.
    public var largestCount: Int { rows.map(\.largestCount).max() ?? 0 }

    private static func government(_ members: [PolicyTree.GovernmentNode]) -> Government {
        guard members.count > 1 else { return members[0].government }
        return Government(
            id: members.map(\.government.id).joined(separator: "+"),
            name: members.map(\.government.name).joined(separator: " + "), kind: "union")
    }

    private static func cell(pillar: Pillar, members: [PolicyTree.GovernmentNode], competences: [Competence]) -> Cell {
        let nodes = members.compactMap { member in member.pillars.first { $0.pillar.id == pillar.id } }
        var budget = nodes.first?.budget ?? BudgetSummary()
        var roles = nodes.first?.roles ?? RoleCounts()
        for node in nodes.dropFirst() {
            budget.add(node.budget)
            roles.add(node.roles)
        }
        return Cell(
            government: members.map(\.government.id).joined(separator: "+"), groups: nodes.map(\.programmes),
            budget: budget, roles: roles, elsewhere: elsewhere(pillar: pillar.id, members: members, competences: competences))
    }

    /// What of `pillar` no member is competent for: nothing when one member is competent for it
    /// all, or when every other government named is itself a member.
    static func elsewhere(pillar: String, members: [PolicyTree.GovernmentNode], competences: [Competence]) -> Competence? {
        let ids = members.map(\.government.id)
        let entries = ids.map { id in competences.first { $0.government == id && $0.pillar == pillar } }
        guard var first = entries.first ?? nil, entries.allSatisfy({ $0 != nil }) else { return nil }
        var competent: [String] = []
        for entry in entries.compactMap({ $0 }) {
            for other in entry.competent where !ids.contains(other) && !competent.contains(other) { competent.append(other) }
        }
        guard !competent.isEmpty else { return nil }
        first.government = ids.joined(separator: "+")
        first.competent = competent
        return first
    }

    private static func headline(_ members: [PolicyTree.GovernmentNode]) -> Headline {
        let strategy = Dataset.headlineStrategy(among: members.compactMap(\.headline))
        var counts: [String: Int] = [:]
        var budget = members.first?.budget ?? BudgetSummary()
        var roles = members.first?.roles ?? RoleCounts()
        for member in members {
            for lead in member.leadAgencies { counts[lead.organisation, default: 0] += lead.programmes }
        }
        for member in members.dropFirst() {
            budget.add(member.budget)
            roles.add(member.roles)
        }
        let leads = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3).map(\.key)
        return Headline(
            government: government(members), strategy: strategy,
            annualBudget: strategy?.countedBudgetFigures.first { $0.period == .perYear },
            programmes: members.reduce(0) { $0 + $1.count }, leadAgencies: leads, budget: budget, roles: roles)
    }
}
