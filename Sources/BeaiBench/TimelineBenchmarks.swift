import BeaiApp
import BeaiDomain
import Foundation

/// The timeline screen's costs: its frame render, and at scale the keystrokes that open it on a
/// pillar and scroll it, each timed from the key to the frame (`update` and `view`).
enum TimelineBenchmarks {
    /// Renders the timeline of the government with the most programmes, and of a comparison of
    /// three governments, `rounds` times at `width`×`height`; prints p50 and p99.
    static func render(_ dataset: Dataset, width: Int, height: Int, rounds: Int) {
        var state = State(dataset: dataset, width: width, height: height)
        let tree = PolicyTree(dataset)
        guard let largest = tree.governments.max(by: { $0.count < $1.count }) else { return }
        state.selectNode(.government(largest.government.id))
        ExplorerBenchmarks.measure(update(state, .key(.character("T"))), rounds: rounds, label: "timeline of \(largest.government.id)")
        let regions = dataset.governments.filter { $0.kind == "region" }.prefix(3).map(\.id)
        if let first = regions.first {
            state.selectNode(.government(first))
            var compared = update(state, .key(.character("c")))
            if regions.count == 3 { compared = update(compared, .key(.character("t"))) }
            let governments = compared.topScreen?.compare?.governments.joined(separator: ", ") ?? ""
            ExplorerBenchmarks.measure(update(compared, .key(.character("T"))), rounds: rounds, label: "timeline of \(governments)")
        }
    }

    /// Opens the timeline of the pillar with the most programmes at 100×30, as the explorer does
    /// over large datasets (laid out on a thread of its own), and scrolls it (rows, pages, years,
    /// last and first), `rounds` times; prints p50, p99 and max of the key that opens it, of the
    /// layout on its thread and the frame it arrives in, and of the keys that scroll it.
    static func keystrokes(_ dataset: Dataset, rounds: Int) {
        let tree = PolicyTree(dataset)
        let pillars = tree.governments.flatMap(\.pillars)
        guard let largest = pillars.max(by: { $0.programmes.count < $1.programmes.count }) else { return }
        var start = State(dataset: dataset, width: 100, height: 30)
        start.defersTimeline = true
        start.selectNode(.pillar(government: largest.government.id, pillar: largest.pillar.id))
        let scrolls: [Key] = Array(repeating: .down, count: 20) + [.pageDown, .pageDown, .left, .left, .right, .end,
                                                                   .up, .pageUp, .home, .character("l")]
        let clock = ContinuousClock()
        var opening: [Double] = []
        var layout: [Double] = []
        var arriving: [Double] = []
        var scrolling: [Double] = []
        var rows = 0
        for _ in 0..<rounds {
            var began = clock.now
            var state = update(start, .key(.character("T")))
            _ = view(state)
            opening.append(milliseconds(clock.now - began))
            guard let request = state.pendingTimelines.first else { return }
            began = clock.now
            let timeline = request.layOut(in: dataset)
            layout.append(milliseconds(clock.now - began))
            began = clock.now
            state.timelineArrived(timeline, request: request.id)
            _ = view(state)
            arriving.append(milliseconds(clock.now - began))
            rows = timeline.rows.count + timeline.undated.count
            for key in scrolls {
                began = clock.now
                state = update(state, .key(key))
                _ = view(state)
                scrolling.append(milliseconds(clock.now - began))
            }
        }
        let keys = (opening + scrolling).sorted()
        print("timeline of \(largest.government.id) › \(largest.pillar.id) (\(rows) programmes of \(dataset.programmes.count)), 100x30:")
        for (label, times) in [("key to frame, T (the frame says it is laying out)", opening),
                               ("layout on its thread", layout), ("arrival frame", arriving),
                               ("key to frame, scrolling", scrolling), ("key to frame, every key", keys)] {
            let sorted = times.sorted()
            print("  \(label): \(sorted.count) times, p50 \(format(percentile(sorted, 0.5))) ms, "
                + "p99 \(format(percentile(sorted, 0.99))) ms, max \(format(sorted.last ?? 0)) ms")
        }
    }
}
