/// One screen cell: a grapheme and its style. A double-width grapheme occupies its cell and the
/// next, which holds an empty continuation.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here; empty for the right half of a double-width grapheme.
    public var text: String
    /// 1 for most graphemes, 2 for wide ones, 0 for a continuation.
    public var width: Int
    public var style: Style

    public init(text: String = " ", width: Int = 1, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// A blank cell in `style`.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(text: " ", width: 1, style: style) }

    /// True for the right half of a double-width grapheme.
    public var isContinuation: Bool { width == 0 }
}
