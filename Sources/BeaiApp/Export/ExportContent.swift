import BeaiDomain

/// What an export writes: the view it was asked on, as values (the writing and its formats are
/// the edge's, `ExportFile`).
public enum ExportContent: Sendable {
    /// Programmes in the order shown, under a title: the tree, search results, bookmarks, a pair.
    case programmes(title: String, [Programme])
    /// A government's detail.
    case government(PolicyTree.GovernmentNode)
    /// A pillar's detail.
    case pillar(PolicyTree.PillarNode)
    /// One programme.
    case programme(Programme)
    /// Governments (or unions of them) side by side, with the budgets of `year` (the compare
    /// screen's year; nil when no column has a dated amount).
    case comparison(GovernmentComparison, year: Int?)
    /// Programmes on a year axis, under a title.
    case timeline(title: String, Timeline)

    /// The programmes it holds, in order: the rows of its CSV and of its JSON array.
    public var programmes: [Programme] {
        switch self {
        case let .programmes(_, programmes): return programmes
        case let .government(node): return node.pillars.flatMap(\.programmes)
        case let .pillar(node): return node.programmes
        case let .programme(programme): return [programme]
        case let .comparison(comparison, _):
            var seen: Set<String> = []
            return comparison.rows.flatMap { row in row.cells.flatMap(\.programmes) }.filter { seen.insert($0.id).inserted }
        case let .timeline(_, timeline): return timeline.rows.map(\.programme) + timeline.undated
        }
    }
}

/// The file formats of an export, chosen by the file name's extension.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// `.md`: a report with the figures and their citations, ready to paste.
    case markdown
    /// `.csv`: the columns of `beai export --format csv`.
    case csv
    /// `.json`: the keys of the command line's JSON.
    case json

    /// The format a file name's extension asks for (`.md`, `.markdown`, `.csv`, `.json`, any
    /// case), or nil for another.
    public init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "md", "markdown": self = .markdown
        case "csv": self = .csv
        case "json": self = .json
        default: return nil
        }
    }
}

/// An export the explorer asks the edge to write; `update` only makes it.
public struct ExportRequest: Sendable {
    /// The file name as typed: relative to the current directory, or absolute, or from `~/`.
    public let path: String
    /// The format the name's extension asks for.
    public let format: ExportFormat
    /// What to write.
    public let content: ExportContent
    /// What selected and ordered the content, a line each ("Filter: …", "Order: …").
    public let notes: [String]
    /// True once the user has said `y` to replacing the file.
    public let overwrite: Bool

    public init(path: String, format: ExportFormat, content: ExportContent, notes: [String], overwrite: Bool) {
        self.path = path
        self.format = format
        self.content = content
        self.notes = notes
        self.overwrite = overwrite
    }
}

/// What writing an export came to, for the footer.
public enum ExportOutcome: Hashable, Sendable {
    /// Written to `path` (absolute), with this many programmes.
    case written(path: String, programmes: Int)
    /// Not written: `path` exists and replacing it was not confirmed.
    case exists(path: String)
    /// Not written, and why.
    case failed(path: String, reason: String)
}
