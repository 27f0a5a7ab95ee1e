extension Dataset {
    /// A government's headline strategy: among its strategies and plans that no later edition
    /// replaces (`follows`), the one with the most budget figures, then a strategy before a plan,
    /// then the most figures.
    public func headlineStrategy(of government: String) -> Programme? {
        Self.headlineStrategy(among: programmes.lazy.filter { $0.government == government })
    }

    /// The organisations leading most of a government's programmes, most first, at most `limit`.
    public func leadAgencies(of government: String, limit: Int = 5) -> [(organisation: String, programmes: Int)] {
        Self.leadAgencies(among: programmes.lazy.filter { $0.government == government }, limit: limit)
    }

    /// The headline strategy among one government's `programmes` (see `headlineStrategy(of:)`).
    public static func headlineStrategy<Programmes: Sequence<Programme>>(among programmes: Programmes) -> Programme? {
        let weight = { (programme: Programme) in
            (programme.countedBudgetFigures.count, programme.kind.rawValue == "strategy" ? 1 : 0, programme.figures.count)
        }
        let candidates = programmes.filter { ["strategy", "plan"].contains($0.kind.rawValue) }
        let replaced = Set(candidates.compactMap(\.follows))
        return candidates.filter { !replaced.contains($0.id) }.max { weight($0) < weight($1) }
    }

    /// The lead agencies among one government's `programmes` (see `leadAgencies(of:limit:)`).
    public static func leadAgencies<Programmes: Sequence<Programme>>(
        among programmes: Programmes, limit: Int
    ) -> [(organisation: String, programmes: Int)] {
        var counts: [String: Int] = [:]
        for programme in programmes {
            for lead in programme.lead { counts[lead, default: 0] += 1 }
        }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit).map { ($0.key, $0.value) }
    }
}
