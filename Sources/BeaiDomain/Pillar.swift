/// One theme of the shared taxonomy, so that regions line up in a comparison.
public struct Pillar: Codable, Hashable, Sendable, Identifiable {
    /// Stable id: `strategy`, `skills`, `research`, `adoption`, `ecosystem`, `ethics`, `data`,
    /// `public`, `society`.
    public var id: String
    /// Display name ("Skills & education").
    public var name: String
    /// One sentence on what belongs here.
    public var description: String

    public init(id: String, name: String, description: String = "") {
        self.id = id
        self.name = name
        self.description = description
    }

    enum CodingKeys: String, CodingKey { case id, name, description }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
        description = try container.decodeIfPresent(String.self, forKey: .description) ?? ""
    }
}
