import ArgumentParser
import BeaiDomain
import BeaiExport
import BeaiTUI

/// `beai cite ID`: the paragraph behind every figure and source mention of a programme, read from
/// the user's copy of the source documents.
struct CiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cite",
        abstract: "Show the passage behind each figure and source of a programme, from the source documents.",
        discussion: """
            beai does not ship the documents: put their text files (README, "Source documents") in \
            --sources DIR, BEAI_SOURCES or $XDG_DATA_HOME/beai/sources. Exits 1, naming the paths it \
            looked at, when a document is missing.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var sources: SourcesOptions

    @Argument(help: ArgumentHelp("A programme id, as beai list prints it.", valueName: "ID"))
    var id: String

    @Flag(help: "Print one JSON object (see the README).")
    var json = false

    /// The width paragraphs are wrapped to.
    static let width = 96

    func run() throws {
        let dataset = try global.loadDataset()
        let programme = try CommandFailure.programme(id, in: dataset)
        guard let location = sources.location else {
            throw CommandFailure.message("no place to look for the source documents: pass --sources DIR or set BEAI_SOURCES")
        }
        let library = SourceLibrary(location: location, dataset: dataset)
        let cited = programme.figures.compactMap { figure in
            figure.source.map { CitedEvidence(figure: figure, evidence: library.evidence(for: $0, figureText: figure.text, programme: programme)) }
        } + programme.sources.map {
            CitedEvidence(figure: nil, evidence: library.evidence(for: $0, figureText: nil, programme: programme))
        }
        if json {
            print(try JSONOutput.string(CiteJSON(programme: programme, location: location, cited: cited)))
        } else {
            print(text(programme, dataset: dataset, location: location, cited: cited), terminator: "")
        }
        let missing = Set(cited.compactMap { $0.evidence.text == nil ? $0.evidence.path : nil }).sorted()
        guard missing.isEmpty else {
            throw CommandFailure.message(
                "\(missing.count) source document\(missing.count == 1 ? "" : "s") not found; looked for "
                    + missing.joined(separator: ", ") + " (\(location.reason)). "
                    + "Put the documents' text files there (README, \"Source documents\") or pass --sources DIR.")
        }
    }

    private func text(_ programme: Programme, dataset: Dataset, location: SourcesLocation, cited: [CitedEvidence]) -> String {
        var lines = ["\(programme.name)  [\(programme.id)]", "Source documents: \(location.directory) (\(location.reason))"]
        for item in cited {
            let evidence = item.evidence
            lines.append("")
            if let figure = item.figure {
                lines.append("Figure: \(figure.label)  \"\(figure.text)\"")
                lines.append("  " + dataset.reference(evidence.citation))
            } else {
                lines.append("Source: " + dataset.reference(evidence.citation))
            }
            if let problem = evidence.problem {
                lines.append("  Not shown: \(problem)")
            } else if let paragraph = evidence.paragraph {
                if !evidence.sectionPath.isEmpty {
                    lines.append("  Under: " + evidence.sectionPath.joined(separator: " › "))
                }
                let marked = Self.marked(paragraph.text, evidence.marks)
                lines += DisplayWidth.wrap(marked, width: Self.width - 4).map { "    " + $0 }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` with each of `marks` between `**`.
    static func marked(_ text: String, _ marks: [Range<Int>]) -> String {
        var characters = Array(text).map(String.init)
        for mark in marks.reversed() where mark.upperBound <= characters.count {
            characters.insert("**", at: mark.upperBound)
            characters.insert("**", at: mark.lowerBound)
        }
        return characters.joined()
    }
}

/// A figure's or a source's citation with what it points at.
struct CitedEvidence {
    let figure: Figure?
    let evidence: Evidence
}
