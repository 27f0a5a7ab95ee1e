import BeaiApp
import BeaiDomain
import BeaiSearch
import Foundation

/// Frame render time of the explorer's `view` and a writer of synthetic datasets for `beai --data`.
enum ExplorerBenchmarks {
    /// Renders the explorer `rounds` times at `width`×`height`, with the tree open, on the detail
    /// of the programme with the most figures and on that of the first government; prints p50 and
    /// p99 in milliseconds.
    static func render(_ dataset: Dataset, width: Int, height: Int, rounds: Int) {
        var state = State(dataset: dataset, width: width, height: height)
        for government in dataset.governments { state.expanded.insert(.government(government.id)) }
        let programme = dataset.programmes.max { $0.figures.count < $1.figures.count }
        if let programme { state.selectNode(.programme(programme.id)) }
        measure(state, rounds: rounds, label: "programme detail")
        if let government = dataset.governments.first { state.selectNode(.government(government.id)) }
        measure(state, rounds: rounds, label: "government detail")
    }

    /// Renders `state` `rounds` times; prints p50 and p99 under `label`.
    static func measure(_ state: State, rounds: Int, label: String) {
        let (width, height, dataset) = (state.width, state.height, state.dataset)
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<rounds {
            let start = clock.now
            _ = view(state)
            times.append(milliseconds(clock.now - start))
        }
        times.sort()
        print("frame render \(width)x\(height), \(dataset.programmes.count) programmes, \(label): "
            + "p50 \(format(percentile(times, 0.5))) ms, p99 \(format(percentile(times, 0.99))) ms")
    }

    /// Types `query` into the explorer's search at 100×30, key by key, `rounds` times; prints p50,
    /// p99 and the slowest keys of `update` plus `view`, the work of one keystroke's frame.
    static func keystrokes(_ dataset: Dataset, query: String, rounds: Int) throws {
        let start = State(dataset: dataset, width: 100, height: 30, searchIndex: try SearchIndex(dataset: dataset))
        let clock = ContinuousClock()
        var times: [(key: String, milliseconds: Double)] = []
        for _ in 0..<rounds {
            var state = update(start, .key(.character("/")))
            for character in query {
                let began = clock.now
                state = update(state, .key(.character(character)))
                _ = view(state)
                times.append((String(state.topScreen?.search?.editor.text ?? ""), milliseconds(clock.now - began)))
            }
        }
        let sorted = times.map(\.milliseconds).sorted()
        print("search keystroke (update + view), 100x30, \(dataset.programmes.count) programmes: "
            + "p50 \(format(percentile(sorted, 0.5))) ms, p99 \(format(percentile(sorted, 0.99))) ms")
        for slow in times.sorted(by: { $0.milliseconds > $1.milliseconds }).prefix(5) {
            print("  \(format(slow.milliseconds)) ms  \"\(slow.key)\"")
        }
    }

    /// Opens the evidence screen on the first source citation of every programme at 100×30 (what
    /// the key does, and the frame's `view`), `rounds` times: the first open of a document reads
    /// and splits it, later ones find it kept. Prints p50 and p99 of each, and the slowest.
    static func evidence(_ dataset: Dataset, sources: String, rounds: Int) {
        let clock = ContinuousClock()
        var first: [Double] = []
        var again: [Double] = []
        var slowest: (milliseconds: Double, what: String) = (0, "")
        for _ in 0..<rounds {
            var base = State(dataset: dataset, width: 100, height: 30)
            base.sources = SourceLibrary(location: SourcesLocation(directory: sources, origin: .option), dataset: dataset)
            var opened: Set<String> = []
            for programme in dataset.programmes where !programme.sources.isEmpty {
                var state = base
                state.selectNode(.programme(programme.id))
                let document = programme.sources[0].document
                let began = clock.now
                state.openEvidence(.source(programme: programme.id, index: 0))
                _ = view(state)
                let took = milliseconds(clock.now - began)
                if opened.insert(document).inserted { first.append(took) } else { again.append(took) }
                if took > slowest.milliseconds { slowest = (took, "\(programme.id) (\(document))") }
            }
        }
        for (label, times) in [("first open of a document (read and split)", first), ("a document already read", again)] {
            let sorted = times.sorted()
            print("evidence screen (update + view), 100x30, \(label): p50 \(format(percentile(sorted, 0.5))) ms, "
                + "p99 \(format(percentile(sorted, 0.99))) ms over \(sorted.count) opens")
        }
        print("  slowest: \(format(slowest.milliseconds)) ms, \(slowest.what)")
        let regions = RegionNames(dataset.governments)
        for document in dataset.documents {
            guard let data = FileManager.default.contents(atPath: sources + "/" + document.file) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            var times: [Double] = []
            for _ in 0..<rounds {
                let began = clock.now
                _ = SourceText(text, regions: regions)
                times.append(milliseconds(clock.now - began))
            }
            times.sort()
            print("  splitting \(document.file) (\(data.count / 1000) kB): p50 \(format(percentile(times, 0.5))) ms")
        }
    }

