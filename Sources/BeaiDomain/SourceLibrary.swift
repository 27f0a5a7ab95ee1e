import Foundation

/// The source documents' texts, each read from its file on first use and kept: what `beai cite`
/// and the evidence screen show a citation's paragraph from. Nothing is read before it is asked
/// for; a file that is not there is looked for again on the next ask (the user may copy it in).
public final class SourceLibrary: @unchecked Sendable {
    /// Where the files are looked for.
    public let location: SourcesLocation
    private let dataset: Dataset
    private let regions: RegionNames
    /// Guards `texts`: the library is shared by value types on more than one thread.
    private let lock = NSLock()
    private var texts: [String: SourceText] = [:]

    public init(location: SourcesLocation, dataset: Dataset) {
        self.location = location
        self.dataset = dataset
        regions = RegionNames(dataset.governments)
    }

    /// The text of the document with `id`, or nil when the dataset has no such document or its
    /// file cannot be read.
    public func text(of id: String) -> SourceText? {
        lock.lock()
        defer { lock.unlock() }
        if let text = texts[id] { return text }
        guard let document = dataset.document(id),
              let data = FileManager.default.contents(atPath: location.path(of: document))
        else { return nil }
        let text = SourceText(String(decoding: data, as: UTF8.self), regions: regions)
        texts[id] = text
        return text
    }

    /// What a citation points at, with `figureText` (a figure as its source writes it) marked, or
    /// the names of `programme` when the citation is a source mention.
    public func evidence(for citation: Citation, figureText: String?, programme: Programme) -> Evidence {
        let document = dataset.document(citation.document)
        let text = document.flatMap { _ in self.text(of: citation.document) }
        let paragraph = citation.paragraph.flatMap { text?.paragraph($0) }
        let marks = paragraph.map { paragraph in
            figureText.map(paragraph.ranges(of:)) ?? paragraph.mentions(of: programme.allNames)
        } ?? []
        return Evidence(
            citation: citation, document: document, path: document.map(location.path(of:)), text: text,
            paragraph: paragraph, marks: marks)
    }

    /// Every paragraph of text in the documents that mentions `programme` by its name or an
    /// alias, in document then paragraph order, each with the mentions marked. Documents that
    /// cannot be read are left out.
    public func passages(mentioning programme: Programme) -> [Passage] {
        dataset.documents.flatMap { document -> [Passage] in
            guard let text = text(of: document.id) else { return [] }
            return text.paragraphs.compactMap { paragraph in
                guard !paragraph.isHeading else { return nil }
                let marks = paragraph.mentions(of: programme.allNames)
                return marks.isEmpty ? nil : Passage(document: document, paragraph: paragraph, marks: marks)
            }
        }
    }
}

/// A paragraph of a document with ranges of it marked (character offsets in its `text`).
public struct Passage: Sendable, Hashable {
    public let document: SourceDocument
    public let paragraph: SourceText.Paragraph
    public let marks: [Range<Int>]
}

/// What a citation points at, as far as the documents on this machine show it.
public struct Evidence: Sendable {
    public let citation: Citation
    /// The cited document, nil when the dataset has none with that id.
    public let document: SourceDocument?
    /// Where its text file was looked for.
    public let path: String?
    /// The document's text, nil when the file is not there.
    public let text: SourceText?
    /// The cited paragraph, nil without the text, a locator, or a paragraph of that number.
    public let paragraph: SourceText.Paragraph?
    /// The figure's text, or the programme's names, in `paragraph`.
    public let marks: [Range<Int>]

    public init(
        citation: Citation, document: SourceDocument?, path: String?, text: SourceText?,
        paragraph: SourceText.Paragraph?, marks: [Range<Int>]
    ) {
        self.citation = citation
        self.document = document
        self.path = path
        self.text = text
        self.paragraph = paragraph
        self.marks = marks
    }

    /// The headings above the paragraph down to the cited section, outermost first: where the
    /// text lost a heading, those below the cited one are not the passage's (docs/DATA.md).
    public var sectionPath: [String] {
        guard let path = paragraph?.headingPath else { return [] }
        guard let cited = path.firstIndex(where: { $0.isNamed(citation.section) }) else { return path.map(\.text) }
        return path[...cited].map(\.text)
    }

    /// Why the paragraph cannot be shown, or nil when it can.
    public var problem: String? {
        guard let document else { return "no document \"\(citation.document)\" in the data" }
        guard let text else { return "\(document.title): no text file at \(path ?? document.file)" }
        guard let number = citation.paragraph else { return "the citation gives no paragraph" }
        guard paragraph != nil else {
            return "\(document.title) has no paragraph \(number) (it has \(text.paragraphs.count))"
        }
        return nil
    }
}

extension Programme {
    /// The name and every alias: what a passage mentioning the programme contains.
    public var allNames: [String] { [name] + aliases }
}
