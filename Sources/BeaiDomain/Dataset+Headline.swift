extension Dataset {
    /// A government's headline strategy: among its strategies and plans, the one with the most
    /// budget figures, then a strategy before a plan, then the most figures.
    public func headlineStrategy(of government: String) -> Programme? {
        let weight = { (programme: Programme) in
            (programme.countedBudgetFigures.count, programme.kind.rawValue == "strategy" ? 1 : 0, programme.figures.count)
        }
        return programmes
            .filter { $0.government == government && ["strategy", "plan"].contains($0.kind.rawValue) }
            .max { weight($0) < weight($1) }
    }

    /// The organisations leading most of a government's programmes, most first, at most `limit`.
    public func leadAgencies(of government: String, limit: Int = 5) -> [(organisation: String, programmes: Int)] {
        var counts: [String: Int] = [:]
        for programme in programmes where programme.government == government {
            for lead in programme.lead { counts[lead, default: 0] += 1 }
        }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit).map { ($0.key, $0.value) }
    }
}
