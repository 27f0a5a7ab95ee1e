import BeaiDomain
import Foundation

/// JSON as every command and the explorer's export write it: sorted keys, pretty printed.
public enum JSONOutput {
    /// `value` as JSON text.
    public static func string(_ value: some Encodable) throws(ExportError) -> String {
        do {
            return String(decoding: try ProgrammeJSON.encoder().encode(value), as: UTF8.self)
        } catch {
            throw ExportError("cannot encode JSON: \(error)")
        }
    }
}

/// Why an export could not be written.
public struct ExportError: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) { self.description = description }
}
