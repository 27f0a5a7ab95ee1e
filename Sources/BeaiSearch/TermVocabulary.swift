/// Every term the index holds, sorted, with the number of programmes that contain it: the source
/// of prefix expansion, typo correction and match-count estimates.
struct TermVocabulary: Sendable {
    /// The terms in UTF-8 byte order, the order SQLite keeps them in.
    let terms: [String]
    /// `documentCounts[i]`: programmes containing `terms[i]`.
    let documentCounts: [Int32]
    /// Running sums of `documentCounts`, so that a prefix's total is two lookups.
    private let cumulativeCounts: [Int]
    /// The terms as bytes, for fast comparison and edit distance.
    private let bytes: [[UInt8]]
    /// The bytes each term has, as bits (`letterMask`): a quick test before an edit distance.
    private let letterMasks: [UInt64]
    private let idsByTerm: [String: Int32]

    init(terms unsortedTerms: [(term: String, documents: Int)]) {
        let sorted = unsortedTerms.sorted { $0.term.utf8.lexicographicallyPrecedes($1.term.utf8) }
        terms = sorted.map(\.term)
        documentCounts = sorted.map { Int32(clamping: $0.documents) }
        var running = 0
        var cumulative = [0]
        cumulative.reserveCapacity(sorted.count + 1)
        for entry in sorted {
            running += entry.documents
            cumulative.append(running)
        }
        cumulativeCounts = cumulative
        bytes = terms.map { Array($0.utf8) }
        letterMasks = bytes.map(Self.letterMask)
        var ids: [String: Int32] = [:]
        ids.reserveCapacity(terms.count)
        for (offset, term) in terms.enumerated() { ids[term] = Int32(offset) }
        idsByTerm = ids
    }

    var count: Int { terms.count }

    /// The id (position) of `term`, when the index holds it.
    func id(of term: String) -> Int32? { idsByTerm[term] }

    /// The ids of the terms that start with `prefix`: a contiguous range.
    func prefixRange(_ prefix: String) -> Range<Int32> {
        let key = Array(prefix.utf8)
        let lower = lowerBound(key)
        var upperKey = key
        // The first key past every term that starts with `prefix`.
        while let last = upperKey.last, last == 0xFF { upperKey.removeLast() }
        guard let last = upperKey.last else { return Int32(lower)..<Int32(terms.count) }
        upperKey[upperKey.count - 1] = last + 1
        let upper = lowerBound(upperKey)
        return Int32(lower)..<Int32(max(lower, upper))
    }

    /// The number of (programme, term) pairs in `range`: an upper bound of the programmes that
    /// contain any of its terms.
    func documentCount(in range: Range<Int32>) -> Int {
        cumulativeCounts[Int(range.upperBound)] - cumulativeCounts[Int(range.lowerBound)]
    }

    /// Terms within `maximumEdits` of `word` (never `word` itself), nearest first and, at equal
    /// distance, most common first. With `prefix`, a term also counts when its first characters
    /// are within reach of `word` (the word is still being typed).
    func corrections(of word: String, maximumEdits: Int, prefix: Bool = false, limit: Int = 8) -> [(id: Int32, edits: Int)] {
        guard maximumEdits > 0 else { return [] }
        let typed = Array(word.utf8)
        guard typed.count <= 64 else { return [] }
        var found: [(id: Int32, edits: Int)] = []
        var scratch = EditDistanceScratch(capacity: 80)
        let typedMask = Self.letterMask(typed)
        for (offset, candidate) in bytes.enumerated() {
            // Each kind of byte the typed word has and the term lacks costs an edit at least (a
            // prefix of the term lacks it too): most terms are ruled out here.
            guard (typedMask & ~letterMasks[offset]).nonzeroBitCount <= maximumEdits else { continue }
            let lengthGap = candidate.count - typed.count
            if lengthGap == 0, candidate == typed { continue }
            if prefix, lengthGap > 0 {
                let head = candidate.prefix(typed.count + maximumEdits)
                if let edits = scratch.prefixDistance(typed, head, limit: maximumEdits) {
                    found.append((Int32(offset), edits))
                }
                continue
            }
            guard abs(lengthGap) <= maximumEdits,
                (letterMasks[offset] & ~typedMask).nonzeroBitCount <= maximumEdits else { continue }
            if let edits = scratch.distance(typed, candidate, limit: maximumEdits) {
                found.append((Int32(offset), edits))
            }
        }
        found.sort { ($0.edits, -documentCounts[Int($0.id)], $0.id) < ($1.edits, -documentCounts[Int($1.id)], $1.id) }
        return Array(found.prefix(limit))
    }

