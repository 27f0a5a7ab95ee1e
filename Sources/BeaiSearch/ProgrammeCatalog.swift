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
    /// The programme's budget for `budget>` and `budget<` (`Programme.largestBudgetAmount`), NaN
    /// when it has none.
    let budgets: [Double]
    /// The positions of the programmes each organisation leads, by index into `organisationIDs`,
    /// in increasing order: a bitmap of `org:` values sets their bits, and reads no programme.
    let leadPositions: [[Int32]]
    /// Organisation ids: the dataset's, then any lead id no organisation record has.
    let organisationIDs: [String]
    /// Index into `kindValues`, per programme.
    let kinds: [Int16]
    /// The kinds of the vocabulary, then any other kind the data uses.
    let kindValues: [String]
    /// Index into `statusValues`, per programme.
    let statuses: [Int16]
    let statusValues: [String]
    /// Index into `roleValues`, per programme.
    let roles: [Int16]
    /// The roles of the vocabulary, then any other role the data uses.
    let roleValues: [String]
    /// The positions of the programmes of each target group, by index into `targetValues`, in
    /// increasing order.
    let targetPositions: [[Int32]]
    /// Every target group the data uses, most used first.
    let targetValues: [String]
    /// The folded words of the name and of each alias, as text.
    let nameVariantTerms: [[[String]]]
    /// Length of each name in words, for ordering within a tier when BM25 is not computed.
    let nameLengths: [Int16]

    /// The programmes of `dataset` in tree order: government, pillar, strategies and plans first,
    /// then by name, case and accents ignored (`String.folded`, which for ASCII is lowercase).
    static func treeOrder(_ dataset: Dataset) -> [Programme] {
        let programmes = dataset.programmes
        let names = programmes.map { programme in
            programme.name.utf8.allSatisfy { $0 < 0x80 } ? programme.name.lowercased() : programme.name.folded
        }
        let groups = programmes.map { programme in
            let isPlan = programme.kind.rawValue == "strategy" || programme.kind.rawValue == "plan"
            return (dataset.governmentOrder(programme.government) * 1024 + dataset.pillarOrder(programme.pillar)) * 2
                + (isPlan ? 0 : 1)
        }
        let order = programmes.indices.sorted { a, b in
            if groups[a] != groups[b] { return groups[a] < groups[b] }
            if names[a] != names[b] { return names[a] < names[b] }
            return programmes[a].id < programmes[b].id
        }
        return order.map { programmes[$0] }
    }

    /// The catalog of `programmes`, already in tree order.
    init(dataset: Dataset, programmes: [Programme]) {
        self.dataset = dataset
        self.programmes = programmes
        let count = programmes.count
        var pillarBits: [String: UInt32] = [:]
        for (offset, pillar) in dataset.pillars.enumerated() where offset < 32 { pillarBits[pillar.id] = 1 << UInt32(offset) }
        var organisationIDs = dataset.organisations.map(\.id)
        var organisationIndex = Self.index(organisationIDs)
        var kindValues = ProgrammeKind.known.map(\.rawValue).sorted()
        var kindIndex = Self.index(kindValues)
        var statusValues = ProgrammeStatus.known.map(\.rawValue)
        var statusIndex = Self.index(statusValues)
        var roleValues = ProgrammeRole.known.map(\.rawValue)
        var roleIndex = Self.index(roleValues)
        var targetCounts: [String: Int] = [:]

        var governments = [Int16](repeating: 0, count: count)
        var pillarMasks = [UInt32](repeating: 0, count: count)
        var budgets = [Double](repeating: .nan, count: count)
        var leadPositions: [[Int32]] = Array(repeating: [], count: organisationIDs.count)
        var kinds = [Int16](repeating: 0, count: count)
        var statuses = [Int16](repeating: 0, count: count)
        var roles = [Int16](repeating: 0, count: count)
        var nameVariantTerms = [[[String]]](repeating: [], count: count)
        var nameLengths = [Int16](repeating: 0, count: count)
        for position in 0..<count {
            governments[position] = Int16(clamping: dataset.governmentOrder(programmes[position].government))
            var mask = pillarBits[programmes[position].pillar] ?? 0
            for pillar in programmes[position].pillars { mask |= pillarBits[pillar] ?? 0 }
            pillarMasks[position] = mask
            budgets[position] = programmes[position].largestBudgetAmount ?? .nan
            for id in programmes[position].lead {
                let index: Int
                if let known = organisationIndex[id] {
                    index = known
                } else {
                    organisationIDs.append(id)
                    leadPositions.append([])
                    index = organisationIDs.count - 1
                    organisationIndex[id] = index
                }
                if leadPositions[index].last != Int32(position) { leadPositions[index].append(Int32(position)) }
            }
            kinds[position] = Self.code(programmes[position].kind.rawValue, values: &kindValues, index: &kindIndex)
            statuses[position] = Self.code(programmes[position].status.rawValue, values: &statusValues, index: &statusIndex)
            roles[position] = Self.code(programmes[position].role.rawValue, values: &roleValues, index: &roleIndex)
            for target in programmes[position].targets { targetCounts[target, default: 0] += 1 }
            let name = TextTokenizer.terms(programmes[position].name)
            var variants = [name]
            for alias in programmes[position].aliases { variants.append(TextTokenizer.terms(alias)) }
            nameVariantTerms[position] = variants.filter { !$0.isEmpty }
            nameLengths[position] = Int16(clamping: name.count)
        }
        self.governments = governments
        self.pillarMasks = pillarMasks
        self.budgets = budgets
        self.leadPositions = leadPositions
        self.organisationIDs = organisationIDs
        self.kinds = kinds
        self.kindValues = kindValues
        self.statuses = statuses
        self.statusValues = statusValues
        self.roles = roles
        self.roleValues = roleValues
        self.nameVariantTerms = nameVariantTerms
        self.nameLengths = nameLengths
        targetValues = targetCounts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
        let targetIndex = Self.index(targetValues)
        var targetPositions: [[Int32]] = Array(repeating: [], count: targetValues.count)
        for position in 0..<count {
            for target in programmes[position].targets {
                guard let index = targetIndex[target], targetPositions[index].last != Int32(position) else { continue }
                targetPositions[index].append(Int32(position))
            }
        }
        self.targetPositions = targetPositions
    }

    var count: Int { programmes.count }

    private static func index(_ values: [String]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (offset, value) in values.enumerated() where result[value] == nil { result[value] = offset }
        return result
    }

    /// The code of `value` in `values`, adding it when new.
    private static func code(_ value: String, values: inout [String], index: inout [String: Int]) -> Int16 {
        if let code = index[value] { return Int16(clamping: code) }
        values.append(value)
        index[value] = values.count - 1
        return Int16(clamping: values.count - 1)
    }
}
