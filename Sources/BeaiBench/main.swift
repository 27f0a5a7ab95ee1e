import BeaiBuiltinData
import BeaiDomain
import BeaiSearch
import Foundation

/// `beai-bench`: index build time and per-query latency of the search index over the built-in
/// data and synthetic datasets, printed as Markdown for BENCHMARKS.md.
///
///     swift run -c release beai-bench [--sizes 10000,100000] [--rounds 5] [--seed 1] [--limit 200] [--rows 20]
///         [--per-query FILE]   (each query's median, a tab-separated line per query and dataset size)
///     swift run -c release beai-bench --query "tremplin" [--size 100000]
///     swift run -c release beai-bench --render            (explorer frame render time at 200x60)
///     swift run -c release beai-bench --compare [--size 100000]   (keys on the compare screen)
///     swift run -c release beai-bench --timeline [--size 100000]   (timeline render, and keys at scale)
///     swift run -c release beai-bench --filters [--size 100000] [--rounds 20]   (filter panel keys)
///     swift run -c release beai-bench --evidence DIR      (opening the evidence screen, documents in DIR)
///     swift run -c release beai-bench --write-dataset DIR [--size 100000]   (for beai --data DIR)
struct BenchmarkOptions {
    var sizes = [10_000, 100_000]
    var rounds = 5
    var seed: UInt64 = 1
    var queries: [String] = []
    var querySize: Int?
    /// Results asked for per search: the explorer asks for 200.
    var limit = 200
    /// Results whose highlights and snippet are read after each search: a screenful.
    var rows = 20
    /// Measure the explorer's frame render time instead.
    var render = false
    /// Measure search keystrokes in the explorer (update and view) instead.
    var keystrokes = false
    /// Measure keys on the compare screen (update and view) instead.
    var compare = false
    /// Measure the timeline screen (render, and opening and scrolling a pillar's) instead.
    var timeline = false
    /// Measure the filter panel's keys in the explorer (update and view) instead.
    var filters = false
    /// Write a synthetic dataset here instead.
    var writeDirectory: String?
    /// Measure opening the evidence screen, with the source documents in this directory, instead.
    var evidenceSources: String?
    /// Write each query's median time (ms, wall clock) here, a tab-separated line per query.
    var perQueryPath: String?

    init(arguments: [String]) throws {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            func value() throws -> String {
                guard let next = rest.popFirst() else { throw BenchmarkError("\(argument) needs a value") }
                return next
            }
            switch argument {
            case "--sizes": sizes = try value().split(separator: ",").compactMap { Int($0) }
            case "--rounds": rounds = max(1, Int(try value()) ?? 5)
            case "--seed": seed = UInt64(try value()) ?? 1
            case "--query": queries.append(try value())
            case "--size": querySize = Int(try value())
            case "--limit": limit = max(0, Int(try value()) ?? 200)
            case "--rows": rows = max(0, Int(try value()) ?? 20)
            case "--render": render = true
            case "--keystrokes": keystrokes = true
            case "--compare": compare = true
            case "--timeline": timeline = true
            case "--filters": filters = true
            case "--write-dataset": writeDirectory = try value()
            case "--evidence": evidenceSources = try value()
            case "--per-query": perQueryPath = try value()
            case "--help", "-h":
                print("usage: beai-bench [--sizes N,N] [--rounds R] [--seed S] [--limit N] [--rows N] [--per-query FILE] | --query TEXT [--size N] | --render | --keystrokes [--size N] | --compare [--size N] | --timeline [--size N] [--rounds R] | --filters [--size N] [--rounds R] | --evidence DIR | --write-dataset DIR [--size N]")
                exit(0)
            default: throw BenchmarkError("unknown argument \(argument); see --help")
            }
        }
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
}

/// CPU time of the calling thread, in milliseconds: what a query costs even when other processes
/// share the processor.
func threadTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
}

func format(_ value: Double) -> String { String(format: value < 10 ? "%.3f" : "%.1f", value) }

/// Resident memory of this process in MiB, from /proc (nil elsewhere).
func residentMemory() -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
        let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return nil }
    return kilobytes / 1024
}

