import BeaiDomain

/// The JSON form of a comparison (keys documented in the README; added to, never renamed), as
/// `beai compare --json` prints it and the explorer exports it.
public struct ComparisonJSON: Encodable {
    struct Headline: Encodable {
        let government: String
        let strategy: String?
        let strategyName: String?
        let annualBudget: AnnualBudget?
        let programmes: Int
        let roles: Roles
        let leadAgencies: [String]
        let budgetByYear: [Year]
        let undated: [Amount]
        let oneOffOrTotal: [Amount]

        enum CodingKeys: String, CodingKey {
            case government, strategy, strategyName, annualBudget, programmes, roles, leadAgencies, budgetByYear
            case undated, oneOffOrTotal
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(government, forKey: .government)
            try container.encode(strategy, forKey: .strategy)
            try container.encode(strategyName, forKey: .strategyName)
            try container.encode(annualBudget, forKey: .annualBudget)
            try container.encode(programmes, forKey: .programmes)
            try container.encode(roles, forKey: .roles)
            try container.encode(leadAgencies, forKey: .leadAgencies)
            try container.encode(budgetByYear, forKey: .budgetByYear)
            try container.encode(undated, forKey: .undated)
            try container.encode(oneOffOrTotal, forKey: .oneOffOrTotal)
        }
    }

    struct AnnualBudget: Encodable {
        let value: Double
        let text: String
        let source: Citation?
    }

    struct Roles: Encodable {
        let initiative: Int
        let recommendation: Int
        let context: Int

        init(_ counts: RoleCounts) {
            initiative = counts.initiatives
            recommendation = counts.recommendations
            context = counts.context
        }
    }

    /// One year of a per-year series: its total and the programmes added.
    struct Year: Encodable {
        let year: Int
        let perYear: Double
        let programmes: [String]
        /// Parts whose amount lies inside a whole's: listed, not added.
        let inside: [String]
        /// Programmes added whose amount another source contradicts.
        let disputed: [String]

        init(_ year: BudgetSummary.Year) {
            self.year = year.year
            perYear = year.perYear
            programmes = year.programmes
            inside = year.inside.map(\.programme)
            disputed = year.disputed
        }
    }

    /// An amount kept apart: undated per-year, or one-off or total.
    struct Amount: Encodable {
        let programme: String
        let value: Double
        let period: String?
        let years: YearRange?
        let text: String
        let source: Citation?
        /// The whole that already holds it, if any.
        let inside: String?
        let disputed: Bool

        init(_ apart: BudgetSummary.Apart) {
            programme = apart.amount.programme
            value = apart.amount.value
            period = apart.amount.figure.period?.rawValue
            years = apart.amount.years
            text = apart.amount.figure.text
            source = apart.amount.figure.source
            inside = apart.inside
            disputed = !apart.amount.disagreeing.isEmpty
        }

        enum CodingKeys: String, CodingKey { case programme, value, period, years, text, source, inside, disputed }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(programme, forKey: .programme)
            try container.encode(value, forKey: .value)
            try container.encode(period, forKey: .period)
            try container.encode(years, forKey: .years)
            try container.encode(text, forKey: .text)
            try container.encode(source, forKey: .source)
            try container.encode(inside, forKey: .inside)
            try container.encode(disputed, forKey: .disputed)
        }
    }

    struct Cell: Encodable {
        let government: String
        let count: Int
        let roles: Roles
        let programmes: [String]
        /// The per-year total of the comparison's year.
        let perYear: Double
        let oneOff: Double
        let withPerYear: Int
        let withOneOff: Int
        let withoutBudget: Int
        let competence: String?
        let competenceMatter: String?
        let budgetByYear: [Year]
        let undated: [Amount]

        enum CodingKeys: String, CodingKey {
            case government, count, roles, programmes, perYear, oneOff, withPerYear, withOneOff, withoutBudget
            case competence, competenceMatter, budgetByYear, undated
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(government, forKey: .government)
            try container.encode(count, forKey: .count)
            try container.encode(roles, forKey: .roles)
            try container.encode(programmes, forKey: .programmes)
            try container.encode(perYear, forKey: .perYear)
            try container.encode(oneOff, forKey: .oneOff)
            try container.encode(withPerYear, forKey: .withPerYear)
            try container.encode(withOneOff, forKey: .withOneOff)
            try container.encode(withoutBudget, forKey: .withoutBudget)
            try container.encode(competence, forKey: .competence)
            try container.encode(competenceMatter, forKey: .competenceMatter)
            try container.encode(budgetByYear, forKey: .budgetByYear)
            try container.encode(undated, forKey: .undated)
        }
    }

    struct Pillar: Encodable {
        let pillar: String
        let gap: Bool
        let cells: [Cell]
    }

    let governments: [String]
    /// The year whose amounts `perYear` of each cell adds, or nil when no column has one.
    let year: Int?
    let headline: [Headline]
    let pillars: [Pillar]

    enum CodingKeys: String, CodingKey { case governments, year, headline, pillars }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(governments, forKey: .governments)
        try container.encode(year, forKey: .year)
        try container.encode(headline, forKey: .headline)
        try container.encode(pillars, forKey: .pillars)
    }

    /// The comparison with the budgets of `year`.
    public init(_ comparison: GovernmentComparison, year: Int?) {
        governments = comparison.governments.map(\.id)
        self.year = year
        headline = comparison.headlines.map { item in
            Headline(
                government: item.government.id, strategy: item.strategy?.id, strategyName: item.strategy?.name,
                annualBudget: item.annualBudget.map { AnnualBudget(value: $0.value, text: $0.text, source: $0.source) },
                programmes: item.programmes, roles: Roles(item.roles), leadAgencies: item.leadAgencies,
                budgetByYear: item.budget.years.filter { !$0.programmes.isEmpty }.map(Year.init),
                undated: item.budget.undated.map(Amount.init), oneOffOrTotal: item.budget.oneOff.map(Amount.init))
        }
        pillars = comparison.rows.map { row in
            Pillar(pillar: row.pillar.id, gap: row.isGap, cells: row.cells.map { cell in
                Cell(
                    government: cell.government, count: cell.count, roles: Roles(cell.roles),
                    programmes: cell.programmes.map(\.id), perYear: year.map { cell.budget.perYear(in: $0) } ?? 0,
                    oneOff: cell.budget.oneOffTotal, withPerYear: cell.budget.withPerYear,
                    withOneOff: cell.budget.withOneOff, withoutBudget: cell.budget.withoutBudget,
                    competence: cell.competence, competenceMatter: cell.elsewhere?.matter,
                    budgetByYear: cell.budget.years.filter { !$0.programmes.isEmpty }.map(Year.init),
                    undated: cell.budget.undated.map(Amount.init))
            })
        }
    }
}
