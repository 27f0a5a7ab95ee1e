import BeaiDomain
import BeaiExport

extension State {
    /// `x` (Ctrl-X in the search prompt): asks for a file to write what the screen shows to,
    /// with a name to start from.
    mutating func openExport() {
        guard let export = exportOfView() else {
            message = "Nothing to export here: x exports the tree, a detail, search results, a comparison or bookmarks."
            return
        }
        push(.export(export))
    }

    /// The export the top screen offers, or nil where there is nothing to write.
    private func exportOfView() -> ExportState? {
        var notes: [String] = []
        if !filter.isEmpty {
            notes.append("Filter: \(FilterWords.text(filter, dataset)) (`\(filter.query(in: dataset))`)")
        }
        let orderNote = order == .tree ? [] : ["Order inside each pillar: by \(order.label)"]
        switch topScreen {
        case nil, .browse?:
            return focus == .tree ? treeExport(notes + orderNote) : detailExport(notes + orderNote)
        case let .search(search)?:
            let programmes = search.results.results.compactMap { dataset.programme($0.programmeID) }
            let query = search.editor.text.trimmingCharacters(in: .whitespaces)
            var searchNotes = ["Search: `\(query)`, best match first"] + notes
            if search.results.total > programmes.count {
                searchNotes.append("The first \(programmes.count) of \(search.results.total) matches")
            }
            return ExportState(
                name: ExportName.file(["search"] + (query.isEmpty ? [] : [query])),
                content: .programmes(title: "Search: \(ProgrammeMarkdown.count(programmes.count))", programmes),
                subject: "the search results: \(ProgrammeMarkdown.count(programmes.count))", notes: searchNotes, hint: nil)
        case let .compare(compare)?:
            let comparison = comparison(compare)
            let year = year(of: compare, comparison)
            // The year chosen with < > on the screen; every pillar, even where the screen hid equal ones.
            let shown = compare.onlyDiffering ? ["The compare screen showed only the pillars that differ; every pillar is listed here."] : []
            return ExportState(
                name: ExportName.file(["compare"] + compare.governments + (year.map { [String($0)] } ?? [])),
                content: .comparison(comparison, year: year),
                subject: "the comparison of " + comparison.governments.map(\.name).joined(separator: ", ")
                    + (year.map { ", budgets of \($0)" } ?? ""),
                notes: notes + shown, hint: nil)
        case let .pair(pair)?:
            let programmes = pair.programmes.compactMap(dataset.programme)
            return ExportState(
                name: ExportName.file(pair.programmes), content: .programmes(title: "Two programmes side by side", programmes),
                subject: "the two programmes", notes: [], hint: nil)
        case .bookmarks?:
            let programmes = bookmarks.compactMap(dataset.programme)
            return ExportState(
                name: ExportName.file(["bookmarks"]), content: .programmes(title: "Bookmarks", programmes),
                subject: "the bookmarks: \(ProgrammeMarkdown.count(programmes.count))", notes: [], hint: nil)
        case let .timeline(timeline)?:
            return ExportState(
                name: ExportName.file(["timeline", timeline.title]), content: .timeline(title: timeline.title, timeline.timeline),
                subject: "the timeline of \(timeline.title)", notes: notes, hint: nil)
        case .filter?, .help?, .export?, .evidence?:
            return nil
        }
    }

    /// Every programme the tree shows, filtered and ordered as it shows them.
    private func treeExport(_ notes: [String]) -> ExportState {
        let programmes = tree.governments.flatMap(\.pillars).flatMap(\.programmes)
        var words = filter.activeFacets.flatMap { facet in
            filter.ordered(filter.chosen(facet), facet, dataset) + filter.ordered(filter.excluded(facet), facet, dataset).map { "not-" + $0 }
        }
        if words.isEmpty { words = ["programmes"] }
        if order != .tree { words += ["by", order.rawValue] }
        let hint = selectionName.map { "Tab to the detail to export only \($0)." }
        return ExportState(
            name: ExportName.file(words),
            content: .programmes(title: "Belgian AI policy: \(ProgrammeMarkdown.count(programmes.count))", programmes),
            subject: "the tree: \(ProgrammeMarkdown.count(programmes.count))", notes: notes, hint: hint)
    }

