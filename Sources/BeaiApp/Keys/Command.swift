/// An explorer action that a key does, which a config file can bind to other keys.
///
/// Each command has a scope (where its keys act) and default keys. The screens' own `update`
/// code matches the default keys; `Keymap` turns a key the user bound into its command's first
/// default key before the screen sees it.
public enum Command: String, CaseIterable, Sendable {
    // Every screen but a text prompt.
    case quit, help, clearFilters = "clear-filters", export
    // Moving, on every screen but a text prompt.
    case up, down, left, right
    case pageUp = "page-up", pageDown = "page-down", top, bottom
    case open, close
    // The tree and detail.
    case search, nextResult = "next-result", previousResult = "previous-result", compare, pair, mark, focus
    case back, forward, bookmark, bookmarks, filter, sort
    case timeline
    // The detail pane's figures and sources, and the evidence screen.
    case evidence, copyCitation = "copy-citation"
    // The comparison.
    case swap, third, differing, pick, earlierYear = "earlier-year", laterYear = "later-year"
    // The bookmarks.
    case removeBookmark = "remove-bookmark"

    /// Where a command's keys act.
    public enum Scope: Sendable {
        case everywhere, moving, explorer, compare, bookmarks
    }

    public var scope: Scope {
        switch self {
        case .quit, .help, .clearFilters, .export: return .everywhere
        case .up, .down, .left, .right, .pageUp, .pageDown, .top, .bottom, .open, .close: return .moving
        case .search, .nextResult, .previousResult, .compare, .pair, .mark, .focus, .back, .forward, .bookmark,
             .bookmarks, .filter, .sort, .timeline, .evidence, .copyCitation: return .explorer
        case .swap, .third, .differing, .pick, .earlierYear, .laterYear: return .compare
        case .removeBookmark: return .bookmarks
        }
    }

    /// The keys the command has without a config file; the first is the one screens match.
    public var defaultKeys: [Key] {
        switch self {
        case .quit: return [.character("q")]
        case .help: return [.character("?")]
        case .clearFilters: return [.character("F")]
        case .export: return [.character("x"), .control("x")]
        case .up: return [.up, .character("k")]
        case .down: return [.down, .character("j")]
        case .left: return [.left, .character("h")]
        case .right: return [.right, .character("l")]
        case .pageUp: return [.pageUp]
        case .pageDown: return [.pageDown]
        case .top: return [.home, .character("g")]
        case .bottom: return [.end, .character("G")]
        case .open: return [.enter]
        case .close: return [.escape]
        case .search: return [.character("/")]
        case .nextResult: return [.character("n")]
        case .previousResult: return [.character("N")]
        case .compare: return [.character("c")]
        case .pair: return [.character("m")]
        case .mark: return [.character(" ")]
        case .focus: return [.tab, .backTab]
        case .back: return [.character("["), .backspace]
        case .forward: return [.character("]")]
        case .bookmark: return [.character("b")]
        case .bookmarks: return [.character("B")]
        case .filter: return [.character("f")]
        case .sort: return [.character("s")]
        case .timeline: return [.character("T")]
        case .evidence: return [.character("e")]
        case .copyCitation: return [.character("y")]
        case .swap: return [.character("s")]
        case .third: return [.character("t")]
        case .differing: return [.character("d")]
        case .pick: return [.character("p")]
        case .earlierYear: return [.character("<"), .character(",")]
        case .laterYear: return [.character(">"), .character(".")]
        case .removeBookmark: return [.character("d")]
        }
    }

    /// What it does, for the config example.
    public var summary: String {
        switch self {
        case .quit: return "quit"
        case .help: return "show or hide the keys"
        case .clearFilters: return "clear every filter"
        case .export: return "export what the screen shows to a file"
        case .up, .down, .left, .right: return "move \(rawValue)"
        case .pageUp, .pageDown: return "move or scroll by a page"
        case .top: return "first"
        case .bottom: return "last"
        case .open: return "open, expand, follow a link, apply"
        case .close: return "back to the screen before"
        case .search: return "search"
        case .nextResult: return "next result of the last search"
        case .previousResult: return "previous result of the last search"
        case .compare: return "compare governments"
        case .pair: return "compare the two marked programmes"
        case .mark: return "mark a programme for comparison"
        case .focus: return "switch between the tree and the detail"
        case .back: return "back to the place visited before"
        case .forward: return "forward again"
        case .bookmark: return "bookmark the selected programme"
        case .bookmarks: return "list the bookmarks"
        case .filter: return "filter the tree by facet"
        case .sort: return "order the programmes inside each pillar"
        case .timeline: return "timeline of the selection, the compared governments or the results"
        case .evidence: return "the passage behind the selected figure or source line"
        case .copyCitation: return "copy the citation of the selected figure or source line, or of the evidence shown"
        case .swap: return "compare: swap the selected column with the next"
        case .third: return "compare: add or remove a third government"
        case .differing: return "compare: only the pillars that differ"
        case .pick: return "compare: pick the governments or unions of them"
        case .earlierYear: return "compare: the budgets of the year before"
        case .laterYear: return "compare: the budgets of the year after"
        case .removeBookmark: return "bookmarks: remove the highlighted one"
        }
    }
}
