/// Finds where a JSON text stops being valid JSON, for messages with a line and a column.
/// Only used once a decoder has already said the text is malformed.
enum MalformedJSON {
    /// 1-based line and column of the first character that breaks the grammar.
    static func position(of text: String) -> (line: Int, column: Int) {
        var checker = Checker(Array(text.unicodeScalars))
        checker.run()
        return checker.position
    }

    /// What is wrong at that position.
    static func reason(of text: String) -> String {
        var checker = Checker(Array(text.unicodeScalars))
        checker.run()
        return checker.reason ?? "unexpected end of file"
    }

    private struct Checker {
        let scalars: [Unicode.Scalar]
        var offset = 0
        var reason: String?

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var position: (line: Int, column: Int) {
            var line = 1
            var column = 1
            for scalar in scalars[..<min(offset, scalars.count)] {
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            return (line, column)
        }

        mutating func run() {
            skipSpace()
            guard value() else { return }
            skipSpace()
            if offset < scalars.count { fail("unexpected text after the end of the JSON value") }
        }

        private var current: Unicode.Scalar? { offset < scalars.count ? scalars[offset] : nil }

        private mutating func fail(_ message: String) {
            if reason == nil { reason = message }
        }

        private mutating func skipSpace() {
            while let scalar = current, [" ", "\n", "\r", "\t"].contains(scalar) { offset += 1 }
        }

        private mutating func value() -> Bool {
            guard let scalar = current else {
                fail("unexpected end of file")
                return false
            }
            switch scalar {
            case "{": return container(close: "}", member: true)
            case "[": return container(close: "]", member: false)
            case "\"": return string()
            case "t": return literal("true")
            case "f": return literal("false")
            case "n": return literal("null")
            case "-", "0"..."9": return number()
            default:
                fail("unexpected character '\(scalar.escaped(asASCII: true))'")
                return false
            }
        }

        private mutating func container(close: Unicode.Scalar, member: Bool) -> Bool {
            offset += 1
            skipSpace()
            if current == close {
                offset += 1
                return true
            }
            while true {
                skipSpace()
                if member {
                    guard current == "\"" else {
                        fail("expected a field name in double quotes")
                        return false
                    }
                    guard string() else { return false }
                    skipSpace()
                    guard current == ":" else {
                        fail("expected ':' after a field name")
                        return false
                    }
                    offset += 1
                    skipSpace()
                }
                guard value() else { return false }
                skipSpace()
                if current == "," {
                    offset += 1
                    continue
                }
                if current == close {
                    offset += 1
                    return true
                }
                fail(current == nil ? "unexpected end of file" : "expected ',' or '\(close)'")
                return false
            }
        }

        private mutating func string() -> Bool {
            offset += 1
            while let scalar = current {
                switch scalar {
                case "\"":
                    offset += 1
                    return true
                case "\\":
                    offset += 2
                case "\n":
                    fail("unterminated string (a string cannot run past the end of its line)")
                    return false
                case _ where scalar.value < 0x20:
                    fail("raw control character in a string: write it as an escape, or remove it")
                    return false
                default:
                    offset += 1
                }
            }
            fail("unterminated string")
            return false
        }

        private mutating func literal(_ word: String) -> Bool {
            for expected in word.unicodeScalars {
                guard current == expected else {
                    fail("unexpected character: expected '\(word)'")
                    return false
                }
                offset += 1
            }
            return true
        }

        private mutating func number() -> Bool {
            let start = offset
            while let scalar = current, "+-0123456789.eE".unicodeScalars.contains(scalar) { offset += 1 }
            if Double(String(String.UnicodeScalarView(scalars[start..<offset]))) == nil {
                offset = start
                fail("malformed number")
                return false
            }
            return true
        }
    }
}
