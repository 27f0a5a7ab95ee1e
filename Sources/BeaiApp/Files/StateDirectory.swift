import Foundation

/// Where the explorer keeps what it remembers across runs (search history, bookmarks):
/// `$XDG_STATE_HOME/beai/` (default `~/.local/state/beai/`), and the one safe way it writes there.
public enum StateDirectory {
    /// The file `name` in the state directory the XDG base-directory rules give for
    /// `environment`, or nil without an absolute `XDG_STATE_HOME` or `HOME`.
    public static func file(_ name: String, environment: [String: String]) -> URL? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state).appending(path: "beai/\(name)")
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return URL(fileURLWithPath: home).appending(path: ".local/state/beai/\(name)")
        }
        return nil
    }

    /// Writes `text` to `url` through a temporary file in the same directory renamed into place,
    /// so that a reader never sees half a file and a failed write leaves the old one whole.
    public static func writeAtomically(_ text: String, to url: URL) throws {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appending(
            path: ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