    /// One bit per kind of byte of `word`: a letter or digit its own bit, any other byte one of
    /// 28 bits shared with others (so a word may seem to have a byte it lacks, never the reverse).
    static func letterMask(_ word: [UInt8]) -> UInt64 {
        var mask: UInt64 = 0
        for byte in word {
            let bit: UInt8 = switch byte {
            case 0x61...0x7A: byte - 0x61
            case 0x30...0x39: 26 + byte - 0x30
            default: 36 + byte % 28
            }
            mask |= 1 << UInt64(bit)
        }
        return mask
    }

    private func lowerBound(_ key: [UInt8]) -> Int {
        var low = 0
        var high = bytes.count
        while low < high {
            let middle = (low + high) / 2
            if bytes[middle].lexicographicallyPrecedes(key) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// Levenshtein distance over bytes with an early exit, reusing its rows between calls.
struct EditDistanceScratch {
    private var previous: [Int]
    private var current: [Int]

    init(capacity: Int) {
        previous = [Int](repeating: 0, count: capacity + 1)
        current = previous
    }

    /// The distance between `a` and `b`, or nil when it exceeds `limit`.
    mutating func distance(_ a: [UInt8], _ b: ArraySlice<UInt8>, limit: Int) -> Int? {
        guard let row = lastRow(a, b, limit: limit) else { return nil }
        let distance = row[b.count]
        return distance <= limit ? distance : nil
    }

    mutating func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
        distance(a, b[...], limit: limit)
    }

    /// The least distance between `a` and any prefix of `b`, or nil when it exceeds `limit`.
    mutating func prefixDistance(_ a: [UInt8], _ b: ArraySlice<UInt8>, limit: Int) -> Int? {
        // Distance from all of `a` to each prefix of `b` is the last row of the table with `a` on
        // the rows: compute with roles swapped so that row entries index prefixes of `b`.
        guard let row = lastColumn(a, b, limit: limit) else { return nil }
        let best = row.min() ?? Int.max
        return best <= limit ? best : nil
    }

    private mutating func ensure(_ size: Int) {
        if previous.count < size + 1 {
            previous = [Int](repeating: 0, count: size + 1)
            current = previous
        }
    }

    /// The last row of the table for `a` (rows) against `b` (columns).
    private mutating func lastRow(_ a: [UInt8], _ b: ArraySlice<UInt8>, limit: Int) -> ArraySlice<Int>? {
        let width = b.count
        ensure(width)
        for j in 0...width { previous[j] = j }
        if a.isEmpty { return previous[0...width] }
        let start = b.startIndex
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            let character = a[i - 1]
            if width > 0 {
                for j in 1...width {
                    let cost = b[start + j - 1] == character ? 0 : 1
                    let value = min(previous[j - 1] + cost, previous[j] + 1, current[j - 1] + 1)
                    current[j] = value
                    if value < rowMinimum { rowMinimum = value }
                }
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[0...width]
    }

    /// For each prefix of `b` (by length 0...b.count), the distance from all of `a` to it.
    private mutating func lastColumn(_ a: [UInt8], _ b: ArraySlice<UInt8>, limit: Int) -> [Int]? {
        // Rows over `b`, columns over `a`: the last column of each row is the distance from all
        // of `a` to that prefix of `b`.
        let width = a.count
        ensure(width)
        var lastColumn = [width]
        for j in 0...width { previous[j] = j }
        let start = b.startIndex
        for i in 0..<b.count {
            current[0] = i + 1
            var rowMinimum = i + 1
            let character = b[start + i]
            if width > 0 {
                for j in 1...width {
                    let cost = a[j - 1] == character ? 0 : 1
                    let value = min(previous[j - 1] + cost, previous[j] + 1, current[j - 1] + 1)
                    current[j] = value
                    if value < rowMinimum { rowMinimum = value }
                }
            }
            lastColumn.append(current[width])
            swap(&previous, &current)
            if rowMinimum > limit { break }
        }
        return lastColumn
    }
}
