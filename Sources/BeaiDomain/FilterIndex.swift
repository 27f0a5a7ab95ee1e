/// The programmes of a policy tree with their facet values as small integers, so that a filter is
/// applied, and what each facet value would leave counted, in a few passes over plain arrays
/// (a keystroke's work even at 100,000 programmes). `ProgrammeFilter.matches` says the same of
/// one programme at a time.
public struct FilterIndex: Sendable {
    /// The tree's programmes in tree order: a programme's position in the index is its place here.
    public let programmes: [Programme]
    /// The values each facet takes in the data, in display order: ids for governments, pillars,
    /// roles, kinds, statuses, target groups and organisations (those no programme has left out), the
    /// years from the earliest a programme runs in to the latest (at most `yearSpan`); none for
    /// the budget, whose panel rows are "with" and "without a budget figure" (`budgetRows`).
    public let values: [FilterFacet: [String]]
    /// Each programme's codes (positions in `values`) per facet.
    let columns: [FilterFacet: FacetColumn]
    /// Each programme's `largestBudgetAmount`, NaN when it has none.
    let budgets: [Double]
    /// The years each programme runs, open ends as `Int.min` and `Int.max`; `dated` is false
    /// when neither end is known.
    let yearFrom: [Int]
    let yearTo: [Int]
    let dated: [Bool]
    /// Position of each programme id.
    private let positions: [String: Int]
    /// The positions under each pillar node of the tree, per government node.
    let pillarRanges: [[Range<Int>]]
    /// Per government node, the positions of its strategies and plans in data order: the
    /// candidates of its headline strategy.
    let headlineCandidates: [[Int]]

    /// The years a facet lists at most: the latest ones.
    public static let yearSpan = 40

    /// The budget facet's rows: with a budget figure (`budget>=0`) and without one (`-budget>=0`).
    public static let budgetRows = ["with", "without"]

    /// Indexes the programmes of `tree`, a tree of `dataset`.
    public init(tree: PolicyTree, dataset: Dataset) {
        var programmes: [Programme] = []
        var ranges: [[Range<Int>]] = []
        for government in tree.governments {
            ranges.append(government.pillars.map { pillar in
                let start = programmes.count
                programmes += pillar.programmes
                return start..<programmes.count
            })
        }
        self.programmes = programmes
        pillarRanges = ranges
        let positions = Dictionary(programmes.enumerated().map { ($1.id, $0) }) { first, _ in first }
        self.positions = positions
        budgets = programmes.map { $0.largestBudgetAmount ?? .nan }
        let yearFrom = programmes.map { $0.years?.start ?? Int.min }
        let yearTo = programmes.map { $0.years?.end ?? Int.max }
        let dated = programmes.map { $0.years.map { $0.start != nil || $0.end != nil } ?? false }
        self.yearFrom = yearFrom
        self.yearTo = yearTo
        self.dated = dated

        // The dataset lists programmes in data order: its strategies and plans, placed.
        var candidates = [[Int]](repeating: [], count: ranges.count)
        let governmentOfNode = Dictionary(tree.governments.enumerated().map { ($1.government.id, $0) }) { first, _ in first }
        for programme in dataset.programmes where programme.kind.rawValue == "strategy" || programme.kind.rawValue == "plan" {
            guard let node = governmentOfNode[programme.government], let position = positions[programme.id] else { continue }
            candidates[node].append(position)
        }
        headlineCandidates = candidates

        var values: [FilterFacet: [String]] = [:]
        var columns: [FilterFacet: FacetColumn] = [:]
        func add(_ facet: FilterFacet, known: [String], byUse: Bool = false,
                 _ visit: (Programme, (String) -> Void) -> Void) {
            var builder = FacetColumn.Builder()
            for programme in programmes {
                visit(programme) { builder.add($0) }
                builder.next()
            }
            let (list, column) = builder.column(known: known, byUse: byUse)
            values[facet] = list
            columns[facet] = column
        }
        add(.government, known: dataset.governments.map(\.id)) { $1($0.government) }
        add(.pillar, known: dataset.pillars.map(\.id)) { programme, value in
            value(programme.pillar)
            for pillar in programme.pillars { value(pillar) }
        }
        add(.role, known: ProgrammeRole.known.map(\.rawValue)) { $1($0.role.rawValue) }
        add(.kind, known: ProgrammeKind.known.map(\.rawValue)) { $1($0.kind.rawValue) }
        add(.status, known: ProgrammeStatus.known.map(\.rawValue)) { $1($0.status.rawValue) }
        add(.target, known: [], byUse: true) { programme, value in for target in programme.targets { value(target) } }
        add(.organisation, known: dataset.organisations.map(\.id)) { programme, value in for lead in programme.lead { value(lead) } }

        let span = Self.span(from: yearFrom, to: yearTo, dated: dated)
        values[.year] = span.map { $0.map(String.init) } ?? []
        columns[.year] = FacetColumn(count: programmes.count, values: span?.count ?? 0) { position, add in
            guard let span, dated[position] else { return }
            let first = max(span.lowerBound, yearFrom[position])
            let last = min(span.upperBound, yearTo[position])
            if first <= last { for year in first...last { add(year - span.lowerBound) } }
        }
        values[.budget] = []
        self.values = values
        self.columns = columns
    }

