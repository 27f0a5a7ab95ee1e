import Foundation

/// A record with the place it was read from, so that problems can point at it.
struct Located<Record> {
    var record: Record
    var file: String
    var index: Int
    var line: Int?

    /// `[3] tremplin-ai` style path prefix for messages.
    func path(id: String) -> String { id.isEmpty ? "[\(index)]" : "[\(index)] \(id)" }
}

/// Every record of a set of data files, with where each was read from, and the problems found
/// while decoding them.
struct LoadedFiles {
    var governments: [Located<Government>] = []
    var pillars: [Located<Pillar>] = []
    var documents: [Located<SourceDocument>] = []
    var organisations: [Located<Organisation>] = []
    var programmes: [Located<Programme>] = []
    var synonyms: [Located<SynonymGroup>] = []
    var competences: [Located<Competence>] = []
    var problems: [DataProblem] = []

    static let requiredFiles = ["governments.json", "pillars.json", "documents.json"]

    init(_ files: [DataFile]) {
        let paths = Set(files.map(\.path))
        for required in Self.requiredFiles where !paths.contains(required) {
            problems.append(DataProblem(file: required, message: "missing: every dataset needs this file"))
        }
        if !files.contains(where: { $0.path.hasPrefix("programmes/") }) {
            problems.append(DataProblem(file: "programmes/", message: "missing: no programme files"))
        }
        for file in files {
            let scan = JSONScan(file.contents)
            for control in scan.controlCharacters {
                problems.append(DataProblem(
                    file: file.path, line: control.line, column: control.column,
                    message: String(format: "control character U+%04X in a string", control.scalar)))
            }
            switch file.path {
            case "governments.json": governments = decode(file, scan)
            case "pillars.json": pillars = decode(file, scan)
            case "documents.json": documents = decode(file, scan)
            case "synonyms.json": synonyms = decode(file, scan)
            case "competences.json": competences = decode(file, scan)
            case let path where path.hasPrefix("organisations/"): organisations += decode(file, scan)
            case let path where path.hasPrefix("programmes/"): programmes += decode(file, scan)
            default:
                problems.append(DataProblem(
                    file: file.path,
                    message: "unexpected file: data files are governments.json, pillars.json, documents.json, "
                        + "synonyms.json, competences.json, organisations/*.json and programmes/*.json"))
            }
        }
    }

    private mutating func decode<Record: Decodable & Sendable>(_ file: DataFile, _ scan: JSONScan) -> [Located<Record>] {
        do {
            var contents = file.contents
            // The decoder reads the text's own bytes: a copy of 84 MB of JSON was the peak's largest part.
            let records = try contents.withUTF8 { bytes in
                if let batched: [Record] = BatchDecoder.decode(bytes, elements: scan.elementRanges) { return batched }
                guard let base = bytes.baseAddress, !bytes.isEmpty else { return try JSONDecoder().decode([Record].self, from: Data()) }
                let view = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none)
                return try JSONDecoder().decode([Record].self, from: view)
            }
            return records.enumerated().map { index, record in
                Located(
                    record: record, file: file.path, index: index,
                    line: index < scan.elementLines.count ? scan.elementLines[index] : nil)
            }
        } catch let error as DecodingError {
            problems.append(Self.problem(for: error, in: file, scan: scan))
        } catch {
            problems.append(DataProblem(file: file.path, message: "cannot read: \(error)"))
        }
        return []
    }

    /// Turns a decoder error into a problem with a line (and column, for malformed JSON) and a path.
    static func problem(for error: DecodingError, in file: DataFile, scan: JSONScan) -> DataProblem {
        func location(_ path: [any CodingKey]) -> (line: Int?, text: String) {
            var text = ""
            var line: Int?
            for (depth, key) in path.enumerated() {
                if let index = key.intValue {
                    text += "[\(index)]"
                    if depth == 0, index < scan.elementLines.count { line = scan.elementLines[index] }
                } else {
                    text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
                }
            }
            return (line, text)
        }
        switch error {
        case let .typeMismatch(type, context), let .valueNotFound(type, context):
            let (line, path) = location(context.codingPath)
            let expected = type == [Any].self || "\(type)".hasPrefix("Array") ? "an array" : "a \(Self.jsonName(of: type))"
            return DataProblem(file: file.path, line: line, path: path, message: "expected \(expected)")
        case let .keyNotFound(key, context):
            let (line, path) = location(context.codingPath)
            return DataProblem(file: file.path, line: line, path: path, message: "missing field \(key.stringValue)")
        case let .dataCorrupted(context):
            if context.codingPath.isEmpty {
                let (line, column) = MalformedJSON.position(of: file.contents)
                return DataProblem(
                    file: file.path, line: line, column: column,
                    message: "malformed JSON: \(MalformedJSON.reason(of: file.contents))")
            }
            let (line, path) = location(context.codingPath)
            return DataProblem(file: file.path, line: line, path: path, message: context.debugDescription)
        @unknown default:
            return DataProblem(file: file.path, message: "cannot read: \(error)")
        }
    }

    private static func jsonName(of type: Any.Type) -> String {
        switch "\(type)" {
        case "String": return "string"
        case "Double", "Int", "Float": return "number"
        case "Bool": return "true or false"
        default: return "object"
        }
    }
}

extension Dataset {
    /// Loads and validates a dataset; throws every problem found, not only the first.
    public static func load(_ files: [DataFile]) throws(DataError) -> Dataset {
        try validated(LoadedFiles(files))
    }

    /// Loads and validates the dataset in a directory laid out as `Resources/` is.
    public static func load(directory: String) throws(DataError) -> Dataset {
        // The files' text is let go once decoded, before the validation runs.
        let loaded = LoadedFiles(try DataFile.read(directory: directory))
        return try validated(loaded)
    }

    private static func validated(_ loaded: LoadedFiles) throws(DataError) -> Dataset {
        let problems = loaded.problems + DatasetValidator(loaded).problems()
        guard problems.isEmpty else { throw .invalid(problems) }
        return loaded.dataset
    }

    /// Every problem in a set of data files; empty when they make a valid dataset.
    public static func problems(in files: [DataFile]) -> [DataProblem] {
        let loaded = LoadedFiles(files)
        return loaded.problems + DatasetValidator(loaded).problems()
    }
}

extension LoadedFiles {
    var dataset: Dataset {
        Dataset(
            governments: governments.map(\.record), pillars: pillars.map(\.record),
            documents: documents.map(\.record), organisations: organisations.map(\.record),
            programmes: programmes.map(\.record), synonyms: synonyms.map(\.record), competences: competences.map(\.record))
    }
}
