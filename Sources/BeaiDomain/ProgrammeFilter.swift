/// A choice of programmes by their facets: the query language's qualifiers without words.
///
/// For each facet, the values chosen (a programme must have one of them; a facet with none lets
/// every programme through) and the values excluded (a programme with one is left out): what
/// `gov:wallonia,brussels role:initiative target:smes -status:completed` asks. Values are ids
/// (`wallonia`, `skills`, `initiative`, `fund`, `smes`, an organisation id), years (`2021`) and budget bounds (`>=0`, see
/// `BudgetBound`). `query(in:)` writes the filter as a query; the search module reads one back.
public struct ProgrammeFilter: Hashable, Sendable {
    private var chosenValues: [FilterFacet: Set<String>] = [:]
    private var excludedValues: [FilterFacet: Set<String>] = [:]

    /// The filter that keeps every programme.
    public init() {}

    /// True when it keeps every programme.
    public var isEmpty: Bool { chosenValues.isEmpty && excludedValues.isEmpty }

    /// The values chosen for `facet`: a programme must have one of them.
    public func chosen(_ facet: FilterFacet) -> Set<String> { chosenValues[facet] ?? [] }

    /// The values excluded for `facet`: a programme with one of them is left out.
    public func excluded(_ facet: FilterFacet) -> Set<String> { excludedValues[facet] ?? [] }

    /// The facets with a value chosen or excluded.
    public var activeFacets: [FilterFacet] {
        FilterFacet.allCases.filter { chosenValues[$0] != nil || excludedValues[$0] != nil }
    }

    /// Chooses `value` for `facet`, or takes it back when it was chosen.
    public mutating func toggle(_ value: String, in facet: FilterFacet) {
        var values = chosen(facet)
        if values.remove(value) == nil { values.insert(value) }
        chosenValues[facet] = values.isEmpty ? nil : values
    }

    /// Chooses `value` for `facet`.
    public mutating func choose(_ value: String, in facet: FilterFacet) {
        chosenValues[facet, default: []].insert(value)
    }

    /// Excludes `value` for `facet`.
    public mutating func exclude(_ value: String, in facet: FilterFacet) {
        excludedValues[facet, default: []].insert(value)
    }

    /// Forgets every value chosen or excluded for `facet`.
    public mutating func clear(_ facet: FilterFacet) {
        chosenValues[facet] = nil
        excludedValues[facet] = nil
    }

    /// True when the filter keeps `programme`: it has a chosen value of every facet with one, and
    /// no excluded value.
    public func matches(_ programme: Programme) -> Bool {
        for (facet, values) in chosenValues where !values.contains(where: { Self.has(programme, $0, facet) }) {
            return false
        }
        for (facet, values) in excludedValues where values.contains(where: { Self.has(programme, $0, facet) }) {
            return false
        }
        return true
    }

    /// True when `programme` has `value` of `facet`, as the query language's qualifier reads it.
    static func has(_ programme: Programme, _ value: String, _ facet: FilterFacet) -> Bool {
        switch facet {
        case .government: return programme.government == value
        case .pillar: return programme.pillar == value || programme.pillars.contains(value)
        case .role: return programme.role.rawValue == value
        case .kind: return programme.kind.rawValue == value
        case .status: return programme.status.rawValue == value
        case .target: return programme.targets.contains(value)
        case .organisation: return programme.lead.contains(value)
        case .year:
            guard let year = Int(value) else { return false }
            return programme.years?.overlaps(year...year) ?? false
        case .budget:
            guard let bound = BudgetBound(value), let amount = programme.largestBudgetAmount else { return false }
            return bound.holds(for: amount)
        }
    }

    // MARK: the query

    /// The filter as a query of qualifiers, facets in a fixed order and values in the dataset's:
    /// `gov:wallonia,brussels target:smes year:2019-2021 budget>=0`. Years in a row are written
    /// as a period; a value that the query language could not read in a list stands alone in
    /// quotes. Empty for the empty filter.
    public func query(in dataset: Dataset) -> String {
        var clauses: [String] = []
        for facet in FilterFacet.allCases {
            clauses += Self.clauses(facet, ordered(chosen(facet), facet, dataset), negated: false)
            clauses += Self.clauses(facet, ordered(excluded(facet), facet, dataset), negated: true)
        }
        return clauses.joined(separator: " ")
    }

    /// `values` of `facet` in display order: governments and pillars as the dataset lists them,
    /// kinds and statuses as their vocabulary does, years and amounts by number, others by name.
    public func ordered(_ values: Set<String>, _ facet: FilterFacet, _ dataset: Dataset) -> [String] {
        let known: [String]
        switch facet {
        case .government: known = dataset.governments.map(\.id)
        case .pillar: known = dataset.pillars.map(\.id)
        case .role: known = ProgrammeRole.known.map(\.rawValue)
        case .kind: known = ProgrammeKind.known.map(\.rawValue)
        case .status: known = ProgrammeStatus.known.map(\.rawValue)
        case .year:
            return values.sorted { (Int($0) ?? Int.max, $0) < (Int($1) ?? Int.max, $1) }
        case .budget:
            return values.sorted { (BudgetBound($0)?.amount ?? .infinity, $0) < (BudgetBound($1)?.amount ?? .infinity, $1) }
        case .target, .organisation: known = []
        }
        let rank = Dictionary(known.enumerated().map { ($1, $0) }) { first, _ in first }
        return values.sorted { (rank[$0] ?? known.count, $0) < (rank[$1] ?? known.count, $1) }
    }

    private static func clauses(_ facet: FilterFacet, _ values: [String], negated: Bool) -> [String] {
        guard !values.isEmpty else { return [] }
        let sign = negated ? "-" : ""
        switch facet {
        case .budget:
            return values.map { sign + facet.qualifier + (BudgetBound($0)?.text ?? $0) }
        case .year:
            return yearRuns(values.compactMap(Int.init)).map { run in
                sign + "year:" + (run.count == 1 ? "\(run.lowerBound)" : "\(run.lowerBound)-\(run.upperBound)")
            }
        default:
            let plain = values.filter { value in !value.contains { $0 == " " || $0 == "," || $0 == "\"" || $0 == ":" } }
            let quoted = values.filter { !plain.contains($0) }
            var clauses = plain.isEmpty ? [] : [sign + facet.qualifier + ":" + plain.joined(separator: ",")]
            clauses += quoted.map { sign + facet.qualifier + ":\"" + $0.replacingOccurrences(of: "\"", with: "") + "\"" }
            return clauses
        }
    }

    /// `years` sorted and grouped into runs of consecutive years: 2019, 2020, 2021, 2024 are
    /// 2019...2021 and 2024...2024.
    public static func yearRuns(_ years: [Int]) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        for year in Set(years).sorted() {
            if let last = runs.last, last.upperBound + 1 == year {
                runs[runs.count - 1] = last.lowerBound...year
            } else {
                runs.append(year...year)
            }
        }
        return runs
    }
}
