/// A light pass over a JSON text that finds what a decoder does not tell: the line on which each
/// element of the top-level array starts, and every control character inside a string value
/// (written raw or as an escape such as `\n` or `\u001b`).
struct JSONScan {
    /// 1-based line of each top-level array element, in order.
    private(set) var elementLines: [Int] = []
    /// Positions of control characters inside strings.
    private(set) var controlCharacters: [(line: Int, column: Int, scalar: UInt32)] = []

    init(_ text: String) {
        var line = 1
        var column = 0
        var depth = 0
        var inString = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar?

        func next() -> Unicode.Scalar? {
            if let scalar = pending {
                pending = nil
                return scalar
            }
            guard let scalar = iterator.next() else { return nil }
            if scalar == "\n" {
                line += 1
                column = 0
            } else {
                column += 1
            }
            return scalar
        }

        while let scalar = next() {
            if inString {
                switch scalar {
                case "\"":
                    inString = false
                case "\\":
                    let (escapeLine, escapeColumn) = (line, column)
                    guard let escaped = next() else { break }
                    switch escaped {
                    case "n", "r", "t", "b", "f":
                        controlCharacters.append((escapeLine, escapeColumn, Self.controlValue(of: escaped)))
                    case "u":
                        var hex = ""
                        for _ in 0..<4 { if let digit = next() { hex.unicodeScalars.append(digit) } }
                        if let value = UInt32(hex, radix: 16), Self.isControl(value) {
                            controlCharacters.append((escapeLine, escapeColumn, value))
                        }
                    default:
                        break
                    }
                default:
                    // A raw C0 control is malformed JSON, which the decoder reports; DEL and C1 are valid JSON.
                    if scalar.value >= 0x7F, Self.isControl(scalar.value) {
                        controlCharacters.append((line, column, scalar.value))
                    }
                }
                continue
            }
            switch scalar {
            case "\"":
                inString = true
            case "[", "{":
                if depth == 1 { elementLines.append(line) }
                depth += 1
            case "]", "}":
                depth -= 1
            default:
                break
            }
        }
    }

    /// C0 controls, DEL and C1 controls.
    static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }

    private static func controlValue(of escape: Unicode.Scalar) -> UInt32 {
        switch escape {
        case "n": return 0x0A
        case "r": return 0x0D
        case "t": return 0x09
        case "b": return 0x08
        default: return 0x0C
        }
    }
}
