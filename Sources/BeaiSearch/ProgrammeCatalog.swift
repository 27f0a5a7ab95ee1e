import BeaiDomain

/// The programmes of the index in index order (tree order: government, pillar, strategies and
/// plans first, then by name), with what the qualifiers and the ranking need precomputed as
/// small integers.
struct ProgrammeCatalog: Sendable {
    let dataset: Dataset
    /// The programmes in index order; a programme's position is its FTS5 rowid minus one.
    let programmes: [Programme]
    /// Position of each government in `dataset.governments`, per programme.
    let governments: [Int16]
    /// Bit `i` set when the programme has `dataset.pillars[i]` as primary or secondary pillar.
    let pillarMasks: [UInt32]
    /// The programme's budget for `budget>` and `budget<`: its largest counted budget amount in
    /// euros, NaN when it has none.
    let budgets: [Double]
    /// Index into `organisationIDs` of each lead organisation, per programme.
    let leads: [[Int32]]
    /// Organisation ids: the dataset's, then any lead id no organisation record has.
    let organisationIDs: [String]
    /// Index into `kindValues`, per programme.
    let kinds: [Int16]
    /// The kinds of the vocabulary, then any other kind the data uses.
    let kindValues: [String]
    /// Index into `statusValues`, per programme.
    let statuses: [Int16]
    let statusValues: [String]
    /// Indexes into `targetValues`, per programme.
    let targets: [[Int16]]
    /// Every target group the data uses, most used first.
    let targetValues: [String]
    /// The folded words of the name and of each alias, as text.
    let nameVariantTerms: [[[String]]]
    /// Length of each name in words, for ordering within a tier when BM25 is not computed.
    let nameLengths: [Int16]

    init(dataset: Dataset) {
        self.dataset = dataset
        var keyed: [(programme: Programme, government: Int, pillar: Int, rank: Int, name: String)] = []
        keyed.reserveCapacity(dataset.programmes.count)
        for programme in dataset.programmes {
            let isPlan = ["strategy", "plan"].contains(programme.kind.rawValue)
            keyed.append((
                programme, dataset.governmentOrder(programme.government), dataset.pillarOrder(programme.pillar),
                isPlan ? 0 : 1, TextTokenizer.terms(programme.name).joined(separator: " ")))
        }
        keyed.sort {
            ($0.government, $0.pillar, $0.rank, $0.name, $0.programme.id)
                < ($1.government, $1.pillar, $1.rank, $1.name, $1.programme.id)
        }
        programmes = keyed.map(\.programme)
        governments = keyed.map { Int16(clamping: $0.government) }
        var pillarBits: [String: UInt32] = [:]
        for (offset, pillar) in dataset.pillars.enumerated() where offset < 32 { pillarBits[pillar.id] = 1 << UInt32(offset) }
        pillarMasks = programmes.map { programme in
            ([programme.pillar] + programme.pillars).reduce(0) { $0 | (pillarBits[$1] ?? 0) }
        }
        budgets = programmes.map { programme in
            programme.countedBudgetFigures.map(\.value).max() ?? .nan
        }
        var organisationIDs = dataset.organisations.map(\.id)
        var organisationIndex = Self.index(organisationIDs)
        leads = programmes.map { programme in
            programme.lead.map { id in
                if let index = organisationIndex[id] { return Int32(index) }
                organisationIDs.append(id)
                organisationIndex[id] = organisationIDs.count - 1
                return Int32(organisationIDs.count - 1)
            }
        }
        self.organisationIDs = organisationIDs
        (kinds, kindValues) = Self.encode(programmes.map(\.kind.rawValue), known: ProgrammeKind.known.map(\.rawValue))
        (statuses, statusValues) = Self.encode(
            programmes.map(\.status.rawValue), known: ProgrammeStatus.known.map(\.rawValue))
        var targetCounts: [String: Int] = [:]
        for programme in programmes { for target in Set(programme.targets) { targetCounts[target, default: 0] += 1 } }
        targetValues = targetCounts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
        let targetIndex = Self.index(targetValues)
        targets = programmes.map { $0.targets.compactMap { targetIndex[$0].map { Int16(clamping: $0) } } }
        nameVariantTerms = programmes.map { programme in
            ([programme.name] + programme.aliases).map(TextTokenizer.terms).filter { !$0.isEmpty }
        }
        nameLengths = nameVariantTerms.map { Int16(clamping: $0.first?.count ?? 0) }
    }

    var count: Int { programmes.count }

    private static func index(_ values: [String]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (offset, value) in values.enumerated() where result[value] == nil { result[value] = offset }
        return result
    }

    /// Each value as an index into `known` followed by the values `known` lacks.
    private static func encode(_ values: [String], known: [String]) -> ([Int16], [String]) {
        var all = known
        var index = Self.index(known)
        let codes = values.map { value -> Int16 in
            if let code = index[value] { return Int16(clamping: code) }
            all.append(value)
            index[value] = all.count - 1
            return Int16(clamping: all.count - 1)
        }
        return (codes, all)
    }
}
