/// A closed vocabulary of string values that decodes any string, so that the validator can report
/// an unknown value with its position instead of failing the whole file.
public protocol Vocabulary: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible
where RawValue == String {
    /// Every valid value, in display order.
    static var known: [Self] { get }
    init(rawValue: String)
}

extension Vocabulary {
    public var description: String { rawValue }
    /// True when the value is one of `known`.
    public var isKnown: Bool { Self.known.contains(self) }
    /// The valid values as text, for messages.
    public static var knownList: String { known.map(\.rawValue).joined(separator: ", ") }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// What kind of initiative a programme is.
public struct ProgrammeKind: Vocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let known: [ProgrammeKind] = [
        "strategy", "plan", "programme", "call", "funding", "fund", "voucher", "training", "network",
        "hub", "platform", "portal", "research-centre", "project", "event", "regulation", "authority",
        "advisory-body", "recommendation", "campaign", "partnership",
    ].map(ProgrammeKind.init(rawValue:))
}

/// Where a programme stands at the date its source speaks from.
public struct ProgrammeStatus: Vocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let active = ProgrammeStatus(rawValue: "active")
    public static let completed = ProgrammeStatus(rawValue: "completed")
    public static let planned = ProgrammeStatus(rawValue: "planned")
    public static let proposed = ProgrammeStatus(rawValue: "proposed")
    public static let unknown = ProgrammeStatus(rawValue: "unknown")
    public static let known: [ProgrammeStatus] = [.active, .completed, .planned, .proposed, .unknown]
}

/// The period an amount covers. Per-year amounts are never added to one-off or total ones.
public struct FigurePeriod: Vocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let perYear = FigurePeriod(rawValue: "per-year")
    public static let total = FigurePeriod(rawValue: "total")
    public static let oneOff = FigurePeriod(rawValue: "one-off")
    public static let known: [FigurePeriod] = [.perYear, .total, .oneOff]

    /// "per year", "total", "one-off".
    public var label: String { self == .perYear ? "per year" : rawValue }
}

/// How the source qualifies a number.
public struct FigureQualifier: Vocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let known: [FigureQualifier] = ["over", "about", "up to", "at least", "under"]
        .map(FigureQualifier.init(rawValue:))
}

/// Who acts in a programme, so that every count can say what it counts.
public struct ProgrammeRole: Vocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// An action of a government or of one of its agencies.
    public static let initiative = ProgrammeRole(rawValue: "initiative")
    /// Proposed by a coalition, an advisory body or a report, not adopted as such.
    public static let recommendation = ProgrammeRole(rawValue: "recommendation")
    /// The frame around policy: general law, the EU frame, a ranking, a company's use case, a technique.
    public static let context = ProgrammeRole(rawValue: "context")
    public static let known: [ProgrammeRole] = [.initiative, .recommendation, .context]
}
