/// Words and phrases that mean the same to someone searching: an abbreviation and its long form
/// (`HPC`, `high-performance computing`), other languages (`AI`, `IA`, `KI`), everyday words for
/// the data's terms (`kids`, `pupils`). A search for any term also finds the others.
public struct SynonymGroup: Codable, Hashable, Sendable, Identifiable {
    /// Stable id, e.g. `sme`.
    public var id: String
    /// The terms as people write them; at least two, none in another group.
    public var terms: [String]

    public init(id: String, terms: [String]) {
        self.id = id
        self.terms = terms
    }

    enum CodingKeys: String, CodingKey { case id, terms }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
        terms = try container.decodeIfPresent([String].self, forKey: .terms) ?? []
    }
}
