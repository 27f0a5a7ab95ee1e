/// The help overlay: how far its list of keys is scrolled.
public struct HelpState: Hashable, Sendable {
    /// The first line shown.
    public var offset = 0

    public init() {}
}
