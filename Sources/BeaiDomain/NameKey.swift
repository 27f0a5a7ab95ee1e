/// A name as a sort key that is quick to make and to compare: case and the accents of Latin
/// letters ignored, as `String.folded` ignores them, without Foundation's folding (which costs
/// tens of milliseconds over the ten thousand names of a large pillar).
struct NameKey: Comparable, Sendable {
    private let scalars: [UInt32]

    init(_ name: String) {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x41...0x5A: scalars.append(value + 0x20)
            case 0..<0x80: scalars.append(value)
            case 0xC0..<0x180: scalars.append(Self.latin[Int(value - 0xC0)])
            case 0x300...0x36F: continue
            default: scalars.append(value)
            }
        }
        self.scalars = scalars
    }

    static func < (left: NameKey, right: NameKey) -> Bool { left.scalars.lexicographicallyPrecedes(right.scalars) }

    /// The base letters of U+00C0 to U+017F (Latin-1 letters and Latin Extended-A), lowercase.
    private static let latin: [UInt32] =
        "aaaaaaaceeeeiiiidnooooo×ouuuuytsaaaaaaaceeeeiiiidnooooo÷ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
        .unicodeScalars.map(\.value)
}