func machineDescription() -> String {
    let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
        .split(separator: "\n").first { $0.hasPrefix("model name") }?
        .split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
    let memory = ProcessInfo.processInfo.physicalMemory / 1_073_741_824
    return "\(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(memory) GiB, "
        + "\(ProcessInfo.processInfo.operatingSystemVersionString)"
}

/// CPU time this process has used, all threads, in milliseconds.
func processorTime() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let user = Double(usage.ru_utime.tv_sec) * 1000 + Double(usage.ru_utime.tv_usec) / 1000
    let system = Double(usage.ru_stime.tv_sec) * 1000 + Double(usage.ru_stime.tv_usec) / 1000
    return user + system
}

/// Builds an index of `dataset`, `times` times, and returns the last with the median build time
/// and the median processor time (both threads) the build used.
func buildIndex(_ dataset: Dataset, times: Int) throws -> (SearchIndex, Double, Double) {
    var durations: [Double] = []
    var processor: [Double] = []
    var index: SearchIndex?
    for _ in 0..<times {
        index = nil
        let clock = ContinuousClock()
        let cpuStart = processorTime()
        let start = clock.now
        index = try SearchIndex(dataset: dataset)
        durations.append(milliseconds(clock.now - start))
        processor.append(processorTime() - cpuStart)
    }
    guard let index else { throw BenchmarkError("no index built") }
    return (index, durations.sorted()[durations.count / 2], processor.sorted()[processor.count / 2])
}

