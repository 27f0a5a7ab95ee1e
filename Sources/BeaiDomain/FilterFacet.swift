/// A property of programmes that a filter chooses by: the qualifiers of the query language that
/// take a value (`gov:`, `pillar:`, ...) and the budget comparison (`budget>=0`).
public enum FilterFacet: String, CaseIterable, Hashable, Sendable {
    case government, pillar, role, kind, status, target, organisation, year, budget

    /// The qualifier that writes it in a query: `gov`, `pillar`, `kind`, `status`, `target`, `org`,
    /// `year`, `budget`.
    public var qualifier: String {
        switch self {
        case .government: "gov"
        case .organisation: "org"
        default: rawValue
        }
    }

    /// Its name as a heading: "Government", "Target group", ...
    public var title: String {
        switch self {
        case .government: "Government"
        case .pillar: "Pillar"
        case .role: "Role"
        case .kind: "Kind"
        case .status: "Status"
        case .target: "Target group"
        case .organisation: "Lead"
        case .year: "Running in"
        case .budget: "Budget"
        }
    }

    /// The facets the explorer's filter panel lists, in its order. Lead organisations are left to
    /// the query language (`org:`): a large dataset has thousands.
    public static let panel: [FilterFacet] = [.government, .pillar, .role, .kind, .status, .target, .year, .budget]
}
