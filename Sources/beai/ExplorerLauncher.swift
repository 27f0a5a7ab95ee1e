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
        let index = try? SearchIndex(dataset: dataset)
        let historyFile = SearchHistoryFile(environment: ProcessInfo.processInfo.environment)
        var history = historyFile?.load() ?? []
        let status = TerminalScreen.run { display, width, height in
            var state = State(dataset: dataset, width: width, height: height, display: display,
                              searchIndex: index, history: history)
            if let query { state.openSearch(query: query) }
            return state
        } onExit: { state in
            history = state.history
        }
        historyFile?.save(history)
        if status != 0 { throw ExitCode(status) }
    }
}
