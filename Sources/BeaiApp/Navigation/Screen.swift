/// A screen on the stack above the tree. The top screen takes the keys and draws the footer;
/// Esc pops it. Each case holds that screen's own state.
public enum Screen: Sendable {
    /// The search prompt and its results.
    case search(SearchState)
    /// Two or three governments side by side.
    case compare(CompareState)
    /// Two marked programmes side by side, field by field.
    case pair(PairState)
    /// The bookmarked programmes.
    case bookmarks(BookmarksState)
    /// The filter panel, over the tree.
    case filter(FilterState)
    /// The export prompt, drawn over the screen below.
    case export(ExportState)
    /// Programmes on a year axis, with their milestones and the years' figures.
    case timeline(TimelineState)
    /// The tree and detail again, opened from the screen below (a search result, a comparison's
    /// programme, a bookmark): it behaves as the tree does, and Esc returns to that screen.
    case browse
    /// The list of keys, drawn over the screen below.
    case help(HelpState)

    /// The search, if this is the search screen.
    public var search: SearchState? {
        if case let .search(search) = self { return search }
        return nil
    }

    /// The comparison, if this is the compare screen.
    public var compare: CompareState? {
        if case let .compare(compare) = self { return compare }
        return nil
    }

    /// True for the screens that take typed text: every key but Ctrl-C is theirs.
    var isTextPrompt: Bool {
        switch self {
        case .search, .export: return true
        default: return false
        }
    }

    /// True for the screens drawn over the one below (the help, the export prompt).
    var isOverlay: Bool {
        switch self {
        case .help, .export: return true
        default: return false
        }
    }

    /// True for the screens that show the tree and detail: the tree itself (no screen) and `browse`.
    var showsTree: Bool {
        if case .browse = self { return true }
        return false
    }

    /// What Esc returns to, as the footer says it.
    var name: String {
        switch self {
        case .search: return "search"
        case .compare: return "compare"
        case .pair: return "the pair"
        case .bookmarks: return "bookmarks"
        case .filter: return "the filter"
        case .export: return "export"
        case .timeline: return "the timeline"
        case .browse: return "the tree"
        case .help: return "help"
        }
    }
}

extension State {
    /// The screen that has the keys; nil when the tree at the bottom has them.
    public var topScreen: Screen? { screens.last }

    /// True when the tree and detail are what the user sees (at the bottom, or browsed to from a
    /// screen below).
    public var showsTree: Bool { topScreen?.showsTree ?? true }

    /// Screens kept above the tree at most; the oldest above the tree is dropped first.
    public static let screenLimit = 64

    /// Puts `screen` on top.
    mutating func push(_ screen: Screen) {
        screens.append(screen)
        if screens.count > Self.screenLimit { screens.removeFirst(screens.count - Self.screenLimit) }
    }

    /// Removes the top screen, returning to the one below (or to the tree).
    mutating func pop() {
        if !screens.isEmpty { screens.removeLast() }
        clampScroll()
    }

    /// Replaces the top screen's state (the screen's own update changed it).
    mutating func replaceTop(_ screen: Screen) {
        guard !screens.isEmpty else { return }
        screens[screens.count - 1] = screen
    }
}
