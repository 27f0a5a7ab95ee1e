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
        let dataset = try global.loadDataset()
        let historyFile = SearchHistoryFile(environment: ProcessInfo.processInfo.environment)
        var history = historyFile?.load() ?? []
        // The tree paints first; the search index, which the first frame does not need, is built
        // right after it (before the first key is read).
        let status = TerminalScreen.run { display, width, height in
            State(dataset: dataset, width: width, height: height, display: display, history: history)
        } afterFirstFrame: { state in
            state.searchIndex = try? SearchIndex(dataset: dataset)
            if let query { state.openSearch(query: query) }
        } onExit: { state in
            history = state.history
        }
        historyFile?.save(history)
        if status != 0 { throw ExitCode(status) }
    }
}
