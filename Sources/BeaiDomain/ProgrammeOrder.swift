/// How the programmes inside each pillar of the tree are ordered; the raw values are the config
/// file's names (`sort = "budget"`).
public enum ProgrammeOrder: String, CaseIterable, Hashable, Sendable {
    /// Strategies and plans first, then by name (`PolicyTree`'s own order).
    case tree
    /// By name, case and accents ignored.
    case name
    /// Earliest start first; programmes with no start year last.
    case startYear = "start"
    /// Largest budget amount first (`Programme.largestBudgetAmount`); those without one last.
    case budget
    /// Active, completed, planned, proposed, unknown.
    case status

    /// The order after this one, back to `tree` after the last.
    public var next: ProgrammeOrder {
        let all = Self.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + 1) % all.count]
    }

    /// "tree order", "name", "start year", "budget", "status".
    public var label: String {
        switch self {
        case .tree: "tree order"
        case .name: "name"
        case .startYear: "start year"
        case .budget: "budget"
        case .status: "status"
        }
    }
}
