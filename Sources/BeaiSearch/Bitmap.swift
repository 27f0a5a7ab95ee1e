/// A set of programme positions as bits: built per qualifier, combined with `and`/`or`.
struct Bitmap: Sendable, Equatable {
    private(set) var words: [UInt64]
    let count: Int

    /// An empty set over `count` positions, or a full one.
    init(count: Int, filled: Bool = false) {
        self.count = count
        words = [UInt64](repeating: filled ? ~0 : 0, count: (count + 63) / 64)
        if filled { clearTail() }
    }

    /// The positions for which `predicate` holds.
    init(count: Int, where predicate: (Int) -> Bool) {
        self.init(count: count)
        for position in 0..<count where predicate(position) { insert(position) }
    }

    /// The positions `lists[v]` holds for every `v` of `values` (values out of range ignored).
    init(count: Int, positions values: Set<Int>, of lists: [[Int32]]) {
        self.init(count: count)
        for value in values where value >= 0 && value < lists.count {
            for position in lists[value] { insert(Int(position)) }
        }
    }

    func contains(_ position: Int) -> Bool {
        guard position >= 0, position < count else { return false }
        return words[position >> 6] & (1 << UInt64(position & 63)) != 0
    }

    mutating func insert(_ position: Int) {
        guard position >= 0, position < count else { return }
        words[position >> 6] |= 1 << UInt64(position & 63)
    }

    mutating func formIntersection(_ other: Bitmap) {
        for index in words.indices { words[index] &= other.words[index] }
    }

    mutating func formUnion(_ other: Bitmap) {
        for index in words.indices { words[index] |= other.words[index] }
    }

    mutating func subtract(_ other: Bitmap) {
        for index in words.indices { words[index] &= ~other.words[index] }
    }

    /// The number of positions in the set.
    var population: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// The positions in the set, in increasing order.
    var positions: [Int] {
        var result: [Int] = []
        result.reserveCapacity(population)
        for (index, word) in words.enumerated() {
            var bits = word
            while bits != 0 {
                result.append(index << 6 + bits.trailingZeroBitCount)
                bits &= bits - 1
            }
        }
        return result
    }

    private mutating func clearTail() {
        let extra = words.count * 64 - count
        guard extra > 0, let last = words.indices.last else { return }
        words[last] &= ~0 >> UInt64(extra)
    }
}
