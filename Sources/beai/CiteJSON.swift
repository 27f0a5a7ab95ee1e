import BeaiDomain

/// `beai cite --json`: the programme, where the documents were read from, and each citation with
/// its paragraph. Keys are documented in the README.
struct CiteJSON: Encodable {
    let id: String
    let name: String
    let sources: Place
    let citations: [Item]

    struct Place: Encodable {
        let directory: String
        let from: String
    }

    struct FigureRef: Encodable {
        let label: String
        let text: String
    }

    struct Item: Encodable {
        let kind: String
        let figure: FigureRef?
        let document: String
        let title: String?
        let date: String?
        let section: String
        let paragraph: Int?
        let file: String?
        let found: Bool
        let headings: [String]
        let text: String?
        let marks: [[Int]]
        let problem: String?

        enum CodingKeys: String, CodingKey {
            case kind, figure, document, title, date, section, paragraph, file, found, headings, text, marks, problem
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(figure, forKey: .figure)
            try container.encode(document, forKey: .document)
            try container.encode(title, forKey: .title)
            try container.encode(date, forKey: .date)
            try container.encode(section, forKey: .section)
            try container.encode(paragraph, forKey: .paragraph)
            try container.encode(file, forKey: .file)
            try container.encode(found, forKey: .found)
            try container.encode(headings, forKey: .headings)
            try container.encode(text, forKey: .text)
            try container.encode(marks, forKey: .marks)
            try container.encode(problem, forKey: .problem)
        }
    }

    init(programme: Programme, location: SourcesLocation, cited: [CitedEvidence]) {
        id = programme.id
        name = programme.name
        sources = Place(directory: location.directory, from: location.reason)
        citations = cited.map { item in
            let evidence = item.evidence
            return Item(
                kind: item.figure == nil ? "source" : "figure",
                figure: item.figure.map { FigureRef(label: $0.label, text: $0.text) },
                document: evidence.citation.document, title: evidence.document?.title, date: evidence.document?.date,
                section: evidence.citation.section, paragraph: evidence.citation.paragraph, file: evidence.path,
                found: evidence.text != nil, headings: evidence.sectionPath,
                text: evidence.paragraph?.text, marks: evidence.marks.map { [$0.lowerBound, $0.upperBound] },
                problem: evidence.problem)
        }
    }
}
