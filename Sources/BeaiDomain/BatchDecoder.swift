import Dispatch
import Foundation
import Synchronization

/// Decodes a large top-level JSON array of objects in batches of elements, on every core: faster
/// than one decoder over the whole text, and the decoder's working memory is a batch's, not the
/// file's.
///
/// Any doubt gives nil and the caller decodes the whole text as usual, which also reports any
/// problem with its exact place: a batch that fails to decode, or text between two batches other
/// than the comma that separates elements.
enum BatchDecoder {
    /// Arrays with fewer elements are decoded whole.
    static let minimumElements = 8_192
    static let batchSize = 2_048

    /// The records of the array in `bytes`, whose elements lie at `elements` (from `JSONScan`).
    static func decode<Record: Decodable & Sendable>(_ bytes: UnsafeBufferPointer<UInt8>, elements: [Range<Int>]) -> [Record]? {
        guard elements.count >= minimumElements,
              let first = elements.first, let last = elements.last,
              isOnly(bytes[0..<first.lowerBound], "["), isOnly(bytes[last.upperBound...], "]")
        else { return nil }
        var batches: [Range<Int>] = []
        for start in stride(from: 0, to: elements.count, by: batchSize) {
            let end = min(start + batchSize, elements.count)
            if start > 0, !isOnly(bytes[elements[start - 1].upperBound..<elements[start].lowerBound], ",") { return nil }
            batches.append(elements[start].lowerBound..<elements[end - 1].upperBound)
        }
        let decoded = Mutex<[[Record]?]>(Array(repeating: nil, count: batches.count))
        let text = SharedBytes(bytes: bytes)
        let ranges = batches
        DispatchQueue.concurrentPerform(iterations: ranges.count) { number in
            // Each batch is copied only while it is decoded, so that the copies never add up.
            var batch = Data([UInt8(ascii: "[")])
            batch.append(UnsafeBufferPointer(rebasing: text.bytes[ranges[number]]))
            batch.append(UInt8(ascii: "]"))
            let records = try? JSONDecoder().decode([Record].self, from: batch)
            decoded.withLock { $0[number] = records }
        }
        var parts = decoded.withLock { parts in defer { parts = [] }; return parts }
        var records: [Record] = []
        records.reserveCapacity(elements.count)
        // Each part is let go once copied, so that two copies of the records never coexist.
        for number in parts.indices {
            guard let part = parts[number] else { return nil }
            parts[number] = nil
            records += part
        }
        return records.count == elements.count ? records : nil
    }

    /// The text, read by every batch. `concurrentPerform` returns only when all have run, so the
    /// caller's buffer outlives every read, and nothing writes to it.
    private struct SharedBytes: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
    }

    /// True when `text` is `separator` with only JSON whitespace around it.
    private static func isOnly(_ text: Slice<UnsafeBufferPointer<UInt8>>, _ separator: Character) -> Bool {
        let significant = text.filter { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }
        return significant.count == 1 && significant.first == separator.asciiValue
    }
}
