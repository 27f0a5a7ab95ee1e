import BeaiBuiltinData
import BeaiDomain
import Foundation
import Testing

/// The four public documents, where the project's checkout keeps them: `../shared/sources` from
/// the package root, as `.ci/run` looks for them. A clone elsewhere has none, and the tests that
/// need them are skipped with a note saying so.
enum SharedSources {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "../shared/sources").standardizedFileURL.path

    static var isPresent: Bool { FileManager.default.fileExists(atPath: directory) }
}

/// The built-in data against the real documents: every citation points at its paragraph.
@Suite(.enabled(if: SharedSources.isPresent, "no source documents at ../shared/sources: provenance of the built-in data not checked"))
struct BuiltinProvenanceTests {
    @Test func everyCitationOfTheBuiltInDataPointsRight() {
        let files = BuiltinData.files.map { DataFile(path: $0.path, contents: $0.contents) }
        let problems = ProvenanceCheck.problems(in: files, sourcesDirectory: SharedSources.directory)
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }
}
