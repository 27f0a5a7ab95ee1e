/// A node at the top of the tree: the federal level, a region, a community or the EU frame.
public struct Government: Codable, Hashable, Sendable, Identifiable {
    /// Stable id: `federal`, `flanders`, `wallonia`, `brussels`, `fwb`, `eu`.
    public var id: String
    /// English name as shown in the tree ("Federal / national", "Wallonia").
    public var name: String
    /// Native names by language code (`fr`, `nl`, `de`).
    public var names: [String: String]
    /// `federal-state`, `region`, `community` or `eu`.
    public var kind: String
    /// Other names and the adjectives documents use for it ("Walloon", "Flemish"): with `allNames`,
    /// what tells a heading about this government (`RegionNames`).
    public var aliases: [String]

    public init(id: String, name: String, names: [String: String] = [:], kind: String, aliases: [String] = []) {
        self.id = id
        self.name = name
        self.names = names
        self.kind = kind
        self.aliases = aliases
    }

    /// True for a region or a community: a government whose headings a programme of another
    /// government must not cite (docs/DATA.md).
    public var isRegional: Bool { kind == "region" || kind == "community" }

    /// The English name followed by every native name, without repeats.
    public var allNames: [String] {
        var seen: Set<String> = []
        return ([name] + names.keys.sorted().compactMap { names[$0] }).filter { seen.insert($0).inserted }
    }

    enum CodingKeys: String, CodingKey { case id, name, names, kind, aliases }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
        names = try container.decodeIfPresent([String: String].self, forKey: .names) ?? [:]
        kind = try container.decodeIfPresent(String.self, forKey: .kind) ?? ""
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
    }
}
