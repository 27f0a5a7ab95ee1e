/// The programmes of a policy tree with their facet values as small integers, so that a filter is
/// applied, and what each facet value would leave counted, in a few passes over plain arrays
/// (a keystroke's work even at 100,000 programmes). `ProgrammeFilter.matches` says the same of
/// one programme at a time.
public struct FilterIndex: Sendable {
    /// The tree's programmes in tree order: a programme's position in the index is its place here.
    public let programmes: [Programme]
    /// The values each facet takes in the data, in display order: ids for governments, pillars,
    /// kinds, statuses, target groups and organisations (those no programme has left out), the
    /// years from the earliest a programme runs in to the latest (at most `yearSpan`); none for
    /// the budget, whose panel rows are "with" and "without a budget figure" (`budgetRows`).
    public let values: [FilterFacet: [String]]
    /// Each programme's codes (positions in `values`) per facet.
    private let columns: [FilterFacet: FacetColumn]
    /// Each programme's `largestBudgetAmount`, NaN when it has none.
    let budgets: [Double]
    /// The years each programme runs, open ends as `Int.min` and `Int.max`; `dated` is false
    /// when neither end is known.
    private let yearFrom: [Int]
    private let yearTo: [Int]
    private let dated: [Bool]
    /// Each programme's budget totals, added up for the nodes of a filtered tree.
    let contributions: [BudgetTotals]
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
        contributions = programmes.map { BudgetTotals([$0]) }
        let yearFrom = programmes.map { $0.years?.start ?? Int.min }
        let yearTo = programmes.map { $0.years?.end ?? Int.max }
        let dated = programmes.map { $0.years.map { $0.start != nil || $0.end != nil } ?? false }
        self.yearFrom = yearFrom
        self.yearTo = yearTo
        self.dated = dated

        let dataOrder = Dictionary(dataset.programmes.enumerated().map { ($1.id, $0) }) { first, _ in first }
        headlineCandidates = ranges.map { pillarRanges in
            pillarRanges.flatMap { $0 }
                .filter { ["strategy", "plan"].contains(programmes[$0].kind.rawValue) }
                .sorted { dataOrder[programmes[$0].id] ?? 0 < dataOrder[programmes[$1].id] ?? 0 }
        }

        var values: [FilterFacet: [String]] = [:]
        var columns: [FilterFacet: FacetColumn] = [:]
        /// Lists the values of `facet` the data uses: those of `known` first, in its order, then
        /// the others by name (or, `byUse`, most used first); and codes every programme's.
        func add(_ facet: FilterFacet, known: [String], byUse: Bool = false, _ valuesOf: (Programme) -> [String]) {
            var counts: [String: Int] = [:]
            for programme in programmes { for value in valuesOf(programme) { counts[value, default: 0] += 1 } }
            let knownSet = Set(known)
            let others = counts.keys.filter { !knownSet.contains($0) }
            let list = known.filter { counts[$0] != nil }
                + (byUse ? others.sorted { (counts[$1] ?? 0, $0) < (counts[$0] ?? 0, $1) } : others.sorted())
            values[facet] = list
            columns[facet] = FacetColumn(count: programmes.count, values: list) { valuesOf(programmes[$0]) }
        }
        add(.government, known: dataset.governments.map(\.id)) { [$0.government] }
        add(.pillar, known: dataset.pillars.map(\.id)) { [$0.pillar] + $0.pillars }
        add(.kind, known: ProgrammeKind.known.map(\.rawValue)) { [$0.kind.rawValue] }
        add(.status, known: ProgrammeStatus.known.map(\.rawValue)) { [$0.status.rawValue] }
        add(.target, known: [], byUse: true) { $0.targets }
        add(.organisation, known: dataset.organisations.map(\.id)) { $0.lead }

