@testable import BeaiSearch
import BeaiDomain
import Testing

/// No input fails: odd syntax, control characters, emoji, very long text and random strings all
/// give results or an empty list with a hint, never an SQL error or a crash.
@Suite struct RobustnessTests {
    private let index = SearchFixture.index

    static let awkward = [
        "\"unbalanced", "unbalanced\"", "\"\"\"", "*", "-", "--", "- -", "-*", "**ai**", "ai*", "*ai", "innov-*",
        "NEAR(ai data)", "ai NEAR data", "ai AND data", "ai OR data", "NOT ai", "ai NOT", "AND", "OR", "NOT",
        "name:", "name:ai", "summary:data", "{name}: ai", "^ai", "ai + data", "(ai", "ai)", "ai:", ":ai", "::",
        "gov:", "gov:\"", "gov:\"wal", "-gov:", "budget>", "budget<", "budget>>1m", "budget<=", "year:", "year:-",
        "year:2021-2019", "budget>1m1m", "pillar:,", "gov:,,flanders", "\u{0}", "ai\u{0}data", "\u{1B}[31mred",
        "\t\n\r", "😀", "ai 😀 data", "👩‍👩‍👧", "e\u{301}cole", "北京", "Ελληνικά", "ß", "ﬁnance", "İstanbul",
        "\u{202E}evil", "\u{E000}g1", "'", "' OR 1=1 --", "\"; DROP TABLE programme_text; --", "%", "_", "\\",
        "a", "e", "1", "0", "2021", "€", "€32m", "EUR 32 million", ".", "...", "-\"ai data\"", "\"ai\"*",
    ]

    @Test(arguments: awkward)
    func awkwardInputNeverFails(_ text: String) {
        check(index.search(text), for: text)
        check(index.search(text + " "), for: text)
        _ = index.completions(for: text)
    }

    @Test func veryLongInputs() {
        for text in [
            String(repeating: "a", count: 10_000), String(repeating: "ai ", count: 3_400),
            String(repeating: "\"", count: 10_000), String(repeating: "-", count: 10_000),
            String(repeating: "gov:flanders ", count: 800), String(repeating: "😀", count: 5_000),
            String(repeating: "tremplin", count: 1_250),
        ] {
            check(index.search(text), for: String(text.prefix(20)))
        }
    }

    /// A property test: random strings drawn from letters, digits, FTS5 and qualifier syntax,
    /// accents, emoji and control characters.
    @Test func randomStringsNeverFail() {
        var random = SeededRandom(seed: 20_251_122)
        let pieces = [
            "a", "i", "ai", "data", "tremplin", "innov", "wallonie", "ë", "é", "ß", "ø", "北", "😀", "\u{301}",
            " ", " ", " ", "\"", "*", "-", ":", "(", ")", "^", "+", "{", "}", ",", ".", "&", "<", ">", "=", "\\",
            "'", "\u{0}", "\u{7}", "\t", "\n", "NEAR", "AND", "OR", "NOT", "gov:", "pillar:", "kind:", "org:",
            "status:", "target:", "year:", "budget>", "budget<", "name:", "flanders", "skills", "fund", "2021",
            "1m", "500k", "x", "q", "z",
        ]
        for _ in 0..<1500 {
            let length = Int(random.next() % 12)
            let text = (0..<length).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            check(index.search(text, limit: 10), for: text)
        }
    }

    private func check(_ results: SearchResults, for text: String) {
        #expect(results.total >= results.results.count, "\(text.debugDescription)")
        #expect(results.results.map(\.rank) == Array(0..<results.results.count).map { $0 + 1 })
        #expect(!results.hints.contains { $0.contains("could not run") }, "\(text.debugDescription): \(results.hints)")
        if results.total == 0 && results.results.isEmpty {
            // An empty list always says why, unless the words simply occur together nowhere.
            #expect(!results.hints.isEmpty || !QueryParser.parse(text).terms.isEmpty, "\(text.debugDescription)")
        }
        for result in results.results {
            guard let programme = SearchFixture.dataset.programme(result.programmeID) else {
                Issue.record("unknown id \(result.programmeID) for \(text.debugDescription)")
                continue
            }
            let nameLength = programme.name.count
            #expect(result.nameHighlights.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= nameLength })
            if let snippet = result.snippet {
                let length = snippet.text.count
                #expect(snippet.highlights.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= length })
            }
        }
    }
}

/// A small seeded generator, so that a failing random input can be found again.
struct SeededRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
