/// How many programmes of a set are initiatives, recommendations and context: every count beai
/// shows says which it counts.
public struct RoleCounts: Hashable, Sendable {
    public private(set) var initiatives = 0
    public private(set) var recommendations = 0
    public private(set) var context = 0

    public init() {}

    /// The counts of `programmes`; a programme of no known role counts as none of them.
    public init(_ programmes: some Sequence<Programme>) {
        for programme in programmes {
            switch programme.role {
            case .initiative: initiatives += 1
            case .recommendation: recommendations += 1
            case .context: context += 1
            default: break
            }
        }
    }

    /// Adds the counts of other programmes.
    public mutating func add(_ other: RoleCounts) {
        initiatives += other.initiatives
        recommendations += other.recommendations
        context += other.context
    }

    /// The count of one role.
    public func count(of role: ProgrammeRole) -> Int {
        switch role {
        case .initiative: initiatives
        case .recommendation: recommendations
        case .context: context
        default: 0
        }
    }

    /// Every programme counted.
    public var total: Int { initiatives + recommendations + context }

    /// "12 initiatives · 3 proposed · 2 context", leaving out the roles with none ("none" when empty).
    public var label: String {
        var parts: [String] = []
        if initiatives > 0 { parts.append(initiatives == 1 ? "1 initiative" : "\(initiatives) initiatives") }
        if recommendations > 0 { parts.append("\(recommendations) proposed") }
        if context > 0 { parts.append("\(context) context") }
        return parts.isEmpty ? "none" : parts.joined(separator: " · ")
    }
}
