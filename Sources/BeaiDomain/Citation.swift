/// Where a fact stands: a source document, a section heading in it, and the paragraph.
public struct Citation: Codable, Hashable, Sendable {
    /// A `SourceDocument` id.
    public var document: String
    /// A heading that stands above the paragraph in the document's text (docs/DATA.md).
    public var section: String
    /// The number of the paragraph, from 1, in the document's text file as `SourceText` splits
    /// it; nil in data written before locators existed.
    public var paragraph: Int?

    public init(document: String, section: String, paragraph: Int? = nil) {
        self.document = document
        self.section = section
        self.paragraph = paragraph
    }

    /// The section and, when known, the paragraph: `Human capital ¶ 14`.
    public var locator: String {
        [section, paragraph.map { "¶ \($0)" } ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
    }

    enum CodingKeys: String, CodingKey { case document, section, paragraph }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        document = try container.decodeIfPresent(String.self, forKey: .document) ?? ""
        section = try container.decodeIfPresent(String.self, forKey: .section) ?? ""
        paragraph = try container.decodeIfPresent(Int.self, forKey: .paragraph)
    }
}
