import ArgumentParser
import BeaiDomain
import BeaiExport
import BeaiSearch
import Foundation

/// `beai search QUERY...`: the programmes that match, best first, as a table or JSON.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search programmes: words, \"phrases\", -exclusions and qualifiers, best match first.",
        discussion: """
            Words match in any order, case and accents ignored; the last word also matches as the \
            start of a longer one, and a word with a typo finds the word it was meant to be. \
            Qualifiers: gov: (or region:), pillar:, org:, kind:, status:, target: take an id or a \
            name; year:2021 (running that year) or year:2019-2021; budget>1m, budget<500k (euros, \
            k, m, bn). Repeat a qualifier (gov:flanders gov:wallonia) or list values with commas \
            for either; start a word or qualifier with - to exclude it.
             Examples:
              beai search tremplin
              beai search 'pillar:skills gov:brussels' --json
              beai search innovation -research kind:call,voucher
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp("Words, phrases, -exclusions and qualifiers; quote the query to keep it whole.", valueName: "QUERY"))
    var words: [String] = []

    @Option(help: ArgumentHelp("Print at most N results (the total is always counted).", valueName: "N"))
    var limit = 20

    @Flag(help: "Print a JSON object: query, total, results, facets, hints (see the README).")
    var json = false

    @Flag(help: "Start the explorer with the search open on QUERY instead of printing.")
    var interactive = false

    var query: String { words.joined(separator: " ") }

    func validate() throws {
        guard !query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || interactive else {
            throw ValidationError("search needs a query, e.g. beai search tremplin or beai search gov:flanders.")
        }
        guard limit >= 0 else { throw ValidationError("--limit takes a number of results, 0 or more.") }
    }

    func run() throws {
        if interactive {
            try ExplorerLauncher.run(global: global, search: query)
            return
        }
        let dataset = try global.loadDataset()
        let index: SearchIndex
        do {
            index = try SearchIndex(dataset: dataset)
        } catch {
            throw CommandFailure.message(error.description)
        }
        // The query is typed whole: its last word is not a word being typed.
        let results = index.search(query + " ", limit: limit)
        if json {
            print(try JSONOutput.string(SearchResultsJSON(results, query: query, dataset: dataset)))
        } else {
            print(SearchReport(results: results, dataset: dataset).text, terminator: "")
        }
        if !results.problems.isEmpty {
            throw CommandFailure.message(results.problems.joined(separator: "\n"))
        }
    }
}

/// The table `beai search` prints: one row per result, the best other matching field under it,
/// then the count, the facets and any hints.
struct SearchReport {
    let results: SearchResults
    let dataset: Dataset

    var text: String {
        var lines: [String] = []
        if !results.results.isEmpty {
            let rows = results.results.compactMap { result -> [String]? in
                guard let programme = dataset.programme(result.programmeID) else { return nil }
                return [String(result.rank), programme.id, programme.government, programme.pillar, programme.name]
            }
            let table = TextTable.render(header: ["#", "ID", "GOVERNMENT", "PILLAR", "NAME"], rows: rows)
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines.append(table[0])
            let indent = String(repeating: " ", count: (table.first?.count ?? 0) - "NAME".count)
            for (offset, result) in results.results.enumerated() where offset + 1 < table.count {
                lines.append(table[offset + 1])
                if let snippet = result.snippet { lines.append("\(indent)\(snippet.field): \(snippet.text)") }
            }
            lines.append("")
        }
        let shown = results.results.count
        var summary = results.total == 1 ? "1 programme matches" : "\(results.total) programmes match"
        if shown < results.total { summary += " (\(shown) shown; --limit N for more)" }
        lines.append(summary + ".")
        if results.total > 0 {
            lines.append("By government: " + results.facets.governments.map { "\($0.id) \($0.count)" }.joined(separator: ", "))
            lines.append("By pillar: " + results.facets.pillars.map { "\($0.id) \($0.count)" }.joined(separator: ", "))
        }
        for hint in results.hints where !results.problems.contains(hint) { lines.append("Note: \(hint)") }
        if !results.suggestions.isEmpty {
            lines.append("Did you mean: \(results.suggestions.joined(separator: ", "))?")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `beai search --json`: the results with every programme field, in rank order.
struct SearchResultsJSON: Encodable {
    let results: SearchResults
    let query: String
    let dataset: Dataset

    init(_ results: SearchResults, query: String, dataset: Dataset) {
        self.results = results
        self.query = query
        self.dataset = dataset
    }

    enum CodingKeys: String, CodingKey { case query, total, results, facets, hints, suggestions }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(query, forKey: .query)
        try container.encode(results.total, forKey: .total)
        try container.encode(
            results.results.compactMap { result in
                dataset.programme(result.programmeID).map { SearchResultJSON(result: result, programme: $0) }
            },
            forKey: .results)
        try container.encode(FacetsJSON(results.facets), forKey: .facets)
        try container.encode(results.hints, forKey: .hints)
        try container.encode(results.suggestions, forKey: .suggestions)
    }
}

/// One result: every key of a programme in `list --json`, and what the search found.
struct SearchResultJSON: Encodable {
    let result: SearchResult
    let programme: Programme

    enum CodingKeys: String, CodingKey { case rank, score, tier, correction, matchedFields, highlights, snippet }
    enum HighlightKeys: String, CodingKey { case name }
    enum SnippetKeys: String, CodingKey { case field, text, highlights }

    func encode(to encoder: any Encoder) throws {
        try ProgrammeJSON(programme).encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(result.rank, forKey: .rank)
        try container.encode(result.score, forKey: .score)
        try container.encode(result.tier.description, forKey: .tier)
        try container.encode(result.isCorrection, forKey: .correction)
        try container.encode(result.matchedFields, forKey: .matchedFields)
        var highlights = container.nestedContainer(keyedBy: HighlightKeys.self, forKey: .highlights)
        try highlights.encode(result.nameHighlights.map { [$0.lowerBound, $0.upperBound] }, forKey: .name)
        if let snippet = result.snippet {
            var nested = container.nestedContainer(keyedBy: SnippetKeys.self, forKey: .snippet)
            try nested.encode(snippet.field, forKey: .field)
            try nested.encode(snippet.text, forKey: .text)
            try nested.encode(snippet.highlights.map { [$0.lowerBound, $0.upperBound] }, forKey: .highlights)
        } else {
            try container.encodeNil(forKey: .snippet)
        }
    }
}

/// Facet counts as arrays of `{id, count}`, in dataset order.
struct FacetsJSON: Encodable {
    struct Count: Encodable {
        let id: String
        let count: Int
    }

    let governments: [Count]
    let pillars: [Count]

    init(_ facets: SearchFacets) {
        governments = facets.governments.map { Count(id: $0.id, count: $0.count) }
        pillars = facets.pillars.map { Count(id: $0.id, count: $0.count) }
    }
}
