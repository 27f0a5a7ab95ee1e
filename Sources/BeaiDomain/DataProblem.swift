/// One problem found while loading or validating a dataset, with where it stands.
public struct DataProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file, relative to the data directory (`programmes/flanders.json`).
    public var file: String
    /// 1-based line in the file, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// The path to the offending value (`[3] tremplin-ai: figures[0].source`), when known.
    public var path: String?
    /// What is wrong, in words a data editor can act on.
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, path: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    /// `file:line:column: path: message`, leaving out what is unknown.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        if let path, !path.isEmpty { return "\(location): \(path): \(message)" }
        return "\(location): \(message)"
    }
}

/// Why a dataset could not be used.
public enum DataError: Error, Sendable, CustomStringConvertible {
    /// The directory does not exist or cannot be read.
    case unreadableDirectory(path: String, reason: String)
    /// The data was read but has problems; every one is listed.
    case invalid([DataProblem])

    public var description: String {
        switch self {
        case let .unreadableDirectory(path, reason):
            return "cannot read the data directory \(path): \(reason)"
        case let .invalid(problems):
            let noun = problems.count == 1 ? "problem" : "problems"
            return "the data has \(problems.count) \(noun):\n"
                + problems.map { "  " + $0.description }.joined(separator: "\n")
        }
    }
}
