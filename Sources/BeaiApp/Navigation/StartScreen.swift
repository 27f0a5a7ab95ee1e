/// The screen the explorer opens on, as a config file or the command line asks.
public enum StartScreen: String, CaseIterable, Sendable {
    case tree, search, compare, bookmarks
}

extension State {
    /// Opens `screen` over the tree, as at start-up.
    public mutating func open(_ screen: StartScreen) {
        switch screen {
        case .tree: break
        case .search: openSearch(query: "")
        case .compare: openCompare()
        case .bookmarks: openBookmarks()
        }
    }
}
