import BeaiDomain

/// A filter in words, for the header, the panel and the messages: "Wallonia, Brussels-Capital
/// Region · status active · SMEs".
enum FilterWords {
    /// The facets' parts joined by " · "; empty for the empty filter.
    static func text(_ filter: ProgrammeFilter, _ dataset: Dataset) -> String {
        parts(filter, dataset).joined(separator: " \u{00B7} ")
    }

    /// The facets in the order the words name them: what the programmes are first.
    static let order: [FilterFacet] = [.role] + FilterFacet.allCases.filter { $0 != .role }

    /// One part per facet with a choice, and one per facet with an exclusion.
    static func parts(_ filter: ProgrammeFilter, _ dataset: Dataset) -> [String] {
        var parts: [String] = []
        for facet in order {
            let chosen = filter.ordered(filter.chosen(facet), facet, dataset)
            if !chosen.isEmpty { parts.append(phrase(facet, chosen, dataset, excluded: false)) }
            let excluded = filter.ordered(filter.excluded(facet), facet, dataset)
            if !excluded.isEmpty { parts.append(phrase(facet, excluded, dataset, excluded: true)) }
        }
        return parts
    }

    private static func phrase(_ facet: FilterFacet, _ values: [String], _ dataset: Dataset, excluded: Bool) -> String {
        let not = excluded ? "not " : ""
        switch facet {
        case .government: return not + values.map { dataset.government($0)?.name ?? $0 }.joined(separator: ", ")
        case .pillar: return not + values.map { dataset.pillar($0)?.name ?? $0 }.joined(separator: ", ")
        case .role: return not + values.map(roleLabel).joined(separator: ", ")
        case .kind: return "kind \(not)" + values.joined(separator: ", ")
        case .status: return "status \(not)" + values.joined(separator: ", ")
        case .target: return (excluded ? "not for " : "") + values.map(targetLabel).joined(separator: ", ")
        case .organisation: return (excluded ? "not led by " : "led by ") + values.map { dataset.organisation($0)?.name ?? $0 }.joined(separator: ", ")
        case .year:
            let runs = ProgrammeFilter.yearRuns(values.compactMap(Int.init)).map { run in
                run.count == 1 ? "\(run.lowerBound)" : "\(run.lowerBound)\u{2013}\(run.upperBound)"
            }
            return (excluded ? "not running in " : "running in ") + runs.joined(separator: ", ")
        case .budget:
            return values.map { value in
                guard let bound = BudgetBound(value) else { return value }
                if bound == .any { return excluded ? "without a budget figure" : "with a budget figure" }
                return "\(excluded ? "not " : "")budget \(bound.comparison.rawValue) \(EuroAmount.format(bound.amount))"
            }.joined(separator: ", ")
        }
    }

    /// A role as a count of it reads: "initiatives", "recommendations", "context".
    static func roleLabel(_ id: String) -> String {
        ["initiative": "initiatives", "recommendation": "recommendations"][id] ?? id
    }

    /// A target group as people write it: `smes` → "SMEs", `job-seekers` → "job seekers".
    static func targetLabel(_ id: String) -> String {
        let known = ["smes": "SMEs", "start-ups": "start-ups", "scale-ups": "scale-ups", "non-profits": "non-profits"]
        return known[id] ?? id.replacingOccurrences(of: "-", with: " ")
    }
}
