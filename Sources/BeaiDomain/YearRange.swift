/// The years something runs or covers; either end may be unknown.
public struct YearRange: Codable, Hashable, Sendable {
    public var start: Int?
    public var end: Int?

    public init(start: Int? = nil, end: Int? = nil) {
        self.start = start
        self.end = end
    }

    /// True when `year` falls inside the range; an open end extends without limit.
    public func contains(_ year: Int) -> Bool {
        if let start, year < start { return false }
        if let end, year > end { return false }
        return start != nil || end != nil
    }

    /// True when the range and `years` share a year; an open end extends without limit, and a range
    /// with neither end known shares none (the query language's `year:`).
    public func overlaps(_ years: ClosedRange<Int>) -> Bool {
        guard start != nil || end != nil else { return false }
        return (start ?? Int.min) <= years.upperBound && (end ?? Int.max) >= years.lowerBound
    }

    /// "2019–2023", "from 2019", "until 2023", or "" when both ends are unknown.
    public var label: String {
        switch (start, end) {
        case let (start?, end?) where start == end: return "\(start)"
        case let (start?, end?): return "\(start)–\(end)"
        case let (start?, nil): return "from \(start)"
        case let (nil, end?): return "until \(end)"
        case (nil, nil): return ""
        }
    }
}
