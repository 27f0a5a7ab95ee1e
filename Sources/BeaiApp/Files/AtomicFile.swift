import Foundation

/// The one safe way beai writes a file: through a temporary file in the same directory renamed
/// into place, so that a reader never sees half a file and a failed write leaves the old one
/// whole. Used by the edge (the command line), never by `update`.
public enum AtomicFile {
    /// Writes `text` to `url`, creating its directory first when `createDirectory` is set (the
    /// state directory) and failing when it does not exist otherwise (an export's).
    public static func write(_ text: String, to url: URL, createDirectory: Bool) throws {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appending(
            path: ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            if createDirectory {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            }
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
