import BeaiTUI

extension State {
    /// True when the programme `id` is bookmarked.
    public func isBookmarked(_ id: String) -> Bool { bookmarks.contains(id) }

    /// `b`: bookmarks the selected programme, or removes its bookmark.
    mutating func toggleBookmark() {
        guard case let .programme(id) = selection else {
            message = "b bookmarks a programme: select one in the tree first."
            return
        }
        let name = dataset.programme(id)?.name ?? id
        if let index = bookmarks.firstIndex(of: id) {
            bookmarks.remove(at: index)
            message = "Bookmark removed: \(name)"
        } else {
            bookmarks.append(id)
            message = "Bookmarked: \(name) (B lists bookmarks)"
        }
    }

    /// `B`: opens the bookmarks screen.
    mutating func openBookmarks() {
        push(.bookmarks(BookmarksState()))
    }

    /// Rows of the bookmarks list inside its pane.
    var bookmarkRows: Int { max(1, Layout(width: width, height: height).body.height - 4) }

    mutating func bookmarksKey(_ key: Key, _ screen: BookmarksState) {
        var current = screen
        let count = bookmarks.count
        switch key {
        case .escape:
            pop()
            return
        case .up, .character("k"): current.selected -= 1
        case .down, .character("j"): current.selected += 1
        case .pageUp: current.selected -= bookmarkRows
        case .pageDown: current.selected += bookmarkRows
        case .home, .character("g"): current.selected = 0
        case .end, .character("G"): current.selected = count - 1
        case .character("d"), .delete:
            guard bookmarks.indices.contains(current.selected) else { break }
            let id = bookmarks.remove(at: current.selected)
            message = "Bookmark removed: \(dataset.programme(id)?.name ?? id)"
        case .enter, .right, .character("l"):
            guard bookmarks.indices.contains(current.selected) else { break }
            let id = bookmarks[current.selected]
            guard dataset.programme(id) != nil else {
                message = "\(id) is not in this dataset: d removes the bookmark."
                break
            }
            guard isShown(id) else {
                message = "\(dataset.programme(id)?.name ?? id) is hidden by the filter: F clears it."
                break
            }
            replaceTop(.bookmarks(current))
            push(.browse)
            focus = .tree
            go(to: .programme(id))
            return
        default:
            break
        }
        current.selected = min(max(0, current.selected), max(0, bookmarks.count - 1))
        current.offset = ListView.visibleOffset(
            selected: current.selected, offset: current.offset, height: bookmarkRows, count: bookmarks.count)
        replaceTop(.bookmarks(current))
    }
}
