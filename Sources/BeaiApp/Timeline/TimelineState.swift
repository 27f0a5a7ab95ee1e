import BeaiDomain

/// The timeline screen: the programmes of a government, a pillar, a comparison's columns or a
/// search on a year axis, a selected line and a year cursor.
///
/// The lines are the timeline's rows, then (when there are any) a heading and the undated
/// programmes; `selected` counts programmes, the heading is never selected.
public struct TimelineState: Sendable {
    /// What it shows, for the title: `Wallonia › Research`, `Search “ai”`.
    public let title: String
    public let timeline: Timeline
    /// The selected programme: a row, or past the rows an undated programme.
    public var selected = 0
    /// The first line shown.
    public var offset = 0
    /// The year under the cursor (on the axis, when there is one).
    public var year: Int
    /// The first year shown when the axis does not fit.
    public var yearOffset = 0

    public init(title: String, timeline: Timeline, year: Int) {
        self.title = title
        self.timeline = timeline
        self.year = year
    }

    /// Programmes listed: rows and undated ones.
    public var count: Int { timeline.rows.count + timeline.undated.count }

    /// Lines listed: the programmes and, before the undated ones, their heading.
    var lineCount: Int { count + (timeline.undated.isEmpty ? 0 : 1) }

    /// The line of the programme at `index`: past the rows, one down for the heading.
    func line(of index: Int) -> Int { index < timeline.rows.count ? index : index + 1 }

    /// The selected programme.
    public var selectedProgramme: Programme? {
        if timeline.rows.indices.contains(selected) { return timeline.rows[selected].programme }
        let undated = selected - timeline.rows.count
        return timeline.undated.indices.contains(undated) ? timeline.undated[undated] : nil
    }

    /// The position of `year` on the axis.
    var yearIndex: Int { timeline.years.map { year - $0.lowerBound } ?? 0 }
}
