/// A number a source attaches to a programme, with the text it is written as and where it stands.
public struct Figure: Codable, Hashable, Sendable {
    /// What it measures: `annual budget`, `projects funded`, ...
    public var label: String
    /// The amount; EUR amounts in euros, percentages as 25 for 25 %.
    public var value: Double
    /// `EUR`, `percent`, `score`, or a plural noun for counts (`projects`).
    public var unit: String
    /// Required for EUR amounts.
    public var period: FigurePeriod?
    /// The years the figure covers, when stated.
    public var years: YearRange?
    public var qualifier: FigureQualifier?
    /// True when the amount is the programme's own budget and counts in budget totals.
    public var budget: Bool
    /// The figure exactly as its document writes it.
    public var text: String
    /// Where it stands; `nil` only in invalid data.
    public var source: Citation?

    public init(
        label: String, value: Double, unit: String, period: FigurePeriod? = nil, years: YearRange? = nil,
        qualifier: FigureQualifier? = nil, budget: Bool = false, text: String, source: Citation?
    ) {
        self.label = label
        self.value = value
        self.unit = unit
        self.period = period
        self.years = years
        self.qualifier = qualifier
        self.budget = budget
        self.text = text
        self.source = source
    }

    /// True for amounts in euros.
    public var isMoney: Bool { unit == Figure.euro }

    /// The unit of money amounts.
    public static let euro = "EUR"

    enum CodingKeys: String, CodingKey {
        case label, value, unit, period, years, qualifier, budget, text, source
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        label = try container.decodeIfPresent(String.self, forKey: .label) ?? ""
        value = try container.decodeIfPresent(Double.self, forKey: .value) ?? .nan
        unit = try container.decodeIfPresent(String.self, forKey: .unit) ?? ""
        period = try container.decodeIfPresent(FigurePeriod.self, forKey: .period)
        years = try container.decodeIfPresent(YearRange.self, forKey: .years)
        qualifier = try container.decodeIfPresent(FigureQualifier.self, forKey: .qualifier)
        budget = try container.decodeIfPresent(Bool.self, forKey: .budget) ?? false
        text = try container.decodeIfPresent(String.self, forKey: .text) ?? ""
        source = try container.decodeIfPresent(Citation.self, forKey: .source)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(label, forKey: .label)
        try container.encode(value, forKey: .value)
        try container.encode(unit, forKey: .unit)
        try container.encodeIfPresent(period, forKey: .period)
        try container.encodeIfPresent(years, forKey: .years)
        try container.encodeIfPresent(qualifier, forKey: .qualifier)
        if budget { try container.encode(budget, forKey: .budget) }
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(source, forKey: .source)
    }
}
