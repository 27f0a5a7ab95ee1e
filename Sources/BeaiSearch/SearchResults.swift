/// What a search returns: the ranked programmes, how many matched in all, facet counts over every
/// match, and messages for the user.
public struct SearchResults: Sendable {
    /// The query as typed.
    public let query: String
    /// How many programmes match, not only the `limit` returned.
    public let total: Int
    /// The best matches, in rank order, at most `limit` of them.
    public let results: [SearchResult]
    /// Counts per government and per pillar over all `total` matches.
    public let facets: SearchFacets
    /// Messages about the query: an unknown qualifier or value (with the valid ones), a corrected
    /// typo, an empty query.
    public let hints: [String]
    /// "Did you mean" words and qualifier values, when there are no results or very few.
    public let suggestions: [String]
    /// How the query was understood, one item per rewritten word or named qualifier value, in query
    /// order: the data's own spelling of a word it does not hold (`startups → start-ups`, `genai →
    /// Generative AI`) and the qualifier a word counts as (`gov:brussels`). Also in `hints`, as
    /// "understood as: …".
    public let understood: [String]
    /// The hints that mean the query cannot match as written: an unknown qualifier value, an
    /// amount or a year that does not read as one. Empty for a valid query, even one with no results.
    public let problems: [String]

    public init(
        query: String, total: Int, results: [SearchResult], facets: SearchFacets, hints: [String],
        suggestions: [String], problems: [String] = [], understood: [String] = []
    ) {
        self.query = query
        self.total = total
        self.results = results
        self.facets = facets
        self.hints = hints
        self.suggestions = suggestions
        self.problems = problems
        self.understood = understood
    }
}

/// One programme in the results, with what matched and where, ready to draw.
///
/// The matched fields, highlights and snippet are worked out when read, not when searching: a
/// keystroke ranks every match, but only the rows on screen are drawn.
public struct SearchResult: Sendable {
    public let programmeID: String
    /// 1-based position in the results.
    public let rank: Int
    /// Relevance: higher is better; comparable within one search only. The whole part above 1000
    /// is the match tier (see `tier`), the rest the BM25 score with field weights.
    public let score: Double
    /// How closely the name matches: results are ordered by tier first, then by BM25.
    public let tier: MatchTier
    /// True when the programme matched only through a corrected typo.
    public let isCorrection: Bool
    private let details: Details

    /// Where the details come from: given, or found in the index when read.
    private enum Details: Sendable {
        case given(matchedFields: [String], nameHighlights: [Range<Int>], snippet: SearchSnippet?)
        case found(ResultDetails)
    }

    /// A result with its details given (for tests and previews).
    public init(
        programmeID: String, rank: Int, score: Double, tier: MatchTier, isCorrection: Bool,
        matchedFields: [String], nameHighlights: [Range<Int>], snippet: SearchSnippet?
    ) {
        self.programmeID = programmeID
        self.rank = rank
        self.score = score
        self.tier = tier
        self.isCorrection = isCorrection
        details = .given(matchedFields: matchedFields, nameHighlights: nameHighlights, snippet: snippet)
    }

    init(programmeID: String, rank: Int, score: Double, tier: MatchTier, isCorrection: Bool, details: ResultDetails) {
        self.programmeID = programmeID
        self.rank = rank
        self.score = score
        self.tier = tier
        self.isCorrection = isCorrection
        self.details = .found(details)
    }

    /// The indexed fields the query's words occur in, in field order: "name", "aliases", "lead",
    /// "government", "pillar", "kind", "tags", "targets", "summary", "figures".
    public var matchedFields: [String] {
        switch details {
        case let .given(fields, _, _): fields
        case let .found(details): details.matchedFields
        }
    }

    /// The matched words of `programme.name`, as `Character` offsets into it.
    public var nameHighlights: [Range<Int>] {
        switch details {
        case let .given(_, highlights, _): highlights
        case let .found(details): details.nameHighlights
        }
    }

    /// A short extract of the best other matching field, when one matched.
    public var snippet: SearchSnippet? {
        switch details {
        case let .given(_, _, snippet): snippet
        case let .found(details): details.snippet
        }
    }
}

/// An extract of one field with the matched words marked.
public struct SearchSnippet: Sendable, Equatable {
    /// The field it comes from ("aliases", "summary", "lead", ...).
    public let field: String
    /// The extract, with "…" where it was cut.
    public let text: String
    /// The matched words, as `Character` offsets into `text`.
    public let highlights: [Range<Int>]

    public init(field: String, text: String, highlights: [Range<Int>]) {
        self.field = field
        self.text = text
        self.highlights = highlights
    }
}

/// How many matches fall under each government and each pillar.
public struct SearchFacets: Sendable {
    /// Government ids in dataset order with their number of matches; zero counts omitted.
    public let governments: [(id: String, count: Int)]
    /// Pillar ids in taxonomy order with the number of matches that have the pillar, as primary or
    /// secondary pillar (the count `pillar:ID` would give); zero counts omitted.
    public let pillars: [(id: String, count: Int)]

    public init(governments: [(id: String, count: Int)], pillars: [(id: String, count: Int)]) {
        self.governments = governments
        self.pillars = pillars
    }

    /// No counts at all.
    public static let empty = SearchFacets(governments: [], pillars: [])
}

/// How closely a programme's name (or one of its aliases) matches the query's words.
public enum MatchTier: Int, Sendable, Comparable, CustomStringConvertible {
    /// The words occur elsewhere: summary, lead, tags, ...
    case elsewhere = 0
    /// Every word of the query occurs in the name or an alias.
    case inName = 1
    /// The name or an alias starts with the query's words.
    case namePrefix = 2
    /// The name or an alias is exactly the query's words.
    case exactName = 3

    public static func < (a: MatchTier, b: MatchTier) -> Bool { a.rawValue < b.rawValue }

    public var description: String {
        switch self {
        case .elsewhere: "elsewhere"
        case .inName: "in-name"
        case .namePrefix: "name-prefix"
        case .exactName: "exact-name"
        }
    }
}

/// Why the index could not be built.
public struct SearchError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
