import BeaiDomain

/// The JSON form of a comparison (`beai compare --json`, the explorer's `.json` export of one).
public struct ComparisonJSON: Encodable {
    struct Headline: Encodable {
        let government: String
        let strategy: String?
        let strategyName: String?
        let annualBudget: AnnualBudget?
        let programmes: Int
        let leadAgencies: [String]
    }

    struct AnnualBudget: Encodable {
        let value: Double
        let text: String
        let source: Citation?
    }

    struct Cell: Encodable {
        let government: String
        let count: Int
        let programmes: [String]
        let perYear: Double
        let oneOff: Double
        let withPerYear: Int
        let withOneOff: Int
        let withoutBudget: Int
    }

    struct Pillar: Encodable {
        let pillar: String
        let gap: Bool
        let cells: [Cell]
    }

    let governments: [String]
    let headline: [Headline]
    let pillars: [Pillar]

    public init(_ comparison: GovernmentComparison) {
        governments = comparison.governments.map(\.id)
        headline = comparison.headlines.map { item in
            Headline(
                government: item.government.id, strategy: item.strategy?.id, strategyName: item.strategy?.name,
                annualBudget: item.annualBudget.map { AnnualBudget(value: $0.value, text: $0.text, source: $0.source) },
                programmes: item.programmes, leadAgencies: item.leadAgencies)
        }
        pillars = comparison.rows.map { row in
            Pillar(pillar: row.pillar.id, gap: row.isGap, cells: row.cells.map { cell in
                Cell(government: cell.government, count: cell.count, programmes: cell.programmes.map(\.id),
                     perYear: cell.totals.perYear, oneOff: cell.totals.oneOff, withPerYear: cell.totals.withPerYear,
                     withOneOff: cell.totals.withOneOff, withoutBudget: cell.totals.withoutBudget)
            })
        }
    }
}
