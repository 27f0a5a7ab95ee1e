/// The places visited, as a browser keeps them: `back` are the places left, most recent last;
/// `forward` the places gone back from, nearest last. Moving somewhere new drops `forward`.
public struct NavigationHistory: Hashable, Sendable {
    public private(set) var back: [NodeID] = []
    public private(set) var forward: [NodeID] = []

    /// Places kept in each direction.
    public static let limit = 200

    public init() {}

    /// Records `place` as left for another place; the forward part is dropped.
    mutating func leave(_ place: NodeID) {
        if back.last != place { back.append(place) }
        if back.count > Self.limit { back.removeFirst(back.count - Self.limit) }
        forward.removeAll()
    }

    /// The place before `current`, which becomes the first place forward; nil at the start.
    mutating func goBack(from current: NodeID) -> NodeID? {
        guard let place = back.popLast() else { return nil }
        forward.append(current)
        return place
    }

    /// The place after `current`, which becomes the last place back; nil at the end.
    mutating func goForward(from current: NodeID) -> NodeID? {
        guard let place = forward.popLast() else { return nil }
        back.append(current)
        return place
    }
}
