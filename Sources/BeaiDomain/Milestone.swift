/// A dated event in a programme's life that a source states: launched, adopted, a deadline, ...
public struct Milestone: Codable, Hashable, Sendable {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source.
    public var date: String
    /// What happened (or is due) then.
    public var event: MilestoneEvent
    /// The date exactly as its document writes it (`in March 2019`, `by 30 April 2025`).
    public var text: String
    /// Where it stands; `nil` only in invalid data.
    public var source: Citation?

    public init(date: String, event: MilestoneEvent, text: String, source: Citation?) {
        self.date = date
        self.event = event
        self.text = text
        self.source = source
    }

    /// The year of `date`, when it starts with one.
    public var year: Int? { date.count >= 4 ? Int(date.prefix(4)) : nil }

    /// The month of `date` (1-12), when the source gives one.
    public var month: Int? {
        let parts = date.split(separator: "-")
        return parts.count >= 2 ? Int(parts[1]) : nil
    }

    enum CodingKeys: String, CodingKey { case date, event, text, source }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        date = try container.decodeIfPresent(String.self, forKey: .date) ?? ""
        event = try container.decodeIfPresent(MilestoneEvent.self, forKey: .event) ?? MilestoneEvent(rawValue: "")
        text = try container.decodeIfPresent(String.self, forKey: .text) ?? ""
        source = try container.decodeIfPresent(Citation.self, forKey: .source)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encode(event, forKey: .event)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(source, forKey: .source)
    }
}

/// What a milestone records: a short verb from a fixed list, so that timelines and scripts can
/// tell a launch from a deadline.
public struct MilestoneEvent: Vocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let known: [MilestoneEvent] = [
        "launched", "started", "adopted", "approved", "established", "formalised", "extended", "funded",
        "published", "implemented", "evaluated", "designated", "ended", "cancelled", "deadline", "target",
        "planned",
    ].map(MilestoneEvent.init(rawValue:))
}

/// A milestone in JSON output: every key always present (`null` when unknown).
public struct MilestoneJSON: Encodable, Sendable {
    public let milestone: Milestone

    public init(_ milestone: Milestone) { self.milestone = milestone }

    enum CodingKeys: String, CodingKey { case date, event, text, source }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(milestone.date, forKey: .date)
        try container.encode(milestone.event, forKey: .event)
        try container.encode(milestone.text, forKey: .text)
        try container.encode(milestone.source, forKey: .source)
    }
}
