/// The pair screen: two programme ids compared field by field.
public struct PairState: Hashable, Sendable {
    public let programmes: [String]

    public init(programmes: [String]) { self.programmes = programmes }
}
