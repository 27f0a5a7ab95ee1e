/// The leaf of the tree: a strategy, plan, fund, network, platform, law or recommendation.
///
/// A value with copy-on-write storage: its fields live in one shared box, so copying a programme
/// (into the tree, the search catalogue, a comparison) costs one reference count, not one for each
/// of its fields; a change copies the box first when it is shared.
public struct Programme: Codable, Hashable, Sendable, Identifiable {
    private var box: Box

    /// Stable slug, e.g. `tremplin-ai`.
    public var id: String {
        get { box.fields.id }
        set { update { $0.id = newValue } }
    }
    /// The name as the sources use it.
    public var name: String {
        get { box.fields.name }
        set { update { $0.name = newValue } }
    }
    /// Other names: former names, French or Dutch names, spellings, abbreviations.
    public var aliases: [String] {
        get { box.fields.aliases }
        set { update { $0.aliases = newValue } }
    }
    /// Its government in the tree.
    public var government: String {
        get { box.fields.government }
        set { update { $0.government = newValue } }
    }
    /// Its primary pillar: its place in the tree.
    public var pillar: String {
        get { box.fields.pillar }
        set { update { $0.pillar = newValue } }
    }
    /// Secondary pillars.
    public var pillars: [String] {
        get { box.fields.pillars }
        set { update { $0.pillars = newValue } }
    }
    /// Who acts: a government (initiative), a coalition or report (recommendation), or neither (context).
    public var role: ProgrammeRole {
        get { box.fields.role }
        set { update { $0.role = newValue } }
    }
    /// The programme whose money this one's is inside (a strand of a plan, a project of a call).
    public var partOf: String? {
        get { box.fields.partOf }
        set { update { $0.partOf = newValue } }
    }
    /// The earlier edition this programme replaces (a plan's previous version).
    public var follows: String? {
        get { box.fields.follows }
        set { update { $0.follows = newValue } }
    }
    public var kind: ProgrammeKind {
        get { box.fields.kind }
        set { update { $0.kind = newValue } }
    }
    public var status: ProgrammeStatus {
        get { box.fields.status }
        set { update { $0.status = newValue } }
    }
    /// The date of the source the status is read from.
    public var statusAsOf: String? {
        get { box.fields.statusAsOf }
        set { update { $0.statusAsOf = newValue } }
    }
    /// Lead organisation ids.
    public var lead: [String] {
        get { box.fields.lead }
        set { update { $0.lead = newValue } }
    }
    public var years: YearRange? {
        get { box.fields.years }
        set { update { $0.years = newValue } }
    }
    /// Who it is for (`smes`, `researchers`, ...).
    public var targets: [String] {
        get { box.fields.targets }
        set { update { $0.targets = newValue } }
    }
    public var tags: [String] {
        get { box.fields.tags }
        set { update { $0.tags = newValue } }
    }
    /// One to three sentences written for this project.
    public var summary: String {
        get { box.fields.summary }
        set { update { $0.summary = newValue } }
    }
    public var figures: [Figure] {
        get { box.fields.figures }
        set { update { $0.figures = newValue } }
    }
    /// Every place a document mentions it.
    public var sources: [Citation] {
        get { box.fields.sources }
        set { update { $0.sources = newValue } }
    }
    /// Ids of related programmes.
    public var related: [String] {
        get { box.fields.related }
        set { update { $0.related = newValue } }
    }
    /// Dated events the sources state, in data order.
    public var milestones: [Milestone] {
        get { box.fields.milestones }
        set { update { $0.milestones = newValue } }
    }

    public init(
        id: String, name: String, aliases: [String] = [], government: String, pillar: String,
        pillars: [String] = [], role: ProgrammeRole = .initiative, partOf: String? = nil, follows: String? = nil,
        kind: ProgrammeKind, status: ProgrammeStatus, statusAsOf: String? = nil,
        lead: [String] = [], years: YearRange? = nil, targets: [String] = [], tags: [String] = [],
        summary: String = "", figures: [Figure] = [], sources: [Citation] = [], related: [String] = [],
        milestones: [Milestone] = []
    ) {
        box = Box(Fields(
            id: id, name: name, aliases: aliases, government: government, pillar: pillar, pillars: pillars,
            role: role, partOf: partOf, follows: follows,
            kind: kind, status: status, statusAsOf: statusAsOf, lead: lead, years: years, targets: targets,
            tags: tags, summary: summary, figures: figures, sources: sources, related: related,
            milestones: milestones))
    }

    /// Changes the fields, copying them first when another programme shares them.
    private mutating func update(_ change: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        change(&box.fields)
    }

    public static func == (left: Programme, right: Programme) -> Bool {
        left.box === right.box || left.box.fields == right.box.fields
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(box.fields) }

