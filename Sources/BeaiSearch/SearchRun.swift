import BeaiDomain

/// One search: parse, resolve qualifiers and words, match in FTS5, rank, count facets, and
/// dress the best results with highlights and snippets.
struct SearchRun {
    let index: SearchIndex
    let text: String
    let limit: Int
    /// Only the programmes it keeps are searched.
    let filter: ProgrammeFilter?

    private struct Entry {
        let position: Int
        let bm25: Double
        let tier: MatchTier
        /// How many words of the query name a value (government, pillar, kind, target) it has.
        let named: Int
    }

    func results() -> SearchResults {
        let parsed = QueryParser.parse(text)
        var hints: [String] = []
        var suggestions: [String] = []
        for name in parsed.unknownQualifiers {
            hints.append("unknown qualifier \"\(name):\": its value is searched as words; qualifiers are \(Qualifier.syntaxList)")
        }
        if parsed.truncated {
            hints.append("long query: only the first \(QueryParser.maximumTerms) words and \(QueryParser.maximumClauses) qualifiers and exclusions are used")
        }
        guard !parsed.isEmpty else {
            return empty(hints: ["empty query: type words, \"a phrase\", -word to exclude, or a qualifier (\(Qualifier.syntaxList))"] + hints)
        }
        let outcome = index.qualifiers.resolve(parsed.qualifiers)
        hints += outcome.hints
        suggestions += outcome.suggestions
        guard !outcome.failed else { return empty(hints: hints, suggestions: suggestions, problems: outcome.problems) }

        let plan = QueryPlanner(vocabulary: index.vocabulary, phrases: index.phrases, synonyms: index.synonyms).plan(parsed)
        for correction in plan.corrections {
            let searched = correction.searched.map { "\"\($0)\"" }.joined(separator: " or ")
            hints.append("no match for \"\(correction.typed)\"; searched for \(searched) instead")
        }
        for word in plan.leftOut { hints.append("left out \"\(word)\": no programme contains it") }
        guard plan.unmatched.isEmpty else {
            for word in plan.unmatched { hints.append("no programme contains \"\(word)\"") }
            suggestions += wordSuggestions(for: plan.unmatched)
            return empty(hints: hints, suggestions: suggestions)
        }

        var allowed = outcome.allowed
        if let filter, !filter.isEmpty {
            let kept = Bitmap(count: index.catalog.count) { filter.matches(index.catalog.programmes[$0]) }
            if allowed == nil { allowed = kept } else { allowed?.formIntersection(kept) }
        }
        for unit in plan.required {
            guard let matcher = unit.namesOnly else { continue }
            let inNames = index.names.programmes(naming: matcher)
            if allowed == nil { allowed = inNames } else { allowed?.formIntersection(inNames) }
        }

        var ranked = false
        var found: [(position: Int, bm25: Double)]
        if let expression = plan.expression {
            // The estimate (from the vocabulary's document counts) is an upper bound of the matches:
            // over the limit, a second pass to rank the few that might remain would cost more than it
            // saves.
            ranked = plan.estimate <= SearchIndex.bm25Limit
            guard var rows = index.matches(expression, ranked: ranked) else {
                return empty(hints: hints + ["the search could not run; try fewer or simpler words"])
            }
            if let allowed { rows = rows.filter { allowed.contains($0.position) } }
            found = rows
        } else {
            var set = allowed ?? Bitmap(count: index.catalog.count, filled: true)
            if !plan.exclusions.isEmpty {
                let excluded = index.matches(plan.exclusions.joined(separator: " OR "), ranked: false) ?? []
                set.subtract(Bitmap(positions: excluded.map(\.position), count: index.catalog.count))
            }
            found = set.positions.map { ($0, 0) }
        }

        let ranking = MatchRanking(plan: plan, index: index)
        var entries: [Entry] = []
        entries.reserveCapacity(found.count)
        for match in found {
            let rank = ranking.rank(match.position)
            entries.append(Entry(position: match.position, bm25: match.bm25, tier: rank.tier, named: rank.named))
        }
        let best: [Entry]
        if ranked {
            entries.sort { a, b in
                if a.tier != b.tier { return a.tier > b.tier }
                if a.named != b.named { return a.named > b.named }
                if a.bm25 != b.bm25 { return a.bm25 < b.bm25 }
                return a.position < b.position
            }
            best = Array(entries.prefix(limit))
        } else {
            best = Self.first(limit, of: entries, nameLengths: plan.hasReadings ? index.catalog.nameLengths : nil)
        }

        let highlighter = Highlighter(vocabulary: index.vocabulary, phrases: plan.highlighted)
        let isCorrection = !plan.corrections.isEmpty
        let results = best.enumerated().map { offset, entry in
            result(for: entry, rank: offset + 1, ranked: ranked, highlighter: highlighter, isCorrection: isCorrection)
        }
        if entries.count < 3, suggestions.isEmpty {
            suggestions += wordSuggestions(for: plan.corrections.map(\.typed))
        }
        let understood = Interpretation(index: index, plan: plan).items(shownIn: best.prefix(10).map(\.position))
        if !understood.isEmpty { hints.append("understood as: " + understood.joined(separator: " · ")) }
        return SearchResults(
            query: text, total: entries.count, results: results, facets: facets(entries.map(\.position)),
            hints: hints, suggestions: Self.unique(suggestions), understood: understood)
    }

