extension String {
    /// The text made harmless for a terminal: escape sequences removed, tabs as spaces, other
    /// control characters (C0, DEL, C1) and bidirectional overrides dropped.
    public var terminalSafe: String {
        let needsCleaning = unicodeScalars.contains { scalar in
            scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
        }
        guard needsCleaning else { return self }
        var result = String.UnicodeScalarView()
        var scalars = unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                // Skip a CSI (ESC [ ... final byte) or a two-character escape.
                guard let next = scalars.next() else { break }
                if next == "[" {
                    while let byte = scalars.next(), !(0x40...0x7E).contains(byte.value) {}
                } else if next == "]" {
                    while let byte = scalars.next(), byte.value != 0x07, byte.value != 0x1B {}
                }
            case 0x09:
                result.append(" ")
            case 0x0A:
                result.append(scalar)
            case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }
}
