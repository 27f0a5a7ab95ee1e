import ArgumentParser
import BeaiApp
import BeaiDomain
import BeaiExport
import BeaiSearch
import Foundation

/// `beai list`: programmes, optionally of one government and/or pillar, or those a filter keeps.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List programmes, in tree order.")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Only this government: an id (flanders) or a name (Vlaanderen).", valueName: "G"))
    var government: String?

    @Option(help: ArgumentHelp("Only this primary pillar: an id (skills) or a name.", valueName: "P"))
    var pillar: String?

    @Option(help: ArgumentHelp(
        "Only the programmes a filter keeps: qualifiers of the query language, as the explorer's filter panel (f) shows them.",
        discussion: "gov:, pillar:, kind:, status:, target:, org: (ids or names; a comma list for either value), year:2021 or year:2019-2021, budget>=0 (has a budget figure), budget>1m; a leading - excludes. Words are for beai search.",
        valueName: "QUERY"))
    var filter: String?

    @Flag(help: ArgumentHelp(
        "Only the programmes bookmarked in the explorer (b), in the order they were bookmarked.",
        discussion: "Read from $XDG_STATE_HOME/beai/bookmarks (default ~/.local/state/beai/bookmarks). Bookmarked ids that are not in the dataset are named on standard error."))
    var bookmarked = false

    @Flag(help: "Print a JSON array of programme objects (see the README).")
    var json = false

    func run() throws {
        let dataset = try global.loadDataset()
        let governmentID = try government.map { text throws(CommandFailure) in try dataset.governmentID(named: text) }
        let pillarID = try pillar.map { text throws(CommandFailure) in try dataset.pillarID(named: text) }
        let kept = try filter.map { query throws(CommandFailure) in
            do throws(FilterQueryError) {
                return try ProgrammeFilter(query: query, dataset: dataset)
            } catch {
                let hint = error.suggestions.isEmpty ? "" : "\nDid you mean: \(error.suggestions.joined(separator: ", "))?"
                throw .message(error.description + hint)
            }
        }
        let tree = PolicyTree(dataset)
        var programmes = tree.governments
            .filter { governmentID == nil || $0.government.id == governmentID }
            .flatMap(\.pillars)
            .filter { pillarID == nil || $0.pillar.id == pillarID }
            .flatMap(\.programmes)
            .filter { kept?.matches($0) ?? true }
        if bookmarked { programmes = try Self.bookmarked(among: programmes, in: dataset) }
        if json {
            print(try JSONOutput.string(programmes.map(ProgrammeJSON.init)))
        } else {
            print(TextTable.render(
                header: ["ID", "GOVERNMENT", "PILLAR", "KIND", "STATUS", "NAME"],
                rows: programmes.map {
                    [$0.id, $0.government, $0.pillar, $0.kind.rawValue, $0.status.rawValue, $0.name]
                }))
        }
    }

    /// The bookmarked programmes among `programmes`, in bookmark order; ids the dataset lacks are
    /// named on standard error, since the bookmarks may have been made with another `--data`.
    private static func bookmarked(among programmes: [Programme], in dataset: Dataset) throws -> [Programme] {
        guard let file = BookmarksFile(environment: ProcessInfo.processInfo.environment) else {
            throw CommandFailure.message("no bookmarks: neither XDG_STATE_HOME nor HOME is set")
        }
        let loaded = file.load()
        if loaded.setAside, let notice = loaded.notice { throw CommandFailure.message(notice) }
        let byID = Dictionary(programmes.map { ($0.id, $0) }) { first, _ in first }
        let missing = loaded.ids.filter { dataset.programme($0) == nil }
        if !missing.isEmpty {
            let names = missing.joined(separator: ", ")
            FileHandle.standardError.write(Data("beai: bookmarked but not in this dataset: \(names)\n".utf8))
        }
        return loaded.ids.compactMap { byID[$0] }
    }
}
