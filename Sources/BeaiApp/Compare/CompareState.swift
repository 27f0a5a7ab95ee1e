/// The comparison screen: governments (or unions of them) in columns, pillars in rows.
public struct CompareState: Hashable, Sendable {
    /// Column ids in order: two or three; a union joins its members' ids with `+`.
    public var governments: [String]
    /// The selected pillar, among the visible rows.
    public var row = 0
    /// The selected column.
    public var column = 0
    /// Show only pillars where the governments differ.
    public var onlyDiffering = false
    /// The selected programme of the drilled-into cell; nil while moving over the grid.
    public var listSelection: Int?
    /// The year whose budgets are shown; nil for the latest year with figures.
    public var year: Int?
    /// The government picker, while open.
    public var picker: Picker?

    /// Chooses two or three columns among the governments and the unions the data suggests.
    public struct Picker: Hashable, Sendable {
        public var cursor = 0
        public var chosen: [String]
        /// Why the last choice was refused, if it was.
        public var note: String?
    }

    public init(governments: [String]) {
        self.governments = governments
    }
}