    public init(from decoder: any Decoder) throws { box = Box(try Fields(from: decoder)) }

    public func encode(to encoder: any Encoder) throws { try box.fields.encode(to: encoder) }

    /// Groups of figures that measure the same thing (same label and unit) but disagree in value.
    /// Each group lists every version in data order; empty when the sources agree.
    public var conflictingFigures: [[Figure]] {
        var groups: [String: [Figure]] = [:]
        var order: [String] = []
        for figure in figures {
            let key = figure.label.lowercased() + "\u{1}" + figure.unit
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(figure)
        }
        return order.compactMap { groups[$0] }.filter { Set($0.map(\.value)).count > 1 }
    }

    /// True when two sources, or one source in two places, give different values for one measure.
    public var hasConflictingFigures: Bool { !conflictingFigures.isEmpty }

    /// The budget figures that count in totals: for each measure, the first version only.
    public var countedBudgetFigures: [Figure] {
        let budgets = figures.filter { $0.budget && $0.isMoney }
        guard budgets.count > 1 else { return budgets }
        var seen: Set<String> = []
        return budgets.filter { figure in
            seen.insert(figure.label.lowercased() + "\u{1}" + (figure.period?.rawValue ?? "")).inserted
        }
    }

    /// The stored fields, in the JSON's order and names.
    fileprivate struct Fields: Codable, Hashable {
        var id: String
        var name: String
        var aliases: [String]
        var government: String
        var pillar: String
        var pillars: [String]
        var role: ProgrammeRole
        var partOf: String?
        var follows: String?
        var kind: ProgrammeKind
        var status: ProgrammeStatus
        var statusAsOf: String?
        var lead: [String]
        var years: YearRange?
        var targets: [String]
        var tags: [String]
        var summary: String
        var figures: [Figure]
        var sources: [Citation]
        var related: [String]
        var milestones: [Milestone]

        enum CodingKeys: String, CodingKey {
            case id, name, aliases, government, pillar, pillars, role, partOf, follows, kind, status, statusAsOf
            case lead, years, targets, tags, summary, figures, sources, related
            case milestones
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
            name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
            aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
            government = try container.decodeIfPresent(String.self, forKey: .government) ?? ""
            pillar = try container.decodeIfPresent(String.self, forKey: .pillar) ?? ""
            pillars = try container.decodeIfPresent([String].self, forKey: .pillars) ?? []
            role = try container.decodeIfPresent(ProgrammeRole.self, forKey: .role) ?? ProgrammeRole(rawValue: "")
            partOf = try container.decodeIfPresent(String.self, forKey: .partOf)
            follows = try container.decodeIfPresent(String.self, forKey: .follows)
            kind = try container.decodeIfPresent(ProgrammeKind.self, forKey: .kind) ?? ProgrammeKind(rawValue: "")
            status = try container.decodeIfPresent(ProgrammeStatus.self, forKey: .status) ?? .unknown
            statusAsOf = try container.decodeIfPresent(String.self, forKey: .statusAsOf)
            lead = try container.decodeIfPresent([String].self, forKey: .lead) ?? []
            years = try container.decodeIfPresent(YearRange.self, forKey: .years)
            targets = try container.decodeIfPresent([String].self, forKey: .targets) ?? []
            tags = try container.decodeIfPresent([String].self, forKey: .tags) ?? []
            summary = try container.decodeIfPresent(String.self, forKey: .summary) ?? ""
            figures = try container.decodeIfPresent([Figure].self, forKey: .figures) ?? []
            sources = try container.decodeIfPresent([Citation].self, forKey: .sources) ?? []
            related = try container.decodeIfPresent([String].self, forKey: .related) ?? []
            milestones = try container.decodeIfPresent([Milestone].self, forKey: .milestones) ?? []
        }

        init(
            id: String, name: String, aliases: [String], government: String, pillar: String, pillars: [String],
            role: ProgrammeRole, partOf: String?, follows: String?, kind: ProgrammeKind, status: ProgrammeStatus,
            statusAsOf: String?, lead: [String], years: YearRange?, targets: [String], tags: [String], summary: String, figures: [Figure], sources: [Citation], related: [String],
            milestones: [Milestone]
        ) {
            self.id = id
            self.name = name
            self.aliases = aliases
            self.government = government
            self.pillar = pillar
            self.pillars = pillars
            self.role = role
            self.partOf = partOf
            self.follows = follows
            self.kind = kind
            self.status = status
            self.statusAsOf = statusAsOf
            self.lead = lead
            self.years = years
            self.targets = targets
            self.tags = tags
            self.summary = summary
            self.figures = figures
            self.sources = sources
            self.related = related
            self.milestones = milestones
        }
    }

    /// The shared storage. Mutated only through `update`, when no other programme holds it.
    fileprivate final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }
}
