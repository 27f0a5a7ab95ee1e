import BeaiDomain
import Foundation

extension State {
    /// `T` in the tree: the timeline of the selected government or pillar (of a programme: its
    /// government's).
    mutating func openTimeline() {
        switch selection {
        case let .pillar(government, pillar):
            let node = tree.governments.first { $0.government.id == government }?.pillars.first { $0.pillar.id == pillar }
            let name = (node?.government.name ?? government) + " \u{203A} " + (node?.pillar.name ?? pillar)
            openTimeline(title: name, programmes: node?.programmes ?? [])
        case .government, .programme:
            guard let government = governmentOfSelection else { return }
            let node = tree.governments.first { $0.government.id == government }
            openTimeline(title: node?.government.name ?? government, programmes: node?.pillars.flatMap(\.programmes) ?? [])
        }
    }

    /// `T` in the comparison: the compared governments' programmes, their years side by side.
    mutating func openTimeline(governments: [String]) {
        // A union column (`wallonia+fwb`) brings each member's programmes.
        let nodes = governments.flatMap(GovernmentComparison.members).compactMap { id in
            tree.governments.first { $0.government.id == id }
        }
        openTimeline(title: governments.map(columnName).joined(separator: " \u{00B7} "),
                     programmes: nodes.flatMap { $0.pillars.flatMap(\.programmes) }, governments: governments)
    }

    /// `^T` in search: the results shown.
    mutating func openTimeline(results search: SearchState) {
        let results = search.results
        let programmes = results.results.compactMap { dataset.programme($0.programmeID) }
        let query = search.editor.text.trimmingCharacters(in: .whitespaces)
        let shown = results.total > programmes.count ? " (first \(programmes.count) of \(results.total))" : ""
        openTimeline(title: "Search \u{201C}\(query)\u{201D}" + shown, programmes: programmes, emptyMessage:
            "No result to put on a timeline: type a query first.")
    }

    private mutating func openTimeline(
        title: String, programmes: [Programme], governments: [String] = [],
        emptyMessage: String = "Nothing to put on a timeline here."
    ) {
        guard !programmes.isEmpty else {
            message = emptyMessage
            return
        }
        if defersTimeline, programmes.count > TimelineState.inlineLimit {
            timelineRequests += 1
            let request = TimelineRequest(id: timelineRequests, programmes: programmes, governments: governments,
                                          ledger: tree.ledger)
            push(.timeline(TimelineState(title: title, pending: request, dataset: dataset)))
            return
        }
        var opened = TimelineState(title: title, timeline: Timeline(programmes: [], dataset: dataset, ledger: tree.ledger), year: 0)
        show(Timeline(programmes: programmes, dataset: dataset, ledger: tree.ledger, governments: governments), in: &opened)
        push(.timeline(opened))
    }

    /// Puts `timeline` on `screen`, the year cursor at the year the data speaks from.
    private func show(_ timeline: Timeline, in screen: inout TimelineState) {
        let dataYear = dataset.asOf.flatMap { Int($0.prefix(4)) }
        let year = timeline.years.map { axis in min(max(dataYear ?? axis.upperBound, axis.lowerBound), axis.upperBound) } ?? 0
        screen.show(timeline, year: year)
        screen.yearOffset = TimelineLayout(width: width, height: height, timeline: timeline).yearOffset(screen)
    }

    /// The timelines waiting to be laid out, on every screen of the stack.
    public var pendingTimelines: [TimelineRequest] {
        screens.compactMap { screen in
            if case let .timeline(timeline) = screen { return timeline.pending }
            return nil
        }
    }

    /// Shows the timeline laid out for request `id`, if its screen is still open.
    public mutating func timelineArrived(_ timeline: Timeline, request id: Int) {
        for (position, screen) in screens.enumerated() {
            guard case var .timeline(current) = screen, current.pending?.id == id else { continue }
            show(timeline, in: &current)
            screens[position] = .timeline(current)
        }
    }

    mutating func timelineKey(_ key: Key, _ screen: TimelineState) {
        var current = screen
        let layout = TimelineLayout(width: width, height: height, timeline: current.timeline)
        let last = max(0, current.count - 1)
        switch key {
        case .escape, .character("T"):
            pop()
            return
        case _ where current.pending != nil:
            return
        case .up, .character("k"): current.selected -= 1
        case .down, .character("j"): current.selected += 1
        case .pageUp: current.selected -= layout.list.height
        case .pageDown: current.selected += layout.list.height
        case .home, .character("g"): current.selected = 0
        case .end, .character("G"): current.selected = last
        case .left, .character("h"): current.year -= 1
        case .right, .character("l"): current.year += 1
        case .enter:
            guard let programme = current.selectedProgramme else { break }
            replaceTop(.timeline(current))
            push(.browse)
            focus = .tree
            go(to: .programme(programme.id))
            return
        default:
            break
        }
        current.selected = min(max(0, current.selected), last)
        if let years = current.timeline.years { current.year = min(max(years.lowerBound, current.year), years.upperBound) }
        current.offset = layout.lineOffset(current)
        current.yearOffset = layout.yearOffset(current)
        replaceTop(.timeline(current))
    }
}
