import ArgumentParser
import BeaiApp
import BeaiDomain
import BeaiSearch
import BeaiTerminal
import Foundation

/// Starts the explorer on the terminal, optionally with the search open on a query.
enum ExplorerLauncher {
    static func run(global: GlobalOptions, search query: String?) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CommandFailure.needsTerminal
        }
        if let problem = TerminalCheck.problem() { throw CommandFailure.message(problem) }
        let dataset = try global.loadDataset(announce: true)
        let historyFile = SearchHistoryFile(environment: ProcessInfo.processInfo.environment)
        var history = historyFile?.load() ?? []
        // The tree paints first; the search index, which the first frame does not need, is built
        // on another thread meanwhile, and search shows "Indexing…" until it arrives.
        let status = TerminalScreen.run { display, width, height in
            var state = State(dataset: dataset, width: width, height: height, display: display, history: history)
            state.indexPending = true
            // A search over the built-in data takes about a millisecond and is run with the key that
            // asks; over tens of thousands of programmes it can take longer than a frame.
            state.defersSearch = dataset.programmes.count > 10_000
            if let query { state.openSearch(query: query) }
            return state
        } afterFirstFrame: {
            let index = try? SearchIndex(dataset: dataset)
            return { state in state.indexReady(index) }
        } onExit: { state in
            history = state.history
        }
        historyFile?.save(history)
        if status != 0 { throw ExitCode(status) }
    }
}
