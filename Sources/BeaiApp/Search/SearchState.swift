import BeaiDomain
import BeaiSearch

/// The search prompt and its results while search is open.
public struct SearchState: Sendable {
    public var editor: LineEditor
    public var results: SearchResults
    /// The highlighted result.
    public var selected = 0
    public var offset = 0
    /// The query whose results are awaited from the search thread, when search is deferred
    /// (`State.defersSearch`); the previous results stay on screen meanwhile.
    public var pendingQuery: String?
    /// Position in the history while recalling (nil: editing a new query).
    public var historyPosition: Int?
    /// Where the tree was when search opened, restored by Esc.
    let previousSelection: NodeID
    let previousExpanded: Set<NodeID>

    /// An empty prompt with no results yet.
    init(previousSelection: NodeID, previousExpanded: Set<NodeID>) {
        editor = LineEditor("")
        results = SearchState.run("", index: nil, filter: ProgrammeFilter())
        self.previousSelection = previousSelection
        self.previousExpanded = previousExpanded
    }

    /// Results kept per query; the total is still counted over every match.
    public static let resultLimit = 200

    /// The results of `query` among the programmes `filter` keeps; none while there is no index yet.
    public static func run(_ query: String, index: SearchIndex?, filter: ProgrammeFilter) -> SearchResults {
        index?.search(query, limit: resultLimit, filter: filter.isEmpty ? nil : filter)
            ?? SearchResults(query: query, total: 0, results: [], facets: .empty, hints: [], suggestions: [])
    }

    /// The programme id under the highlight.
    public var selectedProgramme: String? {
        results.results.indices.contains(selected) ? results.results[selected].programmeID : nil
    }
}
