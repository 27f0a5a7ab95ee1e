/// Where a fact stands: a source document and a section heading in it.
public struct Citation: Codable, Hashable, Sendable {
    /// A `SourceDocument` id.
    public var document: String
    /// A heading that occurs in the document's text.
    public var section: String

    public init(document: String, section: String) {
        self.document = document
        self.section = section
    }

    enum CodingKeys: String, CodingKey { case document, section }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        document = try container.decodeIfPresent(String.self, forKey: .document) ?? ""
        section = try container.decodeIfPresent(String.self, forKey: .section) ?? ""
    }
}
