extension State {
    /// Keys of the pair screen: Esc, `m` and Enter close it.
    mutating func pairKey(_ key: Key) {
        if [.escape, .character("m"), .enter].contains(key) { pop() }
    }

    /// Opens the side-by-side view of the last two marked programmes, or says how to mark them.
    mutating func comparePair() {
        guard marked.count >= 2 else {
            message = "Mark two programmes with Space, then press m to compare them."
            return
        }
        push(.pair(PairState(programmes: Array(marked.suffix(2)))))
        message = nil
    }
}
