import BeaiApp
import BeaiSearch
import BeaiTUI
import Testing

/// Random key sequences that visit every screen (search with typing, compare and its picker, the
/// pair, bookmarks, help, browsing over a screen) must never trap, must keep the selection on a
/// visible row, must never draw outside the screen; Esc pressed enough times must always return
/// to the tree, and `[` then `]` must return to the same place.
@Suite struct PropertyTests {
    private static let keys: [Key] = [
        .up, .down, .left, .right, .enter, .escape, .tab, .backTab, .pageUp, .pageDown, .home, .end,
        .character("j"), .character("k"), .character("h"), .character("l"), .character("g"), .character("G"),
        .character(" "), .character("?"), .backspace, .delete, .character("x"),
        .character("/"), .character("c"), .character("m"), .character("b"), .character("B"),
        .character("["), .character("]"), .character("n"), .character("N"), .character("s"), .character("t"),
        .character("d"), .character("p"), .character("a"), .character("e"), .control("w"), .control("p"),
        .character("f"), .character("F"), .control("x"), .character("T"), .control("t"),
    ]

    private static func fixture() throws -> State {
        let dataset = try AppFixture.dataset()
        var state = State(dataset: dataset, width: 80, height: 24, searchIndex: try SearchIndex(dataset: dataset),
                     history: ["start", "gov:wallonia"], bookmarks: ["tremplin-ai", "not-in-this-dataset"])
        state.marked = ["start-ai", "tremplin-ai"]
        return state
    }

    @Test(arguments: 1...16)
    func randomKeysKeepTheStateValid(seed: UInt64) throws {
        var generator = SplitMix(seed: seed)
        var state = try Self.fixture()
        for _ in 0..<200 {
            let roll = Int(generator.next() % 100)
            let action: Action
            switch roll {
            case 0..<2:
                action = .resize(width: Int(generator.next() % 200), height: Int(generator.next() % 70))
            case 2..<6:
                action = .click(column: Int(generator.next() % 120), row: Int(generator.next() % 50))
            case 6..<8:
                action = .scroll(up: generator.next() % 2 == 0, column: Int(generator.next() % 120), row: Int(generator.next() % 50))
            case 8..<10:
                action = .text(["tremp", "gov:wal", "ai ", "start"][Int(generator.next() % 4)])
            case 10..<12:
                action = .resize(width: 80 + Int(generator.next() % 60), height: 24 + Int(generator.next() % 20))
            default:
                action = .key(Self.keys[Int(generator.next() % UInt64(Self.keys.count))])
            }
            state = update(state, action)
            if state.shouldQuit { break }
            try Self.checkDrawable(state)
            try Self.checkBackAndForward(state)
        }
        try Self.checkEscapeReturnsToTheTree(state)
    }

    /// Over many seeds the random walk reaches every screen.
    @Test func randomWalksVisitEveryScreen() throws {
        var visited: Set<String> = []
        for seed in UInt64(1)...16 {
            var generator = SplitMix(seed: seed)
            var state = try Self.fixture()
            for _ in 0..<200 {
                let key = Self.keys[Int(generator.next() % UInt64(Self.keys.count))]
                state = update(state, .key(key))
                visited.insert(Self.name(state.topScreen))
            }
        }
        #expect(visited == ["tree", "search", "compare", "pair", "bookmarks", "timeline", "browse", "help", "filter", "export"])
    }

    private static func name(_ screen: Screen?) -> String {
        switch screen {
        case nil: return "tree"
        case .search?: return "search"
        case .compare?: return "compare"
        case .pair?: return "pair"
        case .bookmarks?: return "bookmarks"
        case .filter?: return "filter"
        case .export?: return "export"
        case .timeline?: return "timeline"
        case .browse?: return "browse"
        case .help?: return "help"
        }
    }

    private static func checkDrawable(_ state: State) throws {
        #expect(state.selectedRow != nil, "selection \(state.selection) is not a visible row")
        let buffer = view(state)
        #expect(buffer.width == state.width && buffer.height == state.height)
        #expect(buffer.cells.count == state.width * state.height)
        for line in buffer.lines {
            #expect(line.reduce(0) { $0 + DisplayWidth.of($1) } <= buffer.width)
        }
    }

    /// Where the tree shows, `[` then `]` comes back to the same place.
    private static func checkBackAndForward(_ state: State) throws {
        guard state.showsTree, !state.isTooSmall, !state.navigation.back.isEmpty else { return }
        let there = update(update(state, .key(.character("["))), .key(.character("]")))
        #expect(there.selection == state.selection)
    }

    private static func checkEscapeReturnsToTheTree(_ state: State) throws {
        guard !state.shouldQuit else { return }
        var current = update(state, .resize(width: 100, height: 30))
        for _ in 0..<(3 * current.screens.count + 3) { current = update(current, .key(.escape)) }
        #expect(current.screens.isEmpty, "Esc leaves \(current.screens.count) screens")
        #expect(current.focus == .tree)
    }
}

/// A small deterministic random number generator, so failures repeat.
struct SplitMix: RandomNumberGenerator {
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
