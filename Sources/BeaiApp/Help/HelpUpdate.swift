extension State {
    /// Keys while the help is open: Esc and Enter close it (`?` and `q` are handled for every
    /// screen); the rest are swallowed, so nothing changes unseen beneath it.
    mutating func helpKey(_ key: Key) {
        if key == .escape || key == .enter { pop() }
    }
}
