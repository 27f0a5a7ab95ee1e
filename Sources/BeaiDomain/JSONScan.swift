/// A light pass over a JSON text that finds what a decoder does not tell: the line on which each
/// element of the top-level array starts, where each element that is an object or array lies,
/// and every control character inside a string value (written raw or as an escape such as `\n`
/// or `\u001b`).
///
/// It reads UTF-8 bytes, not characters: a large data file is scanned in a fraction of the time.
/// Columns count Unicode scalars, as an editor does.
struct JSONScan {
    /// 1-based line of each top-level array element, in order.
    private(set) var elementLines: [Int] = []
    /// Byte ranges, in the UTF-8 text, of the top-level elements that are objects or arrays.
    private(set) var elementRanges: [Range<Int>] = []
    /// Positions of control characters inside strings.
    private(set) var controlCharacters: [(line: Int, column: Int, scalar: UInt32)] = []

    init(_ text: String) {
        var text = text
        text.withUTF8 { scan($0) }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        var line = 1
        var column = 0
        var depth = 0
        var inString = false
        var elementStart: Int?
        var index = 0

        /// Moves past the byte at `index`, keeping the line and column.
        func advance() {
            if bytes[index] == 0x0A {
                line += 1
                column = 0
            } else if bytes[index] & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }

        while index < bytes.count {
            let byte = bytes[index]
            advance()
            if inString {
                switch byte {
                case UInt8(ascii: "\""):
                    inString = false
                case UInt8(ascii: "\\"):
                    let (escapeLine, escapeColumn) = (line, column)
                    guard index < bytes.count else { break }
                    let escaped = bytes[index]
                    advance()
                    switch escaped {
                    case UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"), UInt8(ascii: "b"), UInt8(ascii: "f"):
                        controlCharacters.append((escapeLine, escapeColumn, Self.controlValue(of: escaped)))
                    case UInt8(ascii: "u"):
                        var hex = ""
                        for _ in 0..<4 where index < bytes.count {
                            hex.unicodeScalars.append(Unicode.Scalar(bytes[index]))
                            advance()
                        }
                        if let value = UInt32(hex, radix: 16), Self.isControl(value) {
                            controlCharacters.append((escapeLine, escapeColumn, value))
                        }
                    default:
                        break
                    }
                case 0x7F:
                    // A raw C0 control is malformed JSON, which the decoder reports; DEL and C1 are valid JSON.
                    controlCharacters.append((line, column, 0x7F))
                case 0xC2 where index < bytes.count && (0x80...0x9F).contains(bytes[index]):
                    controlCharacters.append((line, column, UInt32(bytes[index])))
                default:
                    break
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if depth == 1 {
                    elementLines.append(line)
                    elementStart = index - 1
                }
                depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                if depth == 1, let start = elementStart {
                    elementRanges.append(start..<index)
                    elementStart = nil
                }
            default:
                break
            }
        }
    }

    /// C0 controls, DEL and C1 controls.
    static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }

    private static func controlValue(of escape: UInt8) -> UInt32 {
        switch escape {
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "t"): return 0x09
        case UInt8(ascii: "b"): return 0x08
        default: return 0x0C
        }
    }
}