    /// The years from the earliest a programme runs in to the latest (an open end counts its known
    /// end), at most the last `yearSpan` of them; nil when no programme is dated.
    private static func span(from: [Int], to: [Int], dated: [Bool]) -> ClosedRange<Int>? {
        var first = Int.max
        var last = Int.min
        for position in dated.indices where dated[position] {
            for year in [from[position], to[position]] where year != Int.min && year != Int.max {
                first = min(first, year)
                last = max(last, year)
            }
        }
        guard first <= last else { return nil }
        return max(first, last - yearSpan + 1)...last
    }

    /// The number of programmes indexed.
    public var count: Int { programmes.count }

    /// The position of the programme `id`, if the tree holds it.
    public func position(of id: String) -> Int? { positions[id] }
}

/// One facet's codes for every programme, stored flat: programme `p` has
/// `codes[starts[p]..<starts[p + 1]]`, each code once.
struct FacetColumn: Sendable {
    let codes: [Int32]
    let starts: [Int32]
    /// The number of values the codes stand for.
    let valueCount: Int

    /// The codes `visit(position, add)` adds for each of `count` programmes, among `values` values.
    init(count: Int, values: Int, _ visit: (Int, (Int) -> Void) -> Void) {
        var codes: [Int32] = []
        var starts: [Int32] = [0]
        starts.reserveCapacity(count + 1)
        for position in 0..<count {
            let begin = codes.count
            visit(position) { code in
                if !codes[begin...].contains(Int32(code)) { codes.append(Int32(code)) }
            }
            starts.append(Int32(codes.count))
        }
        self.init(codes: codes, starts: starts, valueCount: values)
    }

    private init(codes: [Int32], starts: [Int32], valueCount: Int) {
        self.codes = codes
        self.starts = starts
        self.valueCount = valueCount
    }

    /// Codes values as it meets them, then orders them for display (`column(known:byUse:)`).
    struct Builder {
        private var codes: [Int32] = []
        private var starts: [Int32] = [0]
        private var code: [String: Int32] = [:]
        private var met: [String] = []
        private var uses: [Int] = []

        /// Gives the current programme `value`.
        mutating func add(_ value: String) {
            let begin = Int(starts[starts.count - 1])
            let found: Int32
            if let known = code[value] {
                found = known
            } else {
                found = Int32(met.count)
                code[value] = found
                met.append(value)
                uses.append(0)
            }
            guard !codes[begin...].contains(found) else { return }
            codes.append(found)
            uses[Int(found)] += 1
        }

        /// Moves on to the next programme.
        mutating func next() { starts.append(Int32(codes.count)) }

        /// The values met in display order (those of `known` first, in its order; then the others
        /// by name, or most used first with `byUse`), and the column coded in that order.
        func column(known: [String], byUse: Bool) -> ([String], FacetColumn) {
            let knownOnes = known.filter { code[$0] != nil }
            let knownSet = Set(knownOnes)
            let others = met.indices.filter { !knownSet.contains(met[$0]) }
                .sorted { byUse ? (uses[$1], met[$0]) < (uses[$0], met[$1]) : met[$0] < met[$1] }
                .map { met[$0] }
            let list = knownOnes + others
            var remap = [Int32](repeating: 0, count: met.count)
            for (position, value) in list.enumerated() { if let old = code[value] { remap[Int(old)] = Int32(position) } }
            return (list, FacetColumn(codes: codes.map { remap[Int($0)] }, starts: starts, valueCount: list.count))
        }
    }
}
