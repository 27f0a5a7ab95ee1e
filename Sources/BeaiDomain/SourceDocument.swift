/// A public document the data is taken from; every citation names one.
public struct SourceDocument: Codable, Hashable, Sendable, Identifiable {
    /// Stable id, e.g. `aiwatch-belgium-2021`.
    public var id: String
    public var title: String
    /// Who published it, when known.
    public var publisher: String?
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, when the document is dated.
    public var date: String?
    /// The file name of its text version in the sources directory.
    public var file: String

    public init(id: String, title: String, publisher: String? = nil, date: String? = nil, file: String) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.date = date
        self.file = file
    }

    enum CodingKeys: String, CodingKey { case id, title, publisher, date, file }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
        title = try container.decodeIfPresent(String.self, forKey: .title) ?? ""
        publisher = try container.decodeIfPresent(String.self, forKey: .publisher)
        date = try container.decodeIfPresent(String.self, forKey: .date)
        file = try container.decodeIfPresent(String.self, forKey: .file) ?? ""
    }
}
