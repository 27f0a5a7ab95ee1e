import BeaiApp
import BeaiDomain
import BeaiTUI
import Foundation
import Testing

/// The explorer fixture dataset and helpers to drive the app with keys.
enum AppFixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    static func dataset() throws -> Dataset {
        try Dataset.load(directory: directory.appending(path: "Fixtures/explorer").path)
    }

    static func state(width: Int = 100, height: Int = 30, display: Display = .unicodeColour) throws -> State {
        State(dataset: try dataset(), width: width, height: height, display: display)
    }

    /// The fixture's source documents (invented texts laid out like the real ones; the AI &
    /// Partners brief is left out, so that a missing document is also part of the fixture).
    static let sources = directory.appending(path: "Fixtures/sources").path

    /// A state whose source documents are read from `directory`.
    static func state(sources directory: String, width: Int = 100, height: Int = 30,
                      display: Display = .unicodeColour) throws -> State {
        var state = try state(width: width, height: height, display: display)
        state.sources = SourceLibrary(location: SourcesLocation(directory: directory, origin: .option), dataset: state.dataset)
        return state
    }

    /// The state after `keys`, each applied with `update`.
    static func press(_ keys: [Key], on state: State) -> State {
        keys.reduce(state) { update($0, .key($1)) }
    }

    /// Compares `text` with the golden file `Snapshots/NAME.txt`; with BEAI_RECORD_SNAPSHOTS=1 the
    /// file is (re)written instead, and the test fails so that recording is never silent.
    static func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appending(path: "Snapshots/\(name).txt")
        if ProcessInfo.processInfo.environment["BEAI_RECORD_SNAPSHOTS"] == "1" {
            try? (text + "\n").write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded snapshot \(name); run again without BEAI_RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no snapshot \(name): run with BEAI_RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
            return
        }
        #expect(text + "\n" == expected, "snapshot \(name) differs", sourceLocation: sourceLocation)
    }
}

/// The top screen, read the way the tests ask about it.
extension State {
    /// The search, when it is the top screen.
    var search: SearchState? { topScreen?.search }
    /// The comparison, when it is the top screen.
    var compare: CompareState? { topScreen?.compare }
    /// The pair of programmes, when that screen is on top.
    var pair: [String]? {
        if case let .pair(pair)? = topScreen { return pair.programmes }
        return nil
    }
    /// The evidence screen, when it is on top.
    var evidence: EvidenceState? {
        if case let .evidence(evidence)? = topScreen { return evidence }
        return nil
    }
    /// True while the help is on top.
    var showHelp: Bool {
        if case .help? = topScreen { return true }
        return false
    }
}
