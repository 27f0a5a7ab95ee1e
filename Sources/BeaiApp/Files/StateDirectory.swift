import Foundation

/// Where the explorer keeps what it remembers across runs (search history, bookmarks):
/// `$XDG_STATE_HOME/beai/` (default `~/.local/state/beai/`). Files there are written with
/// `AtomicFile`.
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
}
