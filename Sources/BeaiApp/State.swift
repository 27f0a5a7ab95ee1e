import BeaiDomain
import BeaiSearch

/// The pane that has the keyboard.
public enum Focus: Hashable, Sendable {
    case tree, detail
}

/// The whole state of the explorer: one value, changed only by `update`.
public struct State: Sendable {
    public let dataset: Dataset
    /// The tree as shown: the programmes `filter` keeps, in `order` inside each pillar.
    public internal(set) var tree: PolicyTree
    /// The tree of every programme, for the "0 of N" of what a filter leaves empty.
    public let unfilteredTree: PolicyTree
    /// The programmes `filter` keeps in tree order: what the comparison reads, which keeps its
    /// own order whatever `order` the tree shows.
    public internal(set) var filteredTree: PolicyTree
    /// The filter the tree shows; empty, it keeps every programme.
    public internal(set) var filter = ProgrammeFilter()
    /// The order of the programmes inside each pillar of the tree.
    public internal(set) var order: ProgrammeOrder = .tree
    /// The programmes' facets as small integers, built the first time a filter or an order needs
    /// them (the built-in data: under a millisecond; 100,000 programmes: see BENCHMARKS.md).
    var filterIndex: FilterIndex?
    /// What `filter` keeps, by position in `filterIndex`; nil when it keeps every programme.
    var kept: [Bool]?
    /// The positions of `filterIndex` in `order`; nil in tree order.
    var arrangement: [Int]?
    public var display: Display

    public var width: Int
    public var height: Int
    public var expanded: Set<NodeID> = []
    public var selection: NodeID
    public var treeOffset = 0
    public var focus: Focus = .tree
    public var detailOffset = 0
    /// The selected link (related or listed programme) of the detail pane, when it has focus.
    public var detailLink: Int?
    public var shouldQuit = false
    /// Programmes marked with Space, for a side-by-side comparison.
    public var marked: [String] = []

    /// The screens above the tree, bottom first; the last one has the keys (see `Screen`).
    public var screens: [Screen] = []
    /// The places visited, for `[` and `]`.
    public var navigation = NavigationHistory()
    /// Bookmarked programme ids, in the order they were added; the CLI loads and saves them.
    /// An id may name no programme of this dataset: it is listed as missing, never dropped.
    public var bookmarks: [String] = []
    /// The keys of each command: the defaults, or as a config file binds them.
    public var keymap = Keymap.standard
    /// A one-line notice in the footer, cleared by the next key.
    public var message: String?
    /// A file the export prompt asks to write: the edge writes it and answers with
    /// `exportFinished`, so that `update` stays free of I/O.
    public internal(set) var exportRequest: ExportRequest?

    /// The source documents' texts, each read when the evidence screen first needs it (never at
    /// start-up); nil when beai has nowhere to look for them.
    public var sources: SourceLibrary?
    /// True when the terminal takes the OSC 52 escape, so that `y` can copy a citation.
    public var canCopy = true
    /// Text for the terminal to put on the clipboard (OSC 52) once this update is applied: the
    /// backend sends it and clears it.
    public var pendingCopy: String?

    /// The search index; search finds nothing while it is nil.
    public var searchIndex: SearchIndex?
    /// True while the index is being built (after the first frame); false once it has arrived,
    /// or when it never will (then search says it is unavailable).
    public var indexPending = false
    /// When set, a changed query is not searched in `update`: the search is marked pending and the
    /// terminal runs it on a thread of its own, handing the results to `searchArrived`. For large
    /// datasets, where one search can take longer than a frame, so typing never waits for it.
    public var defersSearch = false
    /// When set, a timeline of many programmes is laid out by the terminal on a thread of its
    /// own (`pendingTimelines`, `timelineArrived`), so that opening it never delays a frame.
    public var defersTimeline = false
    /// Timelines asked for so far, to tell their requests apart.
    var timelineRequests = 0
    /// Earlier queries, oldest first; the CLI loads and saves them.
    public var history: [String] = []
    /// The programme ids of the last search run with Enter, for `n` and `N`.
    public var lastResults: [String] = []
    public var lastResultPosition = 0

    public init(
        dataset: Dataset, width: Int, height: Int, display: Display = .unicodeColour,
        searchIndex: SearchIndex? = nil, history: [String] = [], bookmarks: [String] = []
    ) {
        self.dataset = dataset
        self.searchIndex = searchIndex
        self.history = history
        self.bookmarks = bookmarks
        tree = PolicyTree(dataset)
        unfilteredTree = tree
        filteredTree = tree
        self.display = display
        self.width = width
        self.height = height
        selection = .government(dataset.governments.first?.id ?? "")
    }

    /// The smallest terminal the explorer draws in.
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// The rows of the tree as shown, with expanded nodes opened; while a filter is on, each
    /// government and pillar also says how many initiatives it holds unfiltered.
    public var rows: [TreeRow] {
        var rows: [TreeRow] = []
        let filtered = kept != nil
        for (index, node) in tree.governments.enumerated() {
            let id = NodeID.government(node.government.id)
            let open = expanded.contains(id)
            let whole = unfilteredTree.governments.indices.contains(index) ? unfilteredTree.governments[index] : nil
            rows.append(TreeRow(node: id, depth: 0, title: node.government.name, count: node.count,
                                initiatives: node.roles.initiatives, total: filtered ? whole?.roles.initiatives : nil,
                                expandable: !node.pillars.isEmpty, expanded: open))
            guard open else { continue }
            for (offset, pillar) in node.pillars.enumerated() {
                let pillarID = NodeID.pillar(government: node.government.id, pillar: pillar.pillar.id)
                let pillarOpen = expanded.contains(pillarID)
                let all = whole.flatMap { $0.pillars.indices.contains(offset) ? $0.pillars[offset].roles.initiatives : nil }
                rows.append(TreeRow(node: pillarID, depth: 1, title: pillar.pillar.name, count: pillar.programmes.count,
                                    initiatives: pillar.roles.initiatives, total: filtered ? all : nil,
                                    expandable: true, expanded: pillarOpen))
                guard pillarOpen else { continue }
                for programme in pillar.programmes {
                    rows.append(TreeRow(node: .programme(programme.id), depth: 2, title: programme.name, count: 1,
                                        initiatives: 0, total: nil, expandable: false, expanded: false))
                }
            }
        }
        return rows
    }

    /// Index of the selection among `rows`.
    public var selectedRow: Int? { rows.firstIndex { $0.node == selection } }

    /// The government and pillar nodes above a node.
    public func ancestors(of node: NodeID) -> [NodeID] {
        switch node {
        case .government: return []
        case let .pillar(government, _): return [.government(government)]
        case let .programme(id):
            guard let programme = dataset.programme(id) else { return [] }
            return [.government(programme.government),
                    .pillar(government: programme.government, pillar: programme.pillar)]
        }
    }

    /// The node's parent, if any.
    public func parent(of node: NodeID) -> NodeID? { ancestors(of: node).last }
}
