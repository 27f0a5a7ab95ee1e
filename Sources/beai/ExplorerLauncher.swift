import ArgumentParser
import BeaiApp
import BeaiConfig
import BeaiDomain
import BeaiSearch
import BeaiTerminal
import Foundation

/// Starts the explorer on the terminal, optionally with the search open on a query.
enum ExplorerLauncher {
    static func run(global: GlobalOptions, search query: String?, noColor: Bool = false) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CommandFailure.needsTerminal
        }
        if let problem = TerminalCheck.problem() { throw CommandFailure.message(problem) }
        let dataset = try global.loadDataset(announce: true)
        let environment = ProcessInfo.processInfo.environment
        let historyFile = SearchHistoryFile(environment: environment)
        var history = historyFile?.load() ?? []
        var bookmarks = BookmarkKeeper(file: BookmarksFile(environment: environment))
        let configFile = ConfigFile(environment: environment)
        let loaded = configFile?.load()
        let config = loaded?.config ?? Config()
        // The tree paints first; the search index, which the first frame does not need, is built
        // on another thread meanwhile, and search shows "Indexing…" until it arrives.
        let status = TerminalScreen.run(appearance: config.appearance(noColor: noColor)) { display, width, height in
            var state = State(dataset: dataset, width: width, height: height, display: display, history: history,
                              bookmarks: bookmarks.saved)
            state.keymap = config.keymap
            state.message = configNotice(loaded, at: configFile) ?? bookmarks.notice
            state.indexPending = true
            // A search over the built-in data takes about a millisecond and is run with the key that
            // asks; over tens of thousands of programmes it can take longer than a frame.
            state.defersSearch = dataset.programmes.count > 10_000
            state.defersTimeline = true
            state.sort(by: config.sort)
            if let query { state.openSearch(query: query) } else { state.open(config.startScreen) }
            return state
        } afterFirstFrame: {
            let index = try? SearchIndex(dataset: dataset)
            return { state in state.indexReady(index) }
        } afterUpdate: { state in
            bookmarks.keep(&state)
            if let request = state.exportRequest {
                state.exportFinished(ExportFile.perform(
                    request, dataset: state.dataset, directory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                    home: environment["HOME"]))
            }
        } onExit: { state in
            history = state.history
        }
        historyFile?.save(history)
        if status != 0 { throw ExitCode(status) }
    }

    /// The footer's notice for a config file with problems: the first, and how to see them all.
    private static func configNotice(_ loaded: ConfigFile.Loaded?, at file: ConfigFile?) -> String? {
        guard let loaded, let file, let first = loaded.problems.first else { return nil }
        let more = loaded.problems.count > 1 ? " (and \(loaded.problems.count - 1) more)" : ""
        return "\(file.url.lastPathComponent):\(first.line): \(first.message); default kept\(more). beai config check lists them."
    }
}

/// Saves the explorer's bookmarks whenever they change, and says in the footer when it cannot.
struct BookmarkKeeper {
    let file: BookmarksFile?
    /// The bookmarks as last read or written.
    private(set) var saved: [String]
    /// The notice reading gave, for the first frame's footer.
    let notice: String?
    private var setAside: Bool

    init(file: BookmarksFile?) {
        self.file = file
        guard let loaded = file?.load() else {
            saved = []
            notice = "Bookmarks are not kept across runs: neither XDG_STATE_HOME nor HOME is set."
            setAside = false
            return
        }
        saved = loaded.ids
        notice = loaded.notice
        setAside = loaded.setAside
    }

    /// Writes `state.bookmarks` if they changed since the last write.
    mutating func keep(_ state: inout State) {
        guard state.bookmarks != saved, let file else { return }
        do {
            try file.save(state.bookmarks, setAside: setAside)
            saved = state.bookmarks
            setAside = false
        } catch {
            saved = state.bookmarks
            state.message = "Bookmarks not saved to \(file.url.path): \(error.localizedDescription)"
        }
    }
}

