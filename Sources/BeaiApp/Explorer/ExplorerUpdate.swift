import BeaiDomain
import BeaiTUI

extension State {
    /// Keys of the tree and detail, at the bottom of the stack or browsed to from a screen.
    mutating func explorerKey(_ key: Key) {
        switch key {
        case .character("/"): openSearch(query: "")
        case .character("n"): nextResult(by: 1)
        case .character("N"): nextResult(by: -1)
        case .character("["), .backspace: goBack()
        case .character("]"): goForward()
        case .character("b"): toggleBookmark()
        case .character("B"): openBookmarks()
        case .tab, .backTab: toggleFocus()
        case .escape:
            if focus == .detail {
                toggleFocus()
            } else if case .browse? = topScreen {
                pop()
            }
        case .character("c"): openCompare()
        case .character("m"): comparePair()
        case .character("f"): openFilter()
        case .character("s"): cycleOrder()
        case .character("T"): openTimeline()
        default:
            if focus == .tree { treeKey(key) } else { detailKey(key) }
        }
    }

    private mutating func toggleFocus() {
        focus = focus == .tree ? .detail : .tree
        detailLink = focus == .detail ? firstVisibleLink() : nil
    }

    // MARK: tree

    private mutating func treeKey(_ key: Key) {
        let page = Layout(width: width, height: height).treeRows
        switch key {
        case .up, .character("k"): moveSelection(by: -1)
        case .down, .character("j"): moveSelection(by: 1)
        case .pageUp: moveSelection(by: -page)
        case .pageDown: moveSelection(by: page)
        case .home, .character("g"): select(row: 0)
        case .end, .character("G"): select(row: rows.count - 1)
        case .left, .character("h"):
            if expanded.contains(selection) {
                expanded.remove(selection)
            } else if let parent = parent(of: selection) {
                selectNode(parent)
            }
        case .right, .character("l"):
            guard let row = rows.first(where: { $0.node == selection }) else { return }
            if row.expandable && !row.expanded {
                expanded.insert(selection)
            } else if row.expandable {
                moveSelection(by: 1)
            } else {
                toggleFocus()
            }
        case .enter:
            guard let row = rows.first(where: { $0.node == selection }) else { return }
            if row.expandable { toggleExpanded(selection) } else { toggleFocus() }
        case .character(" "):
            if case let .programme(id) = selection {
                toggleMark(id)
            } else if rows.first(where: { $0.node == selection })?.expandable == true {
                toggleExpanded(selection)
            }
        default:
            break
        }
    }

    private mutating func toggleExpanded(_ node: NodeID) {
        if expanded.contains(node) { expanded.remove(node) } else { expanded.insert(node) }
    }

    private mutating func toggleMark(_ id: String) {
        if let index = marked.firstIndex(of: id) { marked.remove(at: index) } else { marked.append(id) }
    }

    mutating func moveSelection(by delta: Int) {
        guard let current = selectedRow else {
            select(row: 0)
            return
        }
        select(row: current + delta)
    }

    private mutating func select(row index: Int) {
        let all = rows
        guard !all.isEmpty else { return }
        selectNode(all[min(max(0, index), all.count - 1)].node)
    }

    /// Selects `node`, opening its parents so that it shows, and resets the detail pane; a
    /// programme the filter hides stays unselected, and the footer says why.
    public mutating func selectNode(_ node: NodeID) {
        if case let .programme(id) = node, !isShown(id) {
            message = "\(dataset.programme(id)?.name ?? id) is hidden by the filter: F clears it."
            return
        }
        for ancestor in ancestors(of: node) { expanded.insert(ancestor) }
        if selection != node {
            selection = node
            detailOffset = 0
            detailLink = nil
        }
        if let index = selectedRow {
            treeOffset = ListView.visibleOffset(selected: index, offset: treeOffset,
                                                height: Layout(width: width, height: height).treeRows, count: rows.count)
        }
    }

    // MARK: detail

    private var detailContent: DetailContent {
        DetailContent(state: self, width: Layout(width: width, height: height).detail.width - 2)
    }

    private func firstVisibleLink() -> Int? {
        let links = detailContent.links
        return links.firstIndex { $0.line >= detailOffset } ?? (links.isEmpty ? nil : 0)
    }

    private mutating func detailKey(_ key: Key) {
        let content = detailContent
        let page = Layout(width: width, height: height).detailRows
        switch key {
        case .up, .character("k"):
            if let link = detailLink, link > 0 { selectLink(link - 1, content) } else { detailOffset -= 1 }
        case .down, .character("j"):
            if let link = detailLink, link + 1 < content.links.count { selectLink(link + 1, content) } else { detailOffset += 1 }
        case .pageUp: detailOffset -= page
        case .pageDown: detailOffset += page
        case .home, .character("g"): detailOffset = 0
        case .end, .character("G"): detailOffset = content.lines.count
        case .left, .character("h"): toggleFocus()
        case .enter, .right, .character("l"):
            if let link = detailLink, link < content.links.count {
                go(to: content.links[link].target)
                focus = .tree
            }
        case .character(" "):
            if case let .programme(id) = selection { toggleMark(id) }
        default:
            break
        }
        clampScroll()
    }

    private mutating func selectLink(_ index: Int, _ content: DetailContent) {
        detailLink = index
        let line = content.links[index].line
        let page = Layout(width: width, height: height).detailRows
        if line < detailOffset { detailOffset = line }
        if line >= detailOffset + page { detailOffset = line - page + 1 }
    }

    mutating func clampScroll() {
        let layout = Layout(width: width, height: height)
        let total = detailContent.lines.count
        detailOffset = min(max(0, detailOffset), max(0, total - layout.detailRows))
        if let index = selectedRow {
            treeOffset = ListView.visibleOffset(selected: index, offset: treeOffset, height: layout.treeRows, count: rows.count)
        }
    }

    // MARK: mouse

    /// A left click: on a tree row it selects (a second click folds), on a detail link it follows it.
    mutating func click(column: Int, row: Int) {
        let layout = Layout(width: width, height: height)
        let list = layout.tree.inset(by: 1)
        if list.contains(column: column, row: row) {
            let index = treeOffset + row - list.y
            let all = rows
            guard index < all.count else { return }
            focus = .tree
            if all[index].node == selection, all[index].expandable {
                toggleExpanded(selection)
            } else {
                go(to: all[index].node)
            }
        } else if layout.detail.inset(by: 1).contains(column: column, row: row) {
            let line = detailOffset + row - layout.detail.y - 1
            let content = detailContent
            if let link = content.links.firstIndex(where: { $0.line == line }) {
                go(to: content.links[link].target)
                focus = .tree
            } else {
                focus = .detail
            }
        }
    }

    /// A wheel step: over the detail it scrolls the text, over the tree it moves the selection.
    mutating func scroll(up: Bool, column: Int, row: Int) {
        let layout = Layout(width: width, height: height)
        if layout.detail.contains(column: column, row: row) {
            detailOffset += up ? -3 : 3
            clampScroll()
        } else if layout.tree.contains(column: column, row: row) {
            moveSelection(by: up ? -3 : 3)
        }
    }
}
