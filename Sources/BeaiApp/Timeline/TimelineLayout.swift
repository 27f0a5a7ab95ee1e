import BeaiDomain
import BeaiTUI

/// Where the timeline's parts go for a screen size: the cursor year's summary, the year axis,
/// the programme lines, and below them the years' figures beside the cursor year's milestones.
/// One place, read by `update` to page and scroll and by the view to draw.
struct TimelineLayout {
    /// Inside the pane.
    let inner: Rect
    /// The row saying what the cursor year holds.
    let summaryRow: Int
    /// The row of year labels.
    let axisRow: Int
    /// The programme lines: names and governments on the left, bars on the axis.
    let list: Rect
    /// Columns of a line before the axis: the name, then the government.
    let labelWidth: Int
    /// The axis's columns.
    let axis: Rect
    /// Columns each year takes on the axis: fewer when many years must fit, never under 2.
    let yearWidth: Int
    /// Years the axis shows at once; it scrolls when the timeline has more.
    let visibleYears: Int
    /// The years' figures and the milestones of the cursor year; empty when nothing is dated.
    let bottom: Rect

    /// Columns of the government on a line: the longest id and a space.
    static let governmentWidth = 9

    init(width: Int, height: Int, timeline: Timeline) {
        let body = Layout(width: width, height: height).body
        inner = body.inset(by: 1)
        summaryRow = inner.y
        axisRow = inner.y + 1
        let yearCount = timeline.years?.count ?? 0
        let bottomHeight = yearCount == 0 ? 0 : min(max(4, inner.height / 3), yearCount + 2)
        let listHeight = max(1, inner.height - 2 - (bottomHeight > 0 ? bottomHeight + 1 : 0))
        list = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: listHeight)
        bottom = Rect(x: inner.x, y: inner.maxY - bottomHeight, width: inner.width, height: bottomHeight)
        labelWidth = min(44, max(24, inner.width * 2 / 5))
        axis = Rect(x: inner.x + labelWidth, y: list.y, width: max(0, inner.width - labelWidth), height: listHeight)
        yearWidth = yearCount == 0 ? 2 : min(12, max(2, axis.width / yearCount))
        visibleYears = max(1, axis.width / yearWidth)
    }

    /// The first year shown (as a position on the axis), moved as little as possible from
    /// `offset` to keep the cursor in view.
    func yearOffset(_ state: TimelineState) -> Int {
        ListView.visibleOffset(selected: state.yearIndex, offset: state.yearOffset, height: visibleYears,
                               count: state.timeline.years?.count ?? 0)
    }

    /// The first line shown, keeping the selected programme in view.
    func lineOffset(_ state: TimelineState) -> Int {
        ListView.visibleOffset(selected: state.line(of: state.selected), offset: state.offset, height: list.height,
                               count: state.lineCount)
    }
}
