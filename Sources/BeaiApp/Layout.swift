import BeaiTUI

/// Where each part of the explorer goes for a screen size: one place, used by `view` to draw
/// and by `update` to page and to hit-test the mouse.
struct Layout {
    let header: Rect
    /// Everything between the header and the footer: the tree and detail, or a full screen.
    let body: Rect
    let tree: Rect
    let detail: Rect
    let footer: Rect

    init(width: Int, height: Int) {
        let screen = Rect(x: 0, y: 0, width: width, height: height)
        let (header, rest) = screen.splitTop(1)
        let (body, footer) = rest.splitBottom(1)
        let treeWidth = min(max(40, width * 9 / 20), 64)
        let (tree, detail) = body.splitLeft(treeWidth)
        self.header = header
        self.body = body
        self.tree = tree
        self.detail = detail
        self.footer = footer
    }

    /// Rows of the tree list inside its border.
    var treeRows: Int { max(1, tree.height - 2) }
    var detailRows: Int { max(1, detail.height - 2) }
}