        let span = Self.span(from: yearFrom, to: yearTo, dated: dated)
        let years = span.map { $0.map(String.init) } ?? []
        values[.year] = years
        columns[.year] = FacetColumn(count: programmes.count, values: years) { position in
            guard let span, dated[position] else { return [] }
            let first = max(span.lowerBound, yearFrom[position])
            let last = min(span.upperBound, yearTo[position])
            return first <= last ? (first...last).map(String.init) : []
        }
        values[.budget] = []
        self.values = values
        self.columns = columns
    }

    /// The years from the earliest a programme runs in to the latest (an open end counts its known
    /// end), at most the last `yearSpan` of them; nil when no programme is dated.
    private static func span(from: [Int], to: [Int], dated: [Bool]) -> ClosedRange<Int>? {
        var known: [Int] = []
        for position in dated.indices where dated[position] {
            if from[position] != Int.min { known.append(from[position]) }
            if to[position] != Int.max { known.append(to[position]) }
        }
        guard let first = known.min(), let last = known.max() else { return nil }
        return max(first, last - yearSpan + 1)...last
    }

    /// The lead organisations of each programme, as codes in `values[.organisation]`.
    var organisationColumn: FacetColumn? { columns[.organisation] }

    /// The number of programmes indexed.
    public var count: Int { programmes.count }

    /// The position of the programme `id`, if the tree holds it.
    public func position(of id: String) -> Int? { positions[id] }

    // MARK: applying a filter

    /// Which positions `filter` keeps; nil when it keeps every programme.
    public func kept(by filter: ProgrammeFilter) -> [Bool]? {
        guard !filter.isEmpty else { return nil }
        return failures(of: filter).count.map { $0 == 0 }
    }

    /// For each programme, how many of the filter's facets it fails, and the last one it fails.
    private func failures(of filter: ProgrammeFilter) -> (count: [UInt8], facet: [UInt8]) {
        var count = [UInt8](repeating: 0, count: programmes.count)
        var failed = [UInt8](repeating: UInt8.max, count: programmes.count)
        for facet in filter.activeFacets {
            let test = Test(facet, filter, self)
            let code = UInt8(FilterFacet.allCases.firstIndex(of: facet) ?? 0)
            for position in programmes.indices where !test.passes(position) {
                count[position] &+= 1
                failed[position] = code
            }
        }
        return (count, failed)
    }

    /// One facet of a filter, ready to test positions.
    private struct Test {
        let facet: FilterFacet
        let index: FilterIndex
        let column: FacetColumn?
        /// Per value code: chosen / excluded (code facets).
        let chosen: [Bool]
        let excluded: [Bool]
        let requiresChoice: Bool
        /// Years and budget bounds, tested on the programme itself.
        let years: [ClosedRange<Int>]
        let excludedYears: [ClosedRange<Int>]
        let bounds: [BudgetBound]
        let excludedBounds: [BudgetBound]

        init(_ facet: FilterFacet, _ filter: ProgrammeFilter, _ index: FilterIndex) {
            self.facet = facet
            self.index = index
            column = index.columns[facet]
            let values = index.values[facet] ?? []
            let code = Dictionary(values.enumerated().map { ($1, $0) }) { first, _ in first }
            func table(_ set: Set<String>) -> [Bool] {
                var table = [Bool](repeating: false, count: values.count)
                for value in set { if let position = code[value] { table[position] = true } }
                return table
            }
            chosen = table(filter.chosen(facet))
            excluded = table(filter.excluded(facet))
            requiresChoice = !filter.chosen(facet).isEmpty
            years = ProgrammeFilter.yearRuns(filter.chosen(facet).compactMap(Int.init))
            excludedYears = ProgrammeFilter.yearRuns(filter.excluded(facet).compactMap(Int.init))
            bounds = filter.chosen(facet).compactMap(BudgetBound.init)
            excludedBounds = filter.excluded(facet).compactMap(BudgetBound.init)
        }

        /// True when the programme at `position` has an excluded value: toggling a chosen value
        /// keeps it out all the same.
        func excludes(_ position: Int) -> Bool {
            switch facet {
            case .year:
                return index.dated[position] && excludedYears.contains {
                    index.yearFrom[position] <= $0.upperBound && index.yearTo[position] >= $0.lowerBound
                }
            case .budget:
                let amount = index.budgets[position]
                return !amount.isNaN && excludedBounds.contains { $0.holds(for: amount) }
            default:
                guard let column else { return false }
                return column.codes(of: position).contains { excluded[$0] }
            }
        }

        func passes(_ position: Int) -> Bool {
            switch facet {
            case .year:
                guard index.dated[position] else { return !requiresChoice }
                let runs = { (run: ClosedRange<Int>) in
                    index.yearFrom[position] <= run.upperBound && index.yearTo[position] >= run.lowerBound
                }
                return (!requiresChoice || years.contains(where: runs)) && !excludedYears.contains(where: runs)
            case .budget:
                let amount = index.budgets[position]
                guard !amount.isNaN else { return !requiresChoice }
                return (!requiresChoice || bounds.contains { $0.holds(for: amount) })
                    && !excludedBounds.contains { $0.holds(for: amount) }
            default:
                guard let column else { return !requiresChoice }
                var any = false
                for code in column.codes(of: position) {
                    if excluded[code] { return false }
                    if chosen[code] { any = true }
                }
                return any || !requiresChoice
            }
        }
    }

    // MARK: counting

    /// What `filter` keeps, and for each facet of the panel what toggling each of its values would
    /// leave: `leaves[facet][i]` for `values[facet][i]`; for the budget, choosing "with a budget
    /// figure" and "without" (`budgetRows`), each in place of the other, or back to either.
    public func counts(for filter: ProgrammeFilter) -> FacetCounts {
        let (failCount, failedFacet) = failures(of: filter)
        var kept = 0
        for count in failCount where count == 0 { kept += 1 }
        var leaves: [FilterFacet: [Int]] = [:]
        for facet in FilterFacet.panel {
            let code = UInt8(FilterFacet.allCases.firstIndex(of: facet) ?? 0)
            let isOther = { (position: Int) in
                failCount[position] == 0 || (failCount[position] == 1 && failedFacet[position] == code)
            }
            leaves[facet] = facet == .budget ? budgetLeaves(filter, isOther) : valueLeaves(facet, filter, isOther)
        }
        return FacetCounts(kept: kept, leaves: leaves)
    }

    /// For each value of `facet`, the programmes left if it were toggled: among those the other
    /// facets keep and this one does not exclude, those with a chosen value (one more or one fewer).
    private func valueLeaves(_ facet: FilterFacet, _ filter: ProgrammeFilter, _ isOther: (Int) -> Bool) -> [Int] {
        let values = values[facet] ?? []
        guard let column = columns[facet] else { return [] }
        let chosenSet = filter.chosen(facet)
        let chosen = values.map(chosenSet.contains)
        let test = Test(facet, filter, self)
        var others = 0
        var withChoice = 0
        var added = [Int](repeating: 0, count: values.count)
        var onlyChoice = [Int](repeating: 0, count: values.count)
        for position in programmes.indices where isOther(position) && !test.excludes(position) {
            others += 1
            var hits = 0
            var hit = 0
            for code in column.codes(of: position) where chosen[code] {
                hits += 1
                hit = code
            }
            if hits == 0 {
                for code in column.codes(of: position) { added[code] += 1 }
            } else {
                withChoice += 1
                if hits == 1 { onlyChoice[hit] += 1 }
            }
        }
        let choices = chosen.filter { $0 }.count
        return values.indices.map { code in
            guard chosen[code] else { return withChoice + added[code] }
            return choices == 1 ? others : withChoice - onlyChoice[code]
        }
    }

    /// "With a budget figure" and "without": each leaves the others' programmes that have (or lack)
    /// one, or, when it is the one chosen, every programme the others keep.
    private func budgetLeaves(_ filter: ProgrammeFilter, _ isOther: (Int) -> Bool) -> [Int] {
        var with = 0
        var without = 0
        for position in programmes.indices where isOther(position) {
            if budgets[position].isNaN { without += 1 } else { with += 1 }
        }
        let any = BudgetBound.any.text
        return [filter.chosen(.budget).contains(any) ? with + without : with,
                filter.excluded(.budget).contains(any) ? with + without : without]
    }
}

/// What a filter keeps, and what toggling each value of the filter panel would leave.
public struct FacetCounts: Hashable, Sendable {
    /// Programmes the filter keeps.
    public let kept: Int
    /// Per facet of the panel, aligned with `FilterIndex.values` (for the budget, with
    /// `FilterIndex.budgetRows`): the programmes left if that value were toggled.
    public let leaves: [FilterFacet: [Int]]
}

/// One facet's codes for every programme, stored flat: programme `p` has
/// `codes[starts[p]..<starts[p + 1]]`, each code once.
struct FacetColumn: Sendable {
    private var codes: [Int] = []
    private var starts: [Int] = [0]

    /// The codes in `values` of each of `count` programmes' values, `valuesAt(position)`.
    init(count: Int, values: [String], _ valuesAt: (Int) -> [String]) {
        let code = Dictionary(values.enumerated().map { ($1, $0) }) { first, _ in first }
        for position in 0..<count {
            var seen: [Int] = []
            for value in valuesAt(position) {
                if let position = code[value], !seen.contains(position) { seen.append(position) }
            }
            codes += seen
            starts.append(codes.count)
        }
    }

    func codes(of position: Int) -> ArraySlice<Int> { codes[starts[position]..<starts[position + 1]] }
}
