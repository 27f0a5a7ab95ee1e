/// The comparison screen: governments in columns, pillars in rows.
public struct CompareState: Hashable, Sendable {
    /// Government ids in column order: two or three.
    public var governments: [String]
    /// The selected pillar, among the visible rows.
    public var row = 0
    /// The selected column.
    public var column = 0
    /// Show only pillars where the governments differ.
    public var onlyDiffering = false
    /// The selected programme of the drilled-into cell; nil while moving over the grid.
    public var listSelection: Int?
    /// The government picker, while open.
    public var picker: Picker?

    /// Chooses two or three governments.
    public struct Picker: Hashable, Sendable {
        public var cursor = 0
        public var chosen: [String]
    }

    public init(governments: [String]) {
        self.governments = governments
    }
}
