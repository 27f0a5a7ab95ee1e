import BeaiDomain

/// A failure a command reports to the user in one message, with its exit code.
enum CommandFailure: Error {
    case needsTerminal
    case data(DataError)
    case unknownID(kind: String, value: String, suggestions: [String])
    case message(String)

    var message: String {
        switch self {
        case .needsTerminal:
            return """
                the explorer needs a terminal (stdin and stdout must both be one).
                To print data instead, run: beai list, beai show ID, or beai --help for every command.
                """
        case let .data(error):
            return error.description
        case let .unknownID(kind, value, suggestions):
            let hint = suggestions.isEmpty
                ? "" : "\nDid you mean: \(suggestions.joined(separator: ", "))?"
            return "no \(kind) with id \"\(value)\".\(hint)"
        case let .message(text):
            return text
        }
    }

    /// The programme with `id`, or the failure that names the nearest ids.
    static func programme(_ id: String, in dataset: Dataset) throws(CommandFailure) -> Programme {
        guard let programme = dataset.programme(id) else {
            throw .unknownID(
                kind: "programme", value: id,
                suggestions: Suggestions.nearest(to: id, among: dataset.programmes.map(\.id), limit: 5))
        }
        return programme
    }

    var exitCode: Int32 {
        switch self {
        case .needsTerminal: return ExitStatus.usage
        default: return ExitStatus.failure
        }
    }
}