func run() throws {
    let options = try BenchmarkOptions(arguments: Array(CommandLine.arguments.dropFirst()))
    let builtin = try Dataset.load(BuiltinData.files.map { DataFile(path: $0.path, contents: $0.contents) })
    if let directory = options.writeDirectory {
        let count = options.querySize ?? 100_000
        try ExplorerBenchmarks.write(SyntheticDataset(seed: builtin).make(count: count, randomSeed: options.seed), to: directory)
        return
    }
    if options.render {
        ExplorerBenchmarks.render(builtin, width: 200, height: 60, rounds: 2_000)
        ExplorerBenchmarks.render(SyntheticDataset(seed: builtin).make(count: 100_000, randomSeed: options.seed),
                                  width: 200, height: 60, rounds: 200)
        return
    }
    if let sources = options.evidenceSources {
        ExplorerBenchmarks.evidence(builtin, sources: sources, rounds: options.rounds * 4)
        return
    }
    if options.timeline {
        TimelineBenchmarks.render(builtin, width: 200, height: 60, rounds: 2_000)
        let size = options.querySize ?? 100_000
        TimelineBenchmarks.keystrokes(SyntheticDataset(seed: builtin).make(count: size, randomSeed: options.seed),
                                      rounds: max(options.rounds, 20))
        return
    }
    if options.filters {
        let dataset = options.querySize.map { SyntheticDataset(seed: builtin).make(count: $0, randomSeed: options.seed) }
            ?? builtin
        ExplorerBenchmarks.filters(dataset, rounds: options.rounds)
        return
    }
    if options.keystrokes {
        let dataset = options.querySize.map { SyntheticDataset(seed: builtin).make(count: $0, randomSeed: options.seed) }
            ?? builtin
        try ExplorerBenchmarks.keystrokes(dataset, query: "innovation wallonia ai", rounds: options.rounds)
        return
    }
    if options.compare {
        let dataset = options.querySize.map { SyntheticDataset(seed: builtin).make(count: $0, randomSeed: options.seed) }
            ?? builtin
        ExplorerBenchmarks.compareKeys(dataset, rounds: options.rounds)
        return
    }
    if !options.queries.isEmpty {
        let dataset = options.querySize.map { SyntheticDataset(seed: builtin).make(count: $0, randomSeed: options.seed) }
            ?? builtin
        let (index, build, processor) = try buildIndex(dataset, times: 1)
        print("built \(dataset.programmes.count) programmes in \(format(build)) ms (processor time \(format(processor)) ms)")
        for query in options.queries {
            let clock = ContinuousClock()
            let start = clock.now
            let results = index.search(query, limit: 10)
            let took = milliseconds(clock.now - start)
            print("\(query): \(results.total) matches in \(format(took)) ms; hints \(results.hints); suggestions \(results.suggestions)")
            for result in results.results {
                let snippet = result.snippet.map { " [\($0.field)] \($0.text)" } ?? ""
                print("  \(result.rank). \(result.programmeID) \(result.score) \(result.tier) \(result.matchedFields)\(snippet)")
            }
        }
        return
    }

    print("Machine: \(machineDescription())")
    print("Load average before the run: \(loadAverage())\n")
    print("| dataset | programmes | index build | build processor time | queries run | p50 | p99 | max | p50 CPU | p99 CPU | memory after build |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    var details: [String] = []
    var medians: [String] = []
    let datasets = [("built-in", builtin)]
        + options.sizes.map { ("synthetic", SyntheticDataset(seed: builtin).make(count: $0, randomSeed: options.seed)) }
    for (label, dataset) in datasets {
        let (index, build, processor) = try buildIndex(dataset, times: dataset.programmes.count <= 1000 ? 21 : 3)
        let memory = residentMemory().map { String(format: "%.0f MiB", $0) } ?? "n/a"
        let categories = BenchmarkQueries.make(for: dataset, seed: options.seed)
        for category in categories { for query in category.queries { _ = index.search(query, limit: options.limit) } }
        var all: [Double] = []
        var allCPU: [Double] = []
        var perCategory: [(String, [Double], [Double])] = []
        var perQuery: [String: Double] = [:]
        var queryTimes: [String: [Double]] = [:]
        for category in categories {
            var timings: [Double] = []
            var cpu: [Double] = []
            for _ in 0..<options.rounds {
                for query in category.queries {
                    let clock = ContinuousClock()
                    let cpuStart = threadTime()
                    let start = clock.now
                    let results = index.search(query, limit: options.limit)
                    for result in results.results.prefix(options.rows) {
                        _ = result.nameHighlights
                        _ = result.snippet
                    }
                    timings.append(milliseconds(clock.now - start))
                    cpu.append(threadTime() - cpuStart)
                    perQuery[query] = max(perQuery[query] ?? 0, cpu.last ?? 0)
                    queryTimes[query, default: []].append(timings.last ?? 0)
                }
            }
            all += timings
            allCPU += cpu
            perCategory.append((category.category, timings.sorted(), cpu.sorted()))
        }
        all.sort()
        allCPU.sort()
        print("| \(label) | \(dataset.programmes.count) | \(format(build)) ms | \(format(processor)) ms | \(all.count) "
            + "| \(format(percentile(all, 0.5))) ms | \(format(percentile(all, 0.99))) ms | \(format(all.last ?? 0)) ms "
            + "| \(format(percentile(allCPU, 0.5))) ms | \(format(percentile(allCPU, 0.99))) ms | \(memory) |")
        details.append("\n\(label), \(dataset.programmes.count) programmes, by kind of query (ms, wall clock; CPU in brackets):\n")
        details.append("| queries | count | p50 | p99 | max |")
        details.append("|---|---:|---:|---:|---:|")
        for (category, timings, cpu) in perCategory {
            details.append("| \(category) | \(timings.count / options.rounds) "
                + "| \(format(percentile(timings, 0.5))) (\(format(percentile(cpu, 0.5)))) "
                + "| \(format(percentile(timings, 0.99))) (\(format(percentile(cpu, 0.99)))) "
                + "| \(format(timings.last ?? 0)) (\(format(cpu.last ?? 0))) |")
        }
        for (query, times) in queryTimes.sorted(by: { $0.key < $1.key }) {
            medians.append("\(dataset.programmes.count)\t\(format(percentile(times.sorted(), 0.5)))\t\(query)")
        }
        let slowest = perQuery.sorted { $0.value > $1.value }.prefix(5)
        details.append("\nSlowest queries (largest CPU time of their runs): "
            + slowest.map { "`\($0.key)` \(format($0.value)) ms" }.joined(separator: ", "))
    }
    print(details.joined(separator: "\n"))
    if let path = options.perQueryPath {
        try (medians.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
    print("\nEach query ran \(options.rounds) times after one warm-up pass, as the explorer runs it: "
        + "search(query, limit: \(options.limit)), then the highlights and snippet of the first \(options.rows) results.")
    print("Load average after the run: \(loadAverage())")
}

/// The 1, 5 and 15 minute load averages, from /proc.
func loadAverage() -> String {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "n/a" }
    return text.split(separator: " ").prefix(3).joined(separator: " ")
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("beai-bench: \(error)\n".utf8))
    exit(1)
}
