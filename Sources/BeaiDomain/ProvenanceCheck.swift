import Foundation

/// Checks the data against the text of its source documents: every figure's and milestone's text
/// and every cited section heading must occur in the document cited, and no summary may copy a
/// sentence of one.
/// Whitespace runs (line breaks of the text versions included) compare as one space.
public enum ProvenanceCheck {
    /// Every provenance problem of the data files against the documents in `sourcesDirectory`.
    public static func problems(in files: [DataFile], sourcesDirectory: String) -> [DataProblem] {
        let loaded = LoadedFiles(files)
        var problems: [DataProblem] = []
        var texts: [String: String] = [:]
        for located in loaded.documents {
            let document = located.record
            let path = URL(fileURLWithPath: sourcesDirectory).appending(path: document.file).path
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append(DataProblem(
                    file: located.file, line: located.line, path: located.path(id: document.id),
                    message: "source text not found at \(path)"))
                continue
            }
            texts[document.id] = normalised(String(decoding: data, as: UTF8.self))
        }
        for located in loaded.programmes {
            let programme = located.record
            func report(_ field: String, _ message: String) {
                problems.append(DataProblem(
                    file: located.file, line: located.line, path: located.path(id: programme.id) + ": " + field,
                    message: message))
            }
            func check(_ citation: Citation, _ field: String) {
                guard let text = texts[citation.document] else { return }
                if !text.contains(normalised(citation.section)) {
                    report("\(field).section", "heading \"\(citation.section)\" does not occur in \(citation.document)")
                }
            }
            for (offset, citation) in programme.sources.enumerated() { check(citation, "sources[\(offset)]") }
            for (offset, figure) in programme.figures.enumerated() {
                guard let source = figure.source else { continue }
                check(source, "figures[\(offset)].source")
                if let text = texts[source.document], !text.contains(normalised(figure.text)) {
                    report("figures[\(offset)].text", "\"\(figure.text)\" does not occur in \(source.document)")
                }
            }
            for (offset, milestone) in programme.milestones.enumerated() {
                guard let source = milestone.source else { continue }
                check(source, "milestones[\(offset)].source")
                if let text = texts[source.document], !text.contains(normalised(milestone.text)) {
                    report("milestones[\(offset)].text", "\"\(milestone.text)\" does not occur in \(source.document)")
                }
            }
            for sentence in sentences(of: programme.summary) where sentence.count > 40 {
                if let copied = texts.first(where: { $0.value.contains(sentence) }) {
                    report("summary", "copies a sentence of \(copied.key): write it in your own words")
                }
            }
        }
        return problems
    }

    /// The text with every run of whitespace (no-break spaces included) as one space.
    static func normalised(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func sentences(of text: String) -> [String] {
        normalised(text).components(separatedBy: ". ").map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
    }
}
