import Foundation

/// Where the explorer keeps earlier search queries across runs: `$XDG_STATE_HOME/beai/history`
/// (default `~/.local/state/beai/history`), one query per line. Reading never fails (a missing or
/// unreadable file is an empty history); writing replaces the file atomically and reports nothing.
/// Used by the command line at start and at exit, never by `update`.
public struct SearchHistoryFile: Sendable {
    public let url: URL

    public init(url: URL) { self.url = url }

    /// The history file the XDG base-directory rules give for `environment`, or nil without a home.
    public init?(environment: [String: String]) {
        guard let url = StateDirectory.file("history", environment: environment) else { return nil }
        self.url = url
    }

    /// The queries, oldest first; lines that are not clean text are skipped.
    public func load(limit: Int = State.historyLimit) -> [String] {
        guard let data = try? Data(contentsOf: url), data.count < 1_000_000,
              let text = String(data: data, encoding: .utf8)
        else { return [] }
        let queries = text.split(separator: "\n").map(String.init).filter { line in
            !line.isEmpty && line.count <= 1_000 && line.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
        }
        return Array(queries.suffix(limit))
    }

    /// Writes `queries` through a temporary file renamed into place; errors are ignored because
    /// losing the history must never stop the explorer.
    public func save(_ queries: [String]) {
        try? AtomicFile.write(queries.joined(separator: "\n") + "\n", to: url, createDirectory: true)
    }
}
