/// Every programme's budget amounts placed in calendar years, and the links between programmes
/// that decide what may be added: a part's money is inside its whole's (`partOf`), and an edition
/// ends the year before the next one starts (`follows`). The one place where beai decides which
/// amount counts in which year; the tree, comparisons, the command line and exports read it.
public struct BudgetLedger: Sendable {
    private let amountsByProgramme: [String: [BudgetAmount]]
    private let wholes: [String: String]
    private let partsByWhole: [String: [String]]
    private let followersByEdition: [String: [String]]

    /// Places the budget figures of every programme of `dataset`.
    public init(_ dataset: Dataset) {
        self.init(programmes: dataset.programmes, documents: dataset.documents)
    }

    /// Places the budget figures of `programmes`, dating amounts by the `documents` that state them.
    public init(programmes: [Programme], documents: [SourceDocument]) {
        var documentYears: [String: Int] = [:]
        for document in documents {
            if let date = document.date, let year = Int(date.prefix(4)) { documentYears[document.id] = year }
        }
        var wholes: [String: String] = [:]
        var followers: [String: [String]] = [:]
        for programme in programmes {
            if let whole = programme.partOf { wholes[programme.id] = whole }
            if let previous = programme.follows { followers[previous, default: []].append(programme.id) }
        }
        // Where each edition begins: its start, or its earliest dated amount if that is earlier.
        var firstYears: [String: Int] = [:]
        for programme in programmes where programme.follows != nil {
            let amountStarts = Self.place(
                programme, counted: programme.countedBudgetFigures, successor: nil, documentYears: documentYears
            ).compactMap {
                $0.period == .perYear ? $0.years?.start : nil
            }
            if let first = (amountStarts + [programme.years?.start].compactMap { $0 }).min() {
                firstYears[programme.id] = min(firstYears[programme.id] ?? first, first)
            }
        }
        var amounts: [String: [BudgetAmount]] = [:]
        for programme in programmes {
            // Most programmes have no budget figure: they cost no lookup.
            let counted = programme.countedBudgetFigures
            guard !counted.isEmpty else { continue }
            let successor = followers.isEmpty
                ? nil : Self.earliestSuccessor(of: programme.id, followers: followers, firstYears: firstYears)
            let placed = Self.place(programme, counted: counted, successor: successor, documentYears: documentYears)
            if !placed.isEmpty, amounts[programme.id] == nil { amounts[programme.id] = placed }
        }
        amountsByProgramme = amounts
        self.wholes = wholes
        partsByWhole = Dictionary(grouping: wholes.keys.sorted(), by: { wholes[$0] ?? "" })
        followersByEdition = followers
    }

    /// The programmes directly inside `programme` (`partOf` it), by id.
    public func parts(of programme: String) -> [String] { partsByWhole[programme] ?? [] }

    /// The editions that directly follow `programme`, in data order.
    public func nextEditions(of programme: String) -> [String] { followersByEdition[programme] ?? [] }

    /// The budget amounts of a programme, in figure order; empty when it has none.
    public func amounts(of programme: String) -> [BudgetAmount] { amountsByProgramme[programme] ?? [] }

    /// The programme's per-year amount in `year`: the sum of its per-year measures that count then.
    public func perYear(of programme: String, in year: Int) -> Double {
        amounts(of: programme).reduce(0) { $0 + ($1.counts(in: year) ? $1.value : 0) }
    }

    /// The nearest programme above `programme` (following `partOf`) with a per-year amount in
    /// `year`: the whole that holds this year's money, so the part's own amount is not added.
    public func whole(holding programme: String, in year: Int) -> String? {
        nearestWhole(above: programme) { amounts in amounts.contains { $0.counts(in: year) } }
    }

    /// The nearest programme above `programme` with a budget amount of `period`, dated or not.
    public func whole(holding programme: String, period: BudgetAmount.Period) -> String? {
        nearestWhole(above: programme) { amounts in amounts.contains { $0.period == period } }
    }

