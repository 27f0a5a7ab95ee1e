import BeaiApp
import BeaiDomain
import Foundation

/// Frame render time of the explorer's `view` and a writer of synthetic datasets for `beai --data`.
enum ExplorerBenchmarks {
    /// Renders the explorer `rounds` times at `width`×`height` on a programme's detail and on
    /// the tree; prints p50 and p99 in milliseconds.
    static func render(_ dataset: Dataset, width: Int, height: Int, rounds: Int) {
        var state = State(dataset: dataset, width: width, height: height)
        for government in dataset.governments { state.expanded.insert(.government(government.id)) }
        let programme = dataset.programmes.max { $0.figures.count < $1.figures.count }
        if let programme { state.selectNode(.programme(programme.id)) }
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<rounds {
            let start = clock.now
            _ = view(state)
            times.append(milliseconds(clock.now - start))
        }
        times.sort()
        print("frame render \(width)x\(height), \(dataset.programmes.count) programmes: "
            + "p50 \(format(times[times.count / 2])) ms, p99 \(format(times[min(times.count - 1, times.count * 99 / 100)])) ms")
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
        try encoder.encode(dataset.organisations).write(to: root.appending(path: "organisations/all.json"))
        try encoder.encode(dataset.programmes).write(to: root.appending(path: "programmes/all.json"))
        print("wrote \(dataset.programmes.count) programmes to \(directory)")
    }
}
