extension State {
    /// Moves to `node` as a visit: the place left is recorded for `[`, and the forward part of
    /// the history is dropped. Arrow keys move without recording; links, results, comparison
    /// cells, bookmarks, `n`/`N` and clicks go through here.
    mutating func go(to node: NodeID) {
        if node != selection { navigation.leave(selection) }
        selectNode(node)
    }

    /// `[`: back to the place visited before this one.
    mutating func goBack() {
        walk(forward: false, else: "Nothing to go back to: [ returns to places left by a link, a result or a click.")
    }

    /// `]`: forward again to the place `[` left.
    mutating func goForward() {
        walk(forward: true, else: "Nothing forward: ] returns to the place [ left.")
    }

    /// Selects the next place of the history in that direction, or says `nothing` in the footer.
    private mutating func walk(forward: Bool, else nothing: String) {
        let next = forward ? navigation.goForward(from: selection) : navigation.goBack(from: selection)
        guard let place = next else {
            message = nothing
            return
        }
        selectNode(place)
        clampScroll()
    }
}
