/// Something wrong in a config file: where (line 1 is the first; 0 when the whole file is at
/// fault) and what, worded for the user.
public struct ConfigProblem: Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// `line 3: unknown theme "blu" ...`, or the message alone for the whole file.
    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}
