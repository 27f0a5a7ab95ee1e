/// A node of the tree: a government, a pillar under a government, or a programme.
public enum NodeID: Hashable, Sendable {
    case government(String)
    case pillar(government: String, pillar: String)
    case programme(String)
}

/// One visible row of the tree.
public struct TreeRow: Hashable, Sendable {
    public let node: NodeID
    public let depth: Int
    public let title: String
    /// Programmes under the node (1 for a programme).
    public let count: Int
    /// Initiatives under the node (0 for a programme): the count the tree shows.
    public let initiatives: Int
    /// Initiatives under the node in the unfiltered tree, while a filter is on.
    public let total: Int?
    public let expandable: Bool
    public let expanded: Bool
}
