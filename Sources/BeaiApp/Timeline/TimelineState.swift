import BeaiDomain

/// The timeline screen: the programmes of a government, a pillar, a comparison's columns or a
/// search on a year axis, a selected line and a year cursor.
///
/// The lines are the timeline's rows, then (when there are any) a heading and the undated
/// programmes; `selected` counts programmes, the heading is never selected.
public struct TimelineState: Sendable {
    /// What it shows, for the title: `Wallonia › Research`, `Search “ai”`.
    public let title: String
    /// The programmes on the axis; empty while `pending`.
    public private(set) var timeline: Timeline
    /// The programmes still being laid out away from the event loop (`State.defersTimeline`);
    /// the screen says so until `State.timelineArrived` brings their timeline.
    public private(set) var pending: TimelineRequest?
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

    /// A timeline whose programmes are being laid out.
    init(title: String, pending: TimelineRequest, dataset: Dataset) {
        self.init(title: title, timeline: Timeline(programmes: [], dataset: dataset, ledger: pending.ledger), year: 0)
        self.pending = pending
    }

    /// Timelines of more programmes than this are laid out on a thread of their own, when the
    /// explorer can (`State.defersTimeline`): over ten thousand take longer than a frame.
    public static let inlineLimit = 2_000

    /// The laid-out `timeline` in place of the pending request, the year cursor at `year`.
    mutating func show(_ timeline: Timeline, year: Int) {
        self.timeline = timeline
        self.year = year
        pending = nil
    }

    /// Programmes listed: rows and undated ones (or, while pending, those being laid out).
    public var count: Int { pending?.programmes.count ?? timeline.rows.count + timeline.undated.count }

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

/// Programmes to lay out as a timeline away from the event loop.
public struct TimelineRequest: Sendable {
    /// Which request this is, so that a timeline arriving for a screen already closed is dropped.
    public let id: Int
    public let programmes: [Programme]
    /// The governments shown side by side, from a comparison.
    public let governments: [String]
    /// The tree's budget amounts in calendar years.
    public let ledger: BudgetLedger

    /// The work the terminal runs on a thread of its own.
    public func layOut(in dataset: Dataset) -> Timeline {
        Timeline(programmes: programmes, dataset: dataset, ledger: ledger, governments: governments)
    }
}
