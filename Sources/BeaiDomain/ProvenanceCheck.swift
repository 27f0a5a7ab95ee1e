import Foundation

/// Checks the data against the text of its source documents (docs/DATA.md, "Provenance"): every
/// citation points at a paragraph of its document with the cited heading standing above it, every
/// figure's and milestone's text occurs in its paragraph, and no summary shares a run of eight
/// words with a source.
public enum ProvenanceCheck {
    /// Every provenance problem of the data files against the documents in `sourcesDirectory`.
    public static func problems(in files: [DataFile], sourcesDirectory: String) -> [DataProblem] {
        let loaded = LoadedFiles(files)
        let regions = RegionNames(loaded.governments.map(\.record))
        var problems: [DataProblem] = []
        var texts: [String: SourceText] = [:]
        var words: [String: SharedWords] = [:]
        for located in loaded.documents {
            let document = located.record
            let path = URL(fileURLWithPath: sourcesDirectory).appending(path: document.file).path
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append(DataProblem(
                    file: located.file, line: located.line, path: located.path(id: document.id),
                    message: "source text not found at \(path)"))
                continue
            }
            let text = SourceText(String(decoding: data, as: UTF8.self), regions: regions)
            texts[document.id] = text
            words[document.id] = SharedWords(text)
        }
        for located in loaded.programmes {
            let programme = located.record
            func report(_ field: String, _ message: String) {
                problems.append(DataProblem(
                    file: located.file, line: located.line, path: located.path(id: programme.id) + ": " + field,
                    message: message))
            }
            for (offset, citation) in programme.sources.enumerated() {
                check(citation, field: "sources[\(offset)]", texts: texts, report: report)
            }
            for (offset, figure) in programme.figures.enumerated() {
                guard let source = figure.source else { continue }
                let field = "figures[\(offset)]"
                guard let paragraph = check(source, field: "\(field).source", texts: texts, report: report) else { continue }
                if paragraph.ranges(of: figure.text).isEmpty {
                    report("\(field).text", "\"\(figure.text)\" does not occur in paragraph \(paragraph.number) of \(source.document)")
                }
            }
            for (offset, milestone) in programme.milestones.enumerated() {
                guard let source = milestone.source else { continue }
                let field = "milestones[\(offset)]"
                guard let paragraph = check(source, field: "\(field).source", texts: texts, report: report) else { continue }
                if paragraph.ranges(of: milestone.text).isEmpty {
                    report("\(field).text", "\"\(milestone.text)\" does not occur in paragraph \(paragraph.number) of \(source.document)")
                }
            }
            for document in words.keys.sorted() {
                guard let run = words[document]?.longestRun(in: programme.summary) else { continue }
                report("summary", "shares \(run.count) words in a row with \(document) (\"\(run.joined(separator: " "))\"): "
                    + "write it in your own words")
            }
        }
        return problems
    }

    /// Checks that `citation` locates a paragraph of text with its section standing above it;
    /// the paragraph, when the document has it.
    @discardableResult
    private static func check(
        _ citation: Citation, field: String, texts: [String: SourceText], report: (String, String) -> Void
    ) -> SourceText.Paragraph? {
        guard let text = texts[citation.document] else { return nil }
        guard let number = citation.paragraph else {
            report("\(field).paragraph", "no paragraph locator: give the number of the paragraph of \(citation.document) "
                + "where it stands (docs/DATA.md)")
            return nil
        }
        guard let paragraph = text.paragraph(number) else {
            report("\(field).paragraph", "\(citation.document) has no paragraph \(number) (it has \(text.paragraphs.count))")
            return nil
        }
        if paragraph.isHeading {
            report("\(field).paragraph", "paragraph \(number) of \(citation.document) is a heading: cite the text under it")
        }
        if !paragraph.stands(under: citation.section) {
            let above = paragraph.headingPath.map(\.text).joined(separator: " › ")
            report("\(field).section", "heading \"\(citation.section)\" does not stand above paragraph \(number) of "
                + "\(citation.document) (\(above.isEmpty ? "no heading does" : "its headings: \(above)"))")
        }
        return paragraph
    }
}
