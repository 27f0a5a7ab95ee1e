import Foundation

/// The stable JSON form of a programme that `beai list`, `show`, `search` and `export` print.
/// Keys are documented in the README; add keys, never rename or remove them.
public struct ProgrammeJSON: Encodable, Sendable {
    public let id: String
    public let name: String
    public let aliases: [String]
    public let government: String
    public let pillar: String
    public let pillars: [String]
    /// `initiative`, `recommendation` or `context`.
    public let role: String
    /// The programme whose money this one's is inside, or nil.
    public let partOf: String?
    /// The edition this programme replaces, or nil.
    public let follows: String?
    public let kind: String
    public let status: String
    public let statusAsOf: String?
    public let lead: [String]
    public let years: YearRange
    public let targets: [String]
    public let tags: [String]
    public let summary: String
    public let figures: [Figure]
    public let sources: [Citation]
    public let related: [String]
    public let conflictingFigures: Bool
    public let milestones: [Milestone]

    public init(_ programme: Programme) {
        id = programme.id
        name = programme.name
        aliases = programme.aliases
        government = programme.government
        pillar = programme.pillar
        pillars = programme.pillars
        role = programme.role.rawValue
        partOf = programme.partOf
        follows = programme.follows
        kind = programme.kind.rawValue
        status = programme.status.rawValue
        statusAsOf = programme.statusAsOf
        lead = programme.lead
        years = programme.years ?? YearRange()
        targets = programme.targets
        tags = programme.tags
        summary = programme.summary
        figures = programme.figures
        sources = programme.sources
        related = programme.related
        conflictingFigures = programme.hasConflictingFigures
        milestones = programme.milestones
    }

    enum CodingKeys: String, CodingKey {
        case id, name, aliases, government, pillar, pillars, role, partOf, follows, kind, status, statusAsOf
        case lead, years, targets, tags, summary, figures, sources, related, conflictingFigures
        case milestones
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(government, forKey: .government)
        try container.encode(pillar, forKey: .pillar)
        try container.encode(pillars, forKey: .pillars)
        try container.encode(role, forKey: .role)
        try container.encode(partOf, forKey: .partOf)
        try container.encode(follows, forKey: .follows)
        try container.encode(kind, forKey: .kind)
        try container.encode(status, forKey: .status)
        try container.encode(statusAsOf, forKey: .statusAsOf)
        try container.encode(lead, forKey: .lead)
        var yearsContainer = container.nestedContainer(keyedBy: YearKeys.self, forKey: .years)
        try yearsContainer.encode(years.start, forKey: .start)
        try yearsContainer.encode(years.end, forKey: .end)
        try container.encode(targets, forKey: .targets)
        try container.encode(tags, forKey: .tags)
        try container.encode(summary, forKey: .summary)
        try container.encode(figures.map(FigureJSON.init), forKey: .figures)
        try container.encode(sources, forKey: .sources)
        try container.encode(related, forKey: .related)
        try container.encode(conflictingFigures, forKey: .conflictingFigures)
        try container.encode(milestones.map(MilestoneJSON.init), forKey: .milestones)
    }

    enum YearKeys: String, CodingKey { case start, end }

    /// The JSON encoder every command uses: sorted keys, pretty printed, `/` unescaped.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

/// A figure in JSON output: every key always present (`null` when unknown).
struct FigureJSON: Encodable {
    let figure: Figure

    enum CodingKeys: String, CodingKey { case label, value, unit, period, years, qualifier, budget, text, source }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(figure.label, forKey: .label)
        try container.encode(figure.value, forKey: .value)
        try container.encode(figure.unit, forKey: .unit)
        try container.encode(figure.period?.rawValue, forKey: .period)
        try container.encode(figure.years, forKey: .years)
        try container.encode(figure.qualifier?.rawValue, forKey: .qualifier)
        try container.encode(figure.budget, forKey: .budget)
        try container.encode(figure.text, forKey: .text)
        try container.encode(figure.source, forKey: .source)
    }
}
