import BeaiDomain
import Foundation

/// JSON as every command prints it.
enum JSONOutput {
    static func string(_ value: some Encodable) throws(CommandFailure) -> String {
        do {
            return String(decoding: try ProgrammeJSON.encoder().encode(value), as: UTF8.self)
        } catch {
            throw .message("cannot encode JSON: \(error)")
        }
    }
}
