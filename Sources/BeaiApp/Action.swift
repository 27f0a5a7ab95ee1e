/// A key as the app sees it, decoded from the terminal by the backend.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    case up, down, left, right
    case enter, escape, tab, backTab, backspace, delete
    case pageUp, pageDown, home, end
}

/// Everything that can happen to the app.
public enum Action: Hashable, Sendable {
    case key(Key)
    /// Several characters that arrived at once (a paste, or keys typed faster than frames):
    /// the search prompt takes them in one edit; elsewhere they act as keys one by one.
    case text(String)
    /// A left click on a cell.
    case click(column: Int, row: Int)
    /// A wheel step over a cell; `up` scrolls towards the top.
    case scroll(up: Bool, column: Int, row: Int)
    case resize(width: Int, height: Int)
}
