/// A compact binary form of a dataset, for the cache of decoded data directories.
///
/// Values are written in field order, without names: strings as a length and UTF-8 bytes, numbers
/// in their bit patterns, optionals behind a presence byte. The reader checks every length
/// against what is left, so a truncated or damaged file reads as nil, never as a crash.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    /// A writer whose bytes start with `header`.
    init(header: [UInt8] = []) { bytes = header }

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func double(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        var text = value
        text.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func strings(_ values: [String]) {
        int(values.count)
        values.forEach { string($0) }
    }

    mutating func optional<Value>(_ value: Value?, _ write: (inout BinaryWriter, Value) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func array<Value>(_ values: [Value], _ write: (inout BinaryWriter, Value) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }
}

/// Reads what `BinaryWriter` wrote; every read returns nil once the bytes do not fit. It reads
/// memory it does not own: use it only while `bytes` is valid.
struct BinaryReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func int() -> Int? {
        guard bytes.count - position >= 8 else { return nil }
        var value: UInt64 = 0
        for offset in (0..<8).reversed() { value = value << 8 | UInt64(bytes[position + offset]) }
        position += 8
        return Int(truncatingIfNeeded: Int64(bitPattern: value))
    }

    mutating func double() -> Double? {
        int().map { Double(bitPattern: UInt64(bitPattern: Int64($0))) }
    }

    mutating func bool() -> Bool? {
        guard position < bytes.count, bytes[position] <= 1 else { return nil }
        defer { position += 1 }
        return bytes[position] == 1
    }

    mutating func string() -> String? {
        guard let count = int(), count >= 0, bytes.count - position >= count else { return nil }
        defer { position += count }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + count]), as: UTF8.self)
    }

    mutating func strings() -> [String]? { array { $0.string() } }

    /// A count that the remaining bytes could hold (each element takes at least one byte).
    private mutating func count() -> Int? {
        guard let count = int(), count >= 0, count <= bytes.count - position else { return nil }
        return count
    }

    mutating func optional<Value>(_ read: (inout BinaryReader) -> Value?) -> Value?? {
        guard let present = bool() else { return nil }
        guard present else { return .some(nil) }
        return read(&self).map { .some($0) }
    }

    mutating func array<Value>(_ read: (inout BinaryReader) -> Value?) -> [Value]? {
        guard let count = count() else { return nil }
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            guard let value = read(&self) else { return nil }
            values.append(value)
        }
        return values
    }
}
