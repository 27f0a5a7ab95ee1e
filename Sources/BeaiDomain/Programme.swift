/// The leaf of the tree: a strategy, plan, fund, network, platform, law or recommendation.
public struct Programme: Codable, Hashable, Sendable, Identifiable {
    /// Stable slug, e.g. `tremplin-ai`.
    public var id: String
    /// The name as the sources use it.
    public var name: String
    /// Other names: former names, French or Dutch names, spellings, abbreviations.
    public var aliases: [String]
    /// Its government in the tree.
    public var government: String
    /// Its primary pillar: its place in the tree.
    public var pillar: String
    /// Secondary pillars.
    public var pillars: [String]
    public var kind: ProgrammeKind
    public var status: ProgrammeStatus
    /// The date of the source the status is read from.
    public var statusAsOf: String?
    /// Lead organisation ids.
    public var lead: [String]
    public var years: YearRange?
    /// Who it is for (`smes`, `researchers`, ...).
    public var targets: [String]
    public var tags: [String]
    /// One to three sentences written for this project.
    public var summary: String
    public var figures: [Figure]
    /// Every place a document mentions it.
    public var sources: [Citation]
    /// Ids of related programmes.
    public var related: [String]

    public init(
        id: String, name: String, aliases: [String] = [], government: String, pillar: String,
        pillars: [String] = [], kind: ProgrammeKind, status: ProgrammeStatus, statusAsOf: String? = nil,
        lead: [String] = [], years: YearRange? = nil, targets: [String] = [], tags: [String] = [],
        summary: String = "", figures: [Figure] = [], sources: [Citation] = [], related: [String] = []
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.government = government
        self.pillar = pillar
        self.pillars = pillars
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
    }

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
        var seen: Set<String> = []
        return figures.filter { figure in
            figure.budget && figure.isMoney
                && seen.insert(figure.label.lowercased() + "\u{1}" + (figure.period?.rawValue ?? "")).inserted
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, name, aliases, government, pillar, pillars, kind, status, statusAsOf, lead, years
        case targets, tags, summary, figures, sources, related
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
        government = try container.decodeIfPresent(String.self, forKey: .government) ?? ""
        pillar = try container.decodeIfPresent(String.self, forKey: .pillar) ?? ""
        pillars = try container.decodeIfPresent([String].self, forKey: .pillars) ?? []
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
    }
}
