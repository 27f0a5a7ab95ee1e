/// How one query ranks each programme it matches, besides BM25: the match tier of the programme's
/// names against the words typed, and how many of the words that name a qualifier value
/// (`brussels`, `funding`, `startups`) it has the value of.
///
/// A word that names a value the programme has counts as the qualifier would: it is left out when
/// the name is compared, so "tremplin wallonia" finds "Tremplin AI" by the start of its name. A
/// generic noun ("programme") is left out the same way. Synonyms never make a name match.
///
/// A class, so that ranking thousands of matches neither copies it nor its cache.
final class MatchRanking {
    private let names: NameIndex
    private let plan: QueryPlan
    /// Bit `i` set for unit `i` when it is a generic noun.
    private let optional: UInt64
    /// The units that name a value, and the programmes that have one of those values.
    private let namedUnits: [UInt64]
    private let namedProgrammes: [Bitmap]
    /// The programmes that have a value some unit names.
    private let anyNamed: Bitmap?
    /// A sequence of words names are compared with, and the programmes whose names hold every
    /// one of them: only those can match it by name.
    private struct Reading {
        let query: TierQuery
        let candidates: Bitmap
    }
    /// The name readings of every unit.
    private var full: [Reading] = []
    /// Name readings by the units left out of them, as they are needed.
    private var readings: [UInt64: [Reading]] = [:]
    /// The programmes each word of a reading names, worked out once per word.
    private var naming: [TokenMatcher: Bitmap] = [:]

    init(plan: QueryPlan, index: SearchIndex) {
        names = index.names
        self.plan = plan
        var optional: UInt64 = 0
        var namedUnits: [UInt64] = []
        var namedProgrammes: [Bitmap] = []
        for (offset, unit) in plan.units.enumerated() where offset < 64 {
            if unit.isOptional { optional |= 1 << UInt64(offset) }
            guard !unit.meanings.isEmpty else { continue }
            var programmes = Bitmap(count: index.catalog.count)
            for qualifier in Qualifier.allCases {
                let values = Set(unit.meanings.filter { $0.qualifier == qualifier }.map(\.value))
                if !values.isEmpty { programmes.formUnion(index.qualifiers.bitmap(for: qualifier, values: values)) }
            }
            namedUnits.append(1 << UInt64(offset))
            namedProgrammes.append(programmes)
        }
        self.optional = optional
        self.namedUnits = namedUnits
        self.namedProgrammes = namedProgrammes
        anyNamed = namedProgrammes.first.map { first in
            namedProgrammes.dropFirst().reduce(into: first) { $0.formUnion($1) }
        }
        full = makeReadings(plan.readings())
    }

    private func makeReadings(_ sequences: [[TokenMatcher]]) -> [Reading] {
        sequences.map { tokens in
            Reading(query: TierQuery(tokens), candidates: names.candidates(for: tokens, naming: programmes(naming:)))
        }
    }

    private func programmes(naming token: TokenMatcher) -> Bitmap {
        if let known = naming[token] { return known }
        let found = names.programmes(naming: token)
        naming[token] = found
        return found
    }

    /// The most words that name a value that one programme can have; more count as this many.
    static let maximumNamed = 7

    /// Programme `position`'s name tier and the number of the query's value-naming words it has.
    func rank(_ position: Int) -> (tier: MatchTier, named: Int) {
        var named: UInt64 = 0
        if let anyNamed, anyNamed.contains(position) {
            for offset in namedUnits.indices where namedProgrammes[offset].contains(position) {
                named |= namedUnits[offset]
            }
        }
        var best = tier(position, in: full)
        let skipped = optional | named
        if best != .exactName, skipped != 0 { best = max(best, tier(position, in: readings(skipping: skipped))) }
        return (best, min(named.nonzeroBitCount, Self.maximumNamed))
    }

    private func readings(skipping skipped: UInt64) -> [Reading] {
        if let cached = readings[skipped] { return cached }
        let made = makeReadings(plan.readings(skipping: skipped))
        readings[skipped] = made
        return made
    }

    private func tier(_ position: Int, in readings: [Reading]) -> MatchTier {
        var best = MatchTier.elsewhere
        for reading in readings where reading.candidates.contains(position) {
            best = max(best, names.tier(of: position, query: reading.query))
            if best == .exactName { break }
        }
        return best
    }
}
