/// A part of a pillar that belongs to another government than the one named, under Belgium's
/// division of powers: school and university education in French-speaking Belgium is the
/// Wallonia-Brussels Federation's, not the Walloon Region's. A comparison says whose it is
/// instead of calling an empty pillar a gap.
public struct Competence: Codable, Hashable, Sendable {
    /// The government that is not (or only partly) competent for the pillar.
    public var government: String
    /// The pillar id.
    public var pillar: String
    /// What part of the pillar lies with other governments ("school and university education").
    public var matter: String
    /// The governments competent for it instead, main one first.
    public var competent: [String]
    /// A passage of a source that says so, when one does.
    public var source: Citation?
    /// `constitution` when the fact is general knowledge of Belgium's division of powers rather
    /// than a source's; required when there is no `source`.
    public var basis: String?

    /// The one value `basis` may take.
    public static let constitution = "constitution"

    public init(
        government: String, pillar: String, matter: String, competent: [String], source: Citation? = nil,
        basis: String? = nil
    ) {
        self.government = government
        self.pillar = pillar
        self.matter = matter
        self.competent = competent
        self.source = source
        self.basis = basis
    }

    enum CodingKeys: String, CodingKey { case government, pillar, matter, competent, source, basis }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        government = try container.decodeIfPresent(String.self, forKey: .government) ?? ""
        pillar = try container.decodeIfPresent(String.self, forKey: .pillar) ?? ""
        matter = try container.decodeIfPresent(String.self, forKey: .matter) ?? ""
        competent = try container.decodeIfPresent([String].self, forKey: .competent) ?? []
        source = try container.decodeIfPresent(Citation.self, forKey: .source)
        basis = try container.decodeIfPresent(String.self, forKey: .basis)
    }
}
