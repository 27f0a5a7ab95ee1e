import BeaiApp
import BeaiTUI
import Testing

/// Random key sequences must never trap, must keep the selection on a visible row, and must
/// never draw outside the screen.
@Suite struct PropertyTests {
    private static let keys: [Key] = [
        .up, .down, .left, .right, .enter, .escape, .tab, .backTab, .pageUp, .pageDown, .home, .end,
        .character("j"), .character("k"), .character("h"), .character("l"), .character("g"), .character("G"),
        .character(" "), .character("?"), .backspace, .delete, .character("x"),
    ]

    @Test(arguments: 1...20)
    func randomKeysKeepTheStateValid(seed: UInt64) throws {
        var generator = SplitMix(seed: seed)
        var state = try AppFixture.state(width: 80, height: 24)
        for _ in 0..<150 {
            let roll = Int(generator.next() % 100)
            let action: Action
            switch roll {
            case 0..<3:
                action = .resize(width: Int(generator.next() % 200), height: Int(generator.next() % 70))
            case 3..<8:
                action = .click(column: Int(generator.next() % 120), row: Int(generator.next() % 50))
            case 8..<10:
                action = .scroll(up: generator.next() % 2 == 0, column: Int(generator.next() % 120), row: Int(generator.next() % 50))
            default:
                action = .key(Self.keys[Int(generator.next() % UInt64(Self.keys.count))])
            }
            state = update(state, action)
            #expect(!state.shouldQuit)
            #expect(state.selectedRow != nil, "selection \(state.selection) is not a visible row")
            let buffer = view(state)
            #expect(buffer.width == state.width && buffer.height == state.height)
            #expect(buffer.cells.count == state.width * state.height)
            for line in buffer.lines {
                #expect(line.reduce(0) { $0 + DisplayWidth.of($1) } <= buffer.width)
            }
        }
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
