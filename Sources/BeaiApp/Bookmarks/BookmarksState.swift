/// The bookmarks screen: the bookmarked programmes, one row each, in the order they were added.
public struct BookmarksState: Hashable, Sendable {
    /// The highlighted row.
    public var selected = 0
    /// The first row shown.
    public var offset = 0

    public init() {}
}