    private func result(
        for entry: Entry, rank: Int, ranked: Bool, highlighter: Highlighter, isCorrection: Bool
    ) -> SearchResult {
        let relevance = ranked ? min(max(-entry.bm25, 0), 99.999) : 0
        let score = ((Double(entry.tier.rawValue) * 1000 + Double(entry.named) * 100 + relevance) * 1000).rounded() / 1000
        return SearchResult(
            programmeID: index.catalog.programmes[entry.position].id, rank: rank, score: score, tier: entry.tier,
            isCorrection: isCorrection,
            details: ResultDetails(index: index, position: entry.position, highlighter: highlighter))
    }

    /// The first `limit` of `entries` (given in tree order) by tier, then the most value-naming
    /// words, then shorter names first when `nameLengths` is given, then tree order: a counting
    /// sort, linear in the matches.
    private static func first(_ limit: Int, of entries: [Entry], nameLengths: [Int16]?) -> [Entry] {
        let lengths = 256
        let named = MatchRanking.maximumNamed + 1
        func key(_ entry: Entry) -> Int {
            let length = nameLengths.map { Int(min(max($0[entry.position], 0), Int16(lengths - 1))) } ?? 0
            let tier = MatchTier.exactName.rawValue - entry.tier.rawValue
            return (tier * named + MatchRanking.maximumNamed - entry.named) * lengths + length
        }
        var counts = [Int](repeating: 0, count: 4 * named * lengths)
        for entry in entries { counts[key(entry)] += 1 }
        // Where each key's entries start in the order, and how many of them to take.
        var starts = [Int](repeating: 0, count: counts.count)
        var taken = 0
        for index in counts.indices {
            starts[index] = taken
            taken += counts[index]
        }
        let wanted = min(limit, entries.count)
        var best = [Entry?](repeating: nil, count: wanted)
        for entry in entries {
            let slot = starts[key(entry)]
            if slot < wanted { best[slot] = entry }
            starts[key(entry)] += 1
        }
        return best.compactMap { $0 }
    }

    private func facets(_ positions: [Int]) -> SearchFacets {
        let dataset = index.dataset
        var governmentCounts = [Int](repeating: 0, count: dataset.governments.count)
        var pillarCounts = [Int](repeating: 0, count: min(dataset.pillars.count, 32))
        for position in positions {
            let government = Int(index.catalog.governments[position])
            if government < governmentCounts.count { governmentCounts[government] += 1 }
            var mask = index.catalog.pillarMasks[position]
            while mask != 0 {
                let pillar = mask.trailingZeroBitCount
                if pillar < pillarCounts.count { pillarCounts[pillar] += 1 }
                mask &= mask - 1
            }
        }
        return SearchFacets(
            governments: governmentCounts.enumerated().filter { $0.element > 0 }
                .map { (id: dataset.governments[$0.offset].id, count: $0.element) },
            pillars: pillarCounts.enumerated().filter { $0.element > 0 }
                .map { (id: dataset.pillars[$0.offset].id, count: $0.element) })
    }

    /// Index words near the ones typed, allowing one more edit than matching does.
    private func wordSuggestions(for words: [String]) -> [String] {
        words.flatMap { word in
            let edits = min(QueryPlanner.allowedEdits(word) + 1, max(1, word.count / 2))
            return index.vocabulary.corrections(of: word, maximumEdits: edits, limit: 3).map {
                index.vocabulary.terms[Int($0.id)]
            }
        }
    }

    private func empty(hints: [String], suggestions: [String] = [], problems: [String] = []) -> SearchResults {
        SearchResults(
            query: text, total: 0, results: [], facets: .empty, hints: hints, suggestions: Self.unique(suggestions),
            problems: problems)
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}

extension Bitmap {
    /// The set of `positions`.
    init(positions: [Int], count: Int) {
        self.init(count: count)
        for position in positions { insert(position) }
    }
}