    private func nearestWhole(above programme: String, where holds: ([BudgetAmount]) -> Bool) -> String? {
        var current = programme
        // A chain longer than the number of parts goes round in a circle (invalid data): stop there.
        for _ in 0..<wholes.count {
            guard let whole = wholes[current] else { return nil }
            if holds(amounts(of: whole)) { return whole }
            current = whole
        }
        return nil
    }

    /// Among every later edition of `programme` (following `follows` back to it, however many
    /// steps), the one that begins first: an edition ends before any of them begins.
    static func earliestSuccessor(
        of programme: String, followers: [String: [String]], firstYears: [String: Int]
    ) -> (id: String, start: Int)? {
        var best: (id: String, start: Int)?
        var pending = followers[programme] ?? []
        var seen: Set<String> = [programme]
        while let next = pending.popLast() {
            guard seen.insert(next).inserted else { continue }
            if let start = firstYears[next], best.map({ start < $0.start }) ?? true { best = (next, start) }
            pending += followers[next] ?? []
        }
        return best
    }

    /// The `counted` budget figures of `programme` (`Programme.countedBudgetFigures`) with their years.
    static func place(
        _ programme: Programme, counted: [Figure], successor: (id: String, start: Int)?, documentYears: [String: Int]
    ) -> [BudgetAmount] {
        guard !counted.isEmpty else { return [] }
        return counted.compactMap { figure in
            // The other versions of this measure (`Programme.conflictingFigures`) with another value.
            let label = figure.label.lowercased()
            let disagreeing = programme.figures.count < 2 ? [] : programme.figures.filter {
                $0.value != figure.value && $0.unit == figure.unit && $0.label.lowercased() == label
            }
            switch figure.period {
            case .perYear?:
                let (years, basis) = perYearYears(of: figure, in: programme, successor: successor, documentYears: documentYears)
                return BudgetAmount(
                    programme: programme.id, figure: figure, period: .perYear, years: years, basis: basis,
                    disagreeing: disagreeing)
            case .oneOff?, .total?:
                let stated = [figure.years, programme.years].compactMap { $0 }.first { $0.start != nil || $0.end != nil }
                return BudgetAmount(
                    programme: programme.id, figure: figure, period: .oneOffOrTotal, years: stated, basis: .apart,
                    disagreeing: disagreeing)
            default:
                return nil
            }
        }
    }

    /// The years a per-year figure counts in: its own where the source states them, otherwise from
    /// the programme's start to the earliest of its end, the year before its next edition and the
    /// year of the latest document that states the amount; with no start, that document's year.
    static func perYearYears(
        of figure: Figure, in programme: Programme, successor: (id: String, start: Int)?, documentYears: [String: Int]
    ) -> (YearRange?, BudgetAmount.Basis) {
        let beforeSuccessor = successor.map { $0.start - 1 }
        if let start = figure.years?.start, let end = figure.years?.end {
            let last = min(end, beforeSuccessor ?? end)
            return start <= last ? (YearRange(start: start, end: last), .stated) : (nil, .undated)
        }
        let label = figure.label.lowercased()
        let stating = programme.figures.filter {
            $0.value == figure.value && $0.unit == figure.unit && $0.period == figure.period && $0.label.lowercased() == label
        }
        let sourceYear = stating.compactMap { $0.source.flatMap { documentYears[$0.document] } }.max()
        var ends: [(year: Int, end: BudgetAmount.End)] = []
        if let end = figure.years?.end {
            ends.append((end, .stated(end)))
        } else {
            if let end = programme.years?.end { ends.append((end, .programmeEnd(end))) }
            if let sourceYear { ends.append((sourceYear, .source(sourceYear))) }
        }
        if let successor, let year = beforeSuccessor { ends.append((year, .successor(id: successor.id, year: year))) }
        guard let end = ends.min(by: { $0.year < $1.year }) else { return (nil, .undated) }
        let start: Int
        let basis: BudgetAmount.Basis
        if let known = figure.years?.start ?? programme.years?.start {
            (start, basis) = (known, .fromStart(end: end.end))
        } else if let sourceYear {
            (start, basis) = (sourceYear, .sourceYear)
        } else {
            return (nil, .undated)
        }
        return start <= end.year ? (YearRange(start: start, end: end.year), basis) : (nil, .undated)
    }
}
