import BeaiDomain
import BeaiSearch
import BeaiTUI
import Foundation

extension State {
    /// Opens the search prompt on `query`. Before the index is ready the prompt edits as usual
    /// and the results come when it arrives.
    public mutating func openSearch(query: String) {
        var opened = SearchState(previousSelection: selection, previousExpanded: expanded)
        opened.editor.insert(query)
        rerun(&opened, index: searchIndex)
        if case .help? = topScreen { pop() }
        push(.search(opened))
    }

    /// Shows the results of a deferred search, if they answer the query still awaited with the
    /// filter still on.
    public mutating func searchArrived(_ results: SearchResults, filter searched: ProgrammeFilter) {
        guard case var .search(current) = topScreen, current.pendingQuery == results.query, searched == filter else { return }
        current.results = results
        current.pendingQuery = nil
        current.selected = 0
        current.offset = 0
        replaceTop(.search(current))
    }

    /// The layout rows the results list has.
    var searchListRows: Int { max(1, Layout(width: width, height: height).tree.height - 2 - SearchLayout.headerRows) }

    /// Installs the search index built after the first frame (nil: it could not be built), and
    /// runs the searches on the stack on it.
    public mutating func indexReady(_ index: SearchIndex?) {
        searchIndex = index
        indexPending = false
        rerunSearches()
    }

    /// Runs the searches on the stack again (the index arrived, the filter changed).
    mutating func rerunSearches() {
        for (position, screen) in screens.enumerated() {
            guard case var .search(current) = screen else { continue }
            let recalled = current.historyPosition
            rerun(&current, index: searchIndex)
            current.historyPosition = recalled
            screens[position] = .search(current)
        }
    }

    mutating func searchKey(_ key: Key, _ search: SearchState) {
        var current = search
        switch key {
        case .escape:
            selection = current.previousSelection
            expanded = current.previousExpanded
            pop()
            return
        case .enter:
            // Enter acts on the results of what is typed, even if they have not arrived yet.
            if current.pendingQuery != nil { rerun(&current, index: searchIndex, deferring: false) }
            closeSearch(current)
            return
        case .down:
            current.selected = min(current.selected + 1, max(0, current.results.results.count - 1))
        case .up:
            if current.editor.text.isEmpty || current.historyPosition != nil {
                recallHistory(&current, step: -1, index: searchIndex)
            } else {
                current.selected = max(0, current.selected - 1)
            }
        case .control("p"):
            recallHistory(&current, step: -1, index: searchIndex)
        case .control("n"):
            recallHistory(&current, step: 1, index: searchIndex)
        case .pageDown:
            current.selected = min(current.selected + searchListRows, max(0, current.results.results.count - 1))
        case .pageUp:
            current.selected = max(0, current.selected - searchListRows)
        case .tab:
            complete(&current, index: searchIndex)
        case .control("t"):
            openTimeline(results: current)
            return
        default:
            let before = current.editor.text
            guard current.editor.apply(key) else { return }
            if current.editor.text != before { rerun(&current, index: searchIndex) }
        }
        current.offset = ListView.visibleOffset(
            selected: current.selected, offset: current.offset, height: searchListRows, count: current.results.results.count)
        replaceTop(.search(current))
    }

    /// Searches the edited query now, or marks it pending when `deferring` (by default, when search
    /// is deferred).
    mutating func rerun(_ current: inout SearchState, index: SearchIndex?, deferring: Bool? = nil) {
        if deferring ?? defersSearch, index != nil {
            current.pendingQuery = current.editor.text
        } else {
            current.results = SearchState.run(current.editor.text, index: index, filter: filter)
            current.pendingQuery = nil
        }
        current.selected = 0
        current.offset = 0
        current.historyPosition = nil
    }

    private mutating func recallHistory(_ current: inout SearchState, step: Int, index: SearchIndex?) {
        guard !history.isEmpty else { return }
        let position = (current.historyPosition ?? history.count) + step
        guard position >= 0 else { return }
        if position >= history.count {
            current.historyPosition = nil
            current.editor.replace(with: "")
        } else {
            current.historyPosition = position
            current.editor.replace(with: history[position])
        }
        let kept = current.historyPosition
        rerun(&current, index: index)
        current.historyPosition = kept
    }

    private mutating func complete(_ current: inout SearchState, index: SearchIndex?) {
        let word = current.editor.wordBeforeCursor
        guard let options = index?.completions(for: word.text), let first = options.first else { return }
        let common = options.dropFirst().reduce(first) { prefix, option in
            String(zip(prefix, option).prefix { $0 == $1 }.map(\.0))
        }
        guard common.count >= word.text.count else { return }
        current.editor.replace(word.range, with: common)
        rerun(&current, index: index)
    }

    /// Enter: keeps the query in the history and opens the highlighted result over the search,
    /// so that Esc comes back to the results; with no result the search closes.
    private mutating func closeSearch(_ current: SearchState) {
        let query = current.editor.text.trimmingCharacters(in: .whitespaces)
        if !query.isEmpty {
            history.removeAll { $0 == query }
            history.append(query)
            if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
        }
        guard let id = current.selectedProgramme else {
            selection = current.previousSelection
            expanded = current.previousExpanded
            pop()
            return
        }
        replaceTop(.search(current))
        lastResults = current.results.results.map(\.programmeID)
        lastResultPosition = current.selected
        push(.browse)
        focus = .tree
        go(to: .programme(id))
    }

    /// Goes to the next (`1`) or previous (`-1`) result of the last search, wrapping around.
    mutating func nextResult(by step: Int) {
        guard !lastResults.isEmpty else { return }
        lastResultPosition = (lastResultPosition + step + lastResults.count) % lastResults.count
        go(to: .programme(lastResults[lastResultPosition]))
    }

    /// Queries kept in the history.
    public static let historyLimit = 200
}

/// Rows above the results list in the search pane: the prompt, the facets, a rule.
enum SearchLayout {
    static let headerRows = 4
}
