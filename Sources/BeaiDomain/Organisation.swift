/// An agency, body or company that leads programmes.
public struct Organisation: Codable, Hashable, Sendable, Identifiable {
    /// Stable id, e.g. `innoviris`.
    public var id: String
    public var name: String
    /// Other names and abbreviations, in any language.
    public var aliases: [String]
    /// The government it belongs to or mainly works for.
    public var government: String

    public init(id: String, name: String, aliases: [String] = [], government: String) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.government = government
    }

    enum CodingKeys: String, CodingKey { case id, name, aliases, government }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
        government = try container.decodeIfPresent(String.self, forKey: .government) ?? ""
    }
}
