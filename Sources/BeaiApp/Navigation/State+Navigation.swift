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
        guard let place = navigation.goBack(from: selection) else {
            message = "Nothing to go back to: [ returns to places left by a link, a result or a click."
            return
        }
        selectNode(place)
        clampScroll()
    }

    /// `]`: forward again to the place `[` left.
    mutating func goForward() {
        guard let place = navigation.goForward(from: selection) else {
            message = "Nothing forward: ] returns to the place [ left."
            return
        }
        selectNode(place)
        clampScroll()
    }
}