    /// Presses keys on the compare screen at 100×30, `rounds` times: moving between cells, the
    /// year selector, a third column, a swap, the picker choosing a union column, the differing
    /// filter and a cell's list; prints p50, p99 and the slowest keys of `update` plus `view`.
    static func compareKeys(_ dataset: Dataset, rounds: Int) {
        // Processor time of this thread: other processes on the machine do not count.
        let began = threadTime()
        let tree = PolicyTree(dataset)
        let treeBuilt = threadTime()
        let ledger = BudgetLedger(dataset)
        let placed = threadTime()
        for node in tree.governments {
            for pillar in node.pillars { _ = BudgetSummary(pillar.programmes, ledger: ledger) }
        }
        let summed = threadTime()
        print("\(dataset.programmes.count) programmes (\(dataset.programmes.count { !ledger.amounts(of: $0.id).isEmpty }) "
            + "with budget amounts): tree built in \(format(treeBuilt - began)) ms of processor time, of which budgets "
            + "placed \(format(placed - treeBuilt)) ms and summed per pillar \(format(summed - placed)) ms")
        let clock = ContinuousClock()
        var start = State(dataset: dataset, width: 100, height: 30)
        start.selectNode(.government("wallonia"))
        start = update(start, .key(.character("c")))
        // Wallonia and Brussels, then with the keys before the picker Brussels and Wallonia: the
        // picker unchooses Wallonia (third in the list) and chooses the first union.
        let union = start.compareChoices.firstIndex { $0.contains("+") } ?? 2
        let picker: [Key] = [.character("p"), .down, .down, .character(" ")]
            + Array(repeating: .down, count: max(0, union - 2)) + [.character(" "), .enter]
        let keys: [Key] = [.right, .down, .down, .down, .left, .character("<"), .character("<"), .character(">"),
                           .character("t"), .character("s"), .character("t")] + picker
            + [.character("d"), .character("d"), .down, .enter, .down, .escape, .character(">")]
        var times: [(key: String, milliseconds: Double)] = []
        for _ in 0..<rounds {
            var state = start
            for key in keys {
                let began = clock.now
                state = update(state, .key(key))
                _ = view(state)
                times.append(("\(key)", milliseconds(clock.now - began)))
            }
        }
        let sorted = times.map(\.milliseconds).sorted()
        print("compare key (update + view), 100x30, \(dataset.programmes.count) programmes: "
            + "p50 \(format(percentile(sorted, 0.5))) ms, p99 \(format(percentile(sorted, 0.99))) ms")
        for slow in times.sorted(by: { $0.milliseconds > $1.milliseconds }).prefix(5) {
            print("  \(format(slow.milliseconds)) ms  \(slow.key)")
        }
    }

    /// Filters the tree at 100×30 with every government open, `rounds` times: opens the panel,
    /// toggles a government, a second one, a role, a status, a target group, a year and the
    /// budget (a move between each), applies with Enter, orders by the next key `s`, clears with `F`.
    /// Prints p50 and p99 of each kind of key's `update` plus `view`, and the first `f`, which
    /// builds the filter index.
    static func filters(_ dataset: Dataset, rounds: Int) {
        var start = State(dataset: dataset, width: 100, height: 30)
        for government in dataset.governments { start.expanded.insert(.government(government.id)) }
        let clock = ContinuousClock()
        var times: [String: [Double]] = [:]
        func press(_ key: Key, on state: inout State, as kind: String?) {
            let began = clock.now
            state = update(state, .key(key))
            _ = view(state)
            if let kind { times[kind, default: []].append(milliseconds(clock.now - began)) }
        }
        var state = start
        press(.character("f"), on: &state, as: "first f (builds the index)")
        press(.escape, on: &state, as: nil)
        start = state
        // Down twice from the first government, then Space: the third and fourth governments;
        // Tab reaches the next facet (pillar, role, kind, status, target group, year, budget).
        let steps: [[Key]] = [
            [.down, .down], [.down], [.tab, .tab], [.tab, .tab], [.tab, .down], [.tab, .down, .down], [.tab],
        ]
        for _ in 0..<rounds {
            state = start
            press(.character("f"), on: &state, as: "f")
            for moves in steps {
                for key in moves { press(key, on: &state, as: "move") }
                press(.character(" "), on: &state, as: "Space (toggle)")
            }
            press(.enter, on: &state, as: "Enter (apply)")
            press(.character("s"), on: &state, as: "s (order)")
            press(.character("F"), on: &state, as: "F (clear)")
        }
        let kept = state.tree.governments.reduce(0) { $0 + $1.count }
        print("filters (update + view), 100x30, \(dataset.programmes.count) programmes, \(rounds) rounds, \(kept) shown at the end:")
        for kind in ["first f (builds the index)", "f", "move", "Space (toggle)", "Enter (apply)", "s (order)", "F (clear)"] {
            let sorted = (times[kind] ?? []).sorted()
            print("  \(kind): p50 \(format(percentile(sorted, 0.5))) ms, p99 \(format(percentile(sorted, 0.99))) ms, "
                + "max \(format(sorted.last ?? 0)) ms (\(sorted.count) keys)")
        }
    }

    /// Writes `dataset` as a data directory with the layout of Resources/.
    static func write(_ dataset: Dataset, to directory: String) throws {
        let root = URL(fileURLWithPath: directory)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        try FileManager.default.createDirectory(at: root.appending(path: "programmes"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appending(path: "organisations"), withIntermediateDirectories: true)
        try encoder.encode(dataset.governments).write(to: root.appending(path: "governments.json"))
        try encoder.encode(dataset.pillars).write(to: root.appending(path: "pillars.json"))
        try encoder.encode(dataset.documents).write(to: root.appending(path: "documents.json"))
        try encoder.encode(dataset.competences).write(to: root.appending(path: "competences.json"))
        try encoder.encode(dataset.organisations).write(to: root.appending(path: "organisations/all.json"))
        try encoder.encode(dataset.programmes).write(to: root.appending(path: "programmes/all.json"))
        print("wrote \(dataset.programmes.count) programmes to \(directory)")
    }
}
