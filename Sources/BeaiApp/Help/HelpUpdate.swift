extension State {
    /// Keys while the help is open: Esc and Enter close it (`?` and `q` are handled for every
    /// screen), the arrows and pages scroll it; the rest are swallowed, so nothing changes unseen
    /// beneath it.
    mutating func helpKey(_ key: Key, _ help: HelpState) {
        var current = help
        let lines = KeyReference.lines(keymap).count
        let rows = HelpOverlay.frame(width: width, height: height, lines: lines).rows
        switch key {
        case .escape, .enter:
            pop()
            return
        case .up: current.offset -= 1
        case .down: current.offset += 1
        case .pageUp: current.offset -= rows
        case .pageDown: current.offset += rows
        case .home, .character("g"): current.offset = 0
        case .end, .character("G"): current.offset = lines
        default: break
        }
        current.offset = min(max(0, current.offset), max(0, lines - rows))
        replaceTop(.help(current))
    }
}
