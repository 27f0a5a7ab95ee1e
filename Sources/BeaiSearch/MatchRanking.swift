/// How one query ranks each programme it matches, besides BM25: the match tier of the programme's
/// names against the words typed, and how many of the words that name a qualifier value
/// (`brussels`, `funding`, `startups`) it has the value of.
///
/// A word that names a value the programme has counts as the qualifier would: it is left out when
/// the name is compared, so "tremplin wallonia" finds "Tremplin AI" by the start of its name. A
/// generic noun ("programme") is left out the same way. Synonyms never make a name match.
struct MatchRanking {
    private let names: NameIndex
    private let plan: QueryPlan
    /// Bit `i` set for unit `i` when it is a generic noun.
    private let optional: UInt64
    /// The programmes that have a value unit `unit` names.
    private let named: [(unit: Int, programmes: Bitmap)]
    /// Name readings by the units left out of them.
    private var readings: [UInt64: [TierQuery]] = [:]

    init(plan: QueryPlan, index: SearchIndex) {
        names = index.names
        self.plan = plan
        var optional: UInt64 = 0
        var named: [(unit: Int, programmes: Bitmap)] = []
        for (offset, unit) in plan.units.enumerated() where offset < 64 {
            if unit.isOptional { optional |= 1 << UInt64(offset) }
            guard !unit.meanings.isEmpty else { continue }
            var programmes = Bitmap(count: index.catalog.count)
            for qualifier in Qualifier.allCases {
                let values = Set(unit.meanings.filter { $0.qualifier == qualifier }.map(\.value))
                if !values.isEmpty { programmes.formUnion(index.qualifiers.bitmap(for: qualifier, values: values)) }
            }
            named.append((offset, programmes))
        }
        self.optional = optional
        self.named = named
    }

    /// The most words that name a value that one programme can have; more count as this many.
    static let maximumNamed = 7

    /// Programme `position`'s name tier and the number of the query's value-naming words it has.
    mutating func rank(_ position: Int) -> (tier: MatchTier, named: Int) {
        var namedUnits: UInt64 = 0
        for entry in named where entry.programmes.contains(position) { namedUnits |= 1 << UInt64(entry.unit) }
        let count = min(namedUnits.nonzeroBitCount, Self.maximumNamed)
        var best = tier(position, skipping: 0)
        let skipped = optional | namedUnits
        if best != .exactName, skipped != 0 { best = max(best, tier(position, skipping: skipped)) }
        return (best, count)
    }

    private mutating func tier(_ position: Int, skipping skipped: UInt64) -> MatchTier {
        let queries: [TierQuery]
        if let cached = readings[skipped] {
            queries = cached
        } else {
            queries = plan.readings(skipping: skipped).map(TierQuery.init)
            readings[skipped] = queries
        }
        var best = MatchTier.elsewhere
        for query in queries {
            best = max(best, names.tier(of: position, query: query))
            if best == .exactName { break }
        }
        return best
    }
}