    /// The selected government, pillar or programme, as its detail shows it.
    private func detailExport(_ notes: [String]) -> ExportState? {
        let hint = "Tab back to the tree to export every programme it shows."
        switch selection {
        case let .government(id):
            guard let node = tree.governments.first(where: { $0.government.id == id }) else { return nil }
            return ExportState(name: ExportName.file([id]), content: .government(node),
                               subject: "\(node.government.name): \(ProgrammeMarkdown.count(node.count))", notes: notes, hint: hint)
        case let .pillar(government, pillar):
            guard let node = tree.governments.first(where: { $0.government.id == government })?
                .pillars.first(where: { $0.pillar.id == pillar })
            else { return nil }
            return ExportState(
                name: ExportName.file([government, pillar]), content: .pillar(node),
                subject: "\(node.government.name) › \(node.pillar.name): \(ProgrammeMarkdown.count(node.programmes.count))",
                notes: notes, hint: hint)
        case let .programme(id):
            guard let programme = dataset.programme(id) else { return nil }
            return ExportState(name: ExportName.file([id]), content: .programme(programme), subject: programme.name,
                               notes: [], hint: hint)
        }
    }

    /// The name of the selection, for the hint: "Flanders › Research".
    private var selectionName: String? {
        let names = breadcrumb(self)
        return names.isEmpty ? nil : names.joined(separator: " › ")
    }

    /// Keys of the export prompt: the name edits as a line; Enter asks the edge to write it; `y`
    /// replaces a file that exists; Esc leaves.
    mutating func exportKey(_ key: Key, _ prompt: ExportState) {
        var current = prompt
        if current.confirming != nil {
            if key == .character("y") || key == .character("Y") {
                request(current, overwrite: true)
                return
            }
            if key == .escape {
                pop()
                return
            }
            current.confirming = nil
            replaceTop(.export(current))
            return
        }
        switch key {
        case .escape:
            pop()
            return
        case .enter:
            request(current, overwrite: false)
            return
        default:
            _ = current.editor.apply(key)
            current.problem = nil
        }
        replaceTop(.export(current))
    }

    /// Asks the edge to write the prompt's file, or says why the name will not do.
    private mutating func request(_ prompt: ExportState, overwrite: Bool) {
        var current = prompt
        let path = current.editor.text.trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty, let format = ExportFormat(path: path) else {
            current.problem = "The name must end in .md (a report), .csv or .json."
            current.confirming = nil
            replaceTop(.export(current))
            return
        }
        exportRequest = ExportRequest(path: path, format: format, content: current.content, notes: current.notes,
                                      overwrite: overwrite)
        current.confirming = nil
        replaceTop(.export(current))
    }

    /// The edge's answer to `exportRequest`: the prompt closes and the footer says where the file
    /// went; or it asks whether to replace the file; or it stays, saying why nothing was written.
    /// (Keys typed faster than frames may have closed the prompt already: the footer still says.)
    public mutating func exportFinished(_ outcome: ExportOutcome) {
        exportRequest = nil
        var prompt: ExportState?
        if case let .export(open)? = topScreen { prompt = open }
        switch outcome {
        case let .written(path, programmes):
            if prompt != nil { pop() }
            // The file's name first: a narrow footer cuts the directory rather than the name.
            let name = path.split(separator: "/").last.map(String.init) ?? path
            let folder = String(path.dropLast(name.count + 1))
            message = "Wrote \(ProgrammeMarkdown.count(programmes)) to \(name) in \(folder.isEmpty ? "/" : folder)"
        case let .exists(path):
            guard var prompt else {
                message = "Not written: \(path) exists."
                return
            }
            prompt.confirming = path
            replaceTop(.export(prompt))
        case let .failed(path, reason):
            if var prompt {
                prompt.problem = "Not written: \(reason)"
                replaceTop(.export(prompt))
            }
            message = "Could not write \(path): \(reason)"
        }
    }
}

/// The names an export suggests: `beai-flanders-research.md`.
enum ExportName {
    /// `beai-` and the words made safe for a file name (lower case, letters and digits, dashes),
    /// at most 60 characters, then `.md`.
    static func file(_ words: [String]) -> String {
        let slug = words.joined(separator: "-").folded.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
            .split(separator: "-").joined(separator: "-")
        let name = slug.isEmpty ? "beai" : "beai-" + String(slug.prefix(60)).trimmingCharacters(in: ["-"])
        return name + ".md"
    }

}
