/// A one-line text field that edits like a shell prompt. Cursor positions count characters.
/// It holds at most `capacity` characters: a longer paste is cut there.
public struct LineEditor: Hashable, Sendable {
    /// The longest line kept; far beyond any query a person types.
    public static let capacity = 1_000

    public private(set) var text: String
    /// The cursor, between characters: 0 is before the first.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// Applies an editing key; returns false when the key does not edit the line.
    public mutating func apply(_ key: Key) -> Bool {
        switch key {
        case let .character(character): insert(String(character))
        case .left, .control("b"): cursor = max(0, cursor - 1)
        case .right, .control("f"): cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .backspace, .control("h"):
            guard cursor > 0 else { return true }
            remove(cursor - 1..<cursor)
        case .delete, .control("d"):
            guard cursor < text.count else { return true }
            remove(cursor..<cursor + 1)
        case .control("w"):
            let characters = Array(text)
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            remove(start..<cursor)
        case .control("u"):
            remove(0..<cursor)
        case .control("k"):
            remove(cursor..<text.count)
        default:
            return false
        }
        return true
    }

    /// Inserts `string` at the cursor, without control characters.
    public mutating func insert(_ string: String) {
        let clean = string.filter { !$0.isNewline && $0.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F } }
            .prefix(max(0, Self.capacity - text.count))
        var characters = Array(text)
        characters.insert(contentsOf: clean, at: cursor)
        text = String(characters)
        cursor += clean.count
    }

    /// Replaces the whole line and puts the cursor at its end.
    public mutating func replace(with string: String) {
        text = ""
        cursor = 0
        insert(string)
    }

    /// The word before the cursor (from the last space), for completion.
    public var wordBeforeCursor: (range: Range<Int>, text: String) {
        let characters = Array(text)
        var start = cursor
        while start > 0, characters[start - 1] != " " { start -= 1 }
        return (start..<cursor, String(characters[start..<cursor]))
    }

    /// Replaces the characters in `range` with `string`; the cursor goes after it.
    public mutating func replace(_ range: Range<Int>, with string: String) {
        var characters = Array(text)
        characters.replaceSubrange(range, with: string)
        text = String(characters)
        cursor = range.lowerBound + string.count
    }

    private mutating func remove(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        var characters = Array(text)
        characters.removeSubrange(range)
        text = String(characters)
        cursor = range.lowerBound
    }
}
