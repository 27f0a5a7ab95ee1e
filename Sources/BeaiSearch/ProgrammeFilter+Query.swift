import BeaiDomain

extension ProgrammeFilter {
    /// The filter a query of qualifiers asks for, read as a search reads them: `gov:`, `pillar:`,
    /// `role:`, `kind:`, `status:`, `target:` and `org:` take ids or names (a comma list or a repeated
    /// qualifier for either value), `year:2021` or `year:2019-2021`, `budget>1m`; a leading `-`
    /// excludes. Throws, with the valid values, when a value is unknown, and when the query has
    /// words: a filter is qualifiers only.
    public init(query: String, dataset: Dataset) throws(FilterQueryError) {
        self.init()
        let parsed = QueryParser.parse(query + " ")
        if let name = parsed.unknownQualifiers.first {
            throw FilterQueryError("unknown qualifier \"\(name):\": a filter takes \(Qualifier.syntaxList)")
        }
        if let term = (parsed.terms + parsed.exclusions).first {
            throw FilterQueryError(
                "\"\(term.text)\" is a word, not a qualifier: a filter takes \(Qualifier.syntaxList) (search for words with beai search)")
        }
        let resolver = QualifierResolver(catalog: ProgrammeCatalog(dataset: dataset, programmes: dataset.programmes))
        let outcome = resolver.resolve(parsed.qualifiers)
        guard !outcome.failed else {
            throw FilterQueryError(outcome.problems.joined(separator: "\n"), suggestions: outcome.suggestions)
        }
        for clause in parsed.qualifiers {
            for value in Self.values(of: clause, resolver: resolver) {
                if clause.isNegated { exclude(value, in: clause.qualifier.facet) } else { choose(value, in: clause.qualifier.facet) }
            }
        }
    }

    /// The filter values one clause selects: ids, years, or a budget bound; none for a clause the
    /// resolver passes over (no value yet).
    private static func values(of clause: QualifierClause, resolver: QualifierResolver) -> [String] {
        let value = clause.value.trimmingCharacters(in: .whitespaces)
        switch clause.qualifier {
        case .year:
            guard let years = QualifierResolver.parseYears(value) else { return [] }
            return years.map(String.init)
        case .budget:
            guard let comparison = BudgetBound.Comparison(rawValue: clause.comparison),
                  let amount = QualifierResolver.parseAmount(value)
            else { return [] }
            return [BudgetBound(comparison, amount).text]
        default:
            let values = resolver.values(of: clause.qualifier)
            return value.split(separator: ",").flatMap { text in
                QualifierResolver.match(String(text), in: values).map { values[$0].id }
            }
        }
    }
}

/// Why a query is not a filter, with the values it may have meant.
public struct FilterQueryError: Error, CustomStringConvertible, Sendable {
    public let description: String
    /// Qualifiers near an unknown value (`gov:wallonia` for `gov:walonia`).
    public let suggestions: [String]

    public init(_ description: String, suggestions: [String] = []) {
        self.description = description
        self.suggestions = suggestions
    }
}

extension Qualifier {
    /// The facet of a filter this qualifier chooses by.
    var facet: FilterFacet {
        switch self {
        case .government: .government
        case .pillar: .pillar
        case .role: .role
        case .organisation: .organisation
        case .kind: .kind
        case .status: .status
        case .target: .target
        case .year: .year
        case .budget: .budget
        }
    }
}
