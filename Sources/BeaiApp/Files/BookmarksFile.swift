import Foundation

/// Where the explorer keeps bookmarks across runs: `$XDG_STATE_HOME/beai/bookmarks` (default
/// `~/.local/state/beai/bookmarks`), one programme id per line, oldest first; lines starting with
/// `#` are comments. Reading never fails: a missing, empty, unreadable or garbled file gives no
/// bookmarks; all but a missing one (a new user's normal case, whose first frame keeps its keys)
/// also give a notice for the footer. Writing replaces the file atomically; a garbled or
/// unreadable file is first set aside as `bookmarks.broken`, so that nothing is lost.
/// Used by the command line, never by `update`.
public struct BookmarksFile: Sendable {
    public let url: URL

    public init(url: URL) { self.url = url }

    /// The bookmarks file the XDG base-directory rules give for `environment`, or nil without a home.
    public init?(environment: [String: String]) {
        guard let url = StateDirectory.file("bookmarks", environment: environment) else { return nil }
        self.url = url
    }

    /// What reading the file gave.
    public struct Loaded: Hashable, Sendable {
        /// The bookmarked ids, oldest first; empty unless the file was read whole.
        public var ids: [String]
        /// A one-line notice when the explorer starts with no bookmarks because of the file.
        public var notice: String?
        /// True when the file exists but could not be used: it is set aside before the first save.
        public var setAside: Bool
    }

    /// Files larger than this are not bookmarks.
    static let sizeLimit = 1_000_000

    /// The bookmarks in the file, or none with a notice that says why.
    public func load() -> Loaded {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else {
            return Loaded(ids: [], notice: nil, setAside: false)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return Loaded(ids: [], notice: "Bookmarks not read: \(path) is unreadable. Starting with none.", setAside: true)
        }
        guard data.count <= Self.sizeLimit, let text = String(data: data, encoding: .utf8),
              let ids = Self.ids(in: text)
        else {
            return Loaded(ids: [], notice: "Bookmarks not read: \(path) is not a list of ids (kept as bookmarks.broken). Starting with none.",
                          setAside: true)
        }
        if ids.isEmpty {
            return Loaded(ids: [], notice: "No bookmarks yet: \(path) is empty. b on a programme bookmarks it.", setAside: false)
        }
        return Loaded(ids: ids, notice: nil, setAside: false)
    }

    /// The ids of the file's lines, in order and without repeats; nil when a line is not an id.
    static func ids(in text: String) -> [String]? {
        var ids: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard trimmed.count <= 200, trimmed.unicodeScalars.allSatisfy(Self.isSlugScalar) else { return nil }
            if !ids.contains(trimmed) { ids.append(trimmed) }
        }
        return ids
    }

    private static func isSlugScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" || scalar == "."
    }

    /// Writes `ids` in place of the file; when `setAside`, the old file is first renamed to
    /// `bookmarks.broken` (or `bookmarks.broken.N` if that exists). Throws when it cannot write.
    public func save(_ ids: [String], setAside: Bool = false) throws {
        if setAside, FileManager.default.fileExists(atPath: url.path) {
            var target = url.appendingPathExtension("broken")
            var number = 1
            while FileManager.default.fileExists(atPath: target.path) {
                target = url.appendingPathExtension("broken.\(number)")
                number += 1
            }
            try FileManager.default.moveItem(at: url, to: target)
        }
        let text = "# beai bookmarks: one programme id per line, oldest first\n" + ids.map { $0 + "\n" }.joined()
        try AtomicFile.write(text, to: url, createDirectory: true)
    }
}
