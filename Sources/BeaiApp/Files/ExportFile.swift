import BeaiDomain
import BeaiExport
import Foundation

/// Writes the exports the explorer asks for (`State.exportRequest`) in the format their name
/// gives, with the command line's writers, atomically, and never over a file unless asked.
/// Used by the command line's event loop, never by `update`.
public enum ExportFile {
    /// Writes `request`'s file, a relative name under `directory`, `~/` under `home`; says what
    /// came of it.
    public static func perform(_ request: ExportRequest, dataset: Dataset, directory: URL, home: String?) -> ExportOutcome {
        let url = resolve(request.path, directory: directory, home: home)
        let path = url.path
        var isDirectory: ObjCBool = false
        let folder = url.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .failed(path: path, reason: "there is no directory \(folder)")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return .failed(path: path, reason: "\(path) is a directory") }
            if !request.overwrite { return .exists(path: path) }
        }
        do {
            try AtomicFile.write(try text(of: request, dataset: dataset), to: url, createDirectory: false)
        } catch {
            return .failed(path: path, reason: reason(error))
        }
        return .written(path: path, programmes: request.content.programmes.count)
    }

    /// The file's text: a Markdown report, the CSV of `beai export`, or the command line's JSON
    /// (one object for a programme or a comparison, an array of programmes otherwise).
    public static func text(of request: ExportRequest, dataset: Dataset) throws(ExportError) -> String {
        let content = request.content
        switch request.format {
        case .markdown:
            switch content {
            case let .programmes(title, programmes):
                return ProgrammeMarkdown.report(title: title, notes: request.notes, programmes, dataset: dataset)
            case let .government(node): return TreeMarkdown.report(node, notes: request.notes, dataset: dataset)
            case let .pillar(node): return TreeMarkdown.report(node, notes: request.notes, dataset: dataset)
            case let .programme(programme): return ProgrammeMarkdown.report(programme, notes: request.notes, dataset: dataset)
            case let .comparison(comparison, year):
                return ComparisonReport(comparison: comparison, dataset: dataset, year: year)
                    .report(notes: request.notes)
            case let .timeline(title, timeline):
                return ProgrammeMarkdown.heading("Timeline: \(title)", notes: request.notes, dataset: dataset)
                    .joined(separator: "\n") + "\n"
                    + TimelineReport(timeline: timeline, dataset: dataset, governments: governments(of: timeline), pillar: nil).markdown
            }
        case .csv:
            return ProgrammeCSV.document(content.programmes, dataset: dataset)
        case .json:
            switch content {
            case let .programme(programme): return try JSONOutput.string(ProgrammeJSON(programme)) + "\n"
            case let .comparison(comparison, year):
                return try JSONOutput.string(ComparisonJSON(comparison, year: year)) + "\n"
            case let .timeline(_, timeline):
                return try JSONOutput.string(TimelineJSON(timeline, governments: governments(of: timeline), pillar: nil)) + "\n"
            default: return try JSONOutput.string(content.programmes.map(ProgrammeJSON.init)) + "\n"
            }
        }
    }

    /// The governments of a timeline's programmes, in the order they first appear.
    private static func governments(of timeline: Timeline) -> [String] {
        var seen: Set<String> = []
        return (timeline.rows.map(\.programme) + timeline.undated).map(\.government).filter { seen.insert($0).inserted }
    }

    /// The file `path` names: absolute, under `home` for `~/`, else under `directory`.
    static func resolve(_ path: String, directory: URL, home: String?) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL }
        if path.hasPrefix("~/"), let home { return URL(fileURLWithPath: home).appending(path: String(path.dropFirst(2))).standardizedFileURL }
        return directory.appending(path: path).standardizedFileURL
    }

    /// A write error in a few words: the system's reason when there is one.
    private static func reason(_ error: any Error) -> String {
        if let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain,
           let message = strerror(Int32(posix.code)).map({ String(cString: $0) }) {
            return message.lowercased()
        }
        return (error as? ExportError)?.description ?? error.localizedDescription
    }
}
