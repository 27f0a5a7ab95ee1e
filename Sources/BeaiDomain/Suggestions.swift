/// "Did you mean" suggestions: the known values nearest to what was typed.
public enum Suggestions {
    /// Up to `limit` values from `candidates` close to `input`: those it is a prefix or part of, then
    /// those within a few edits, nearest first.
    public static func nearest(to input: String, among candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let typed = input.lowercased()
        guard !typed.isEmpty else { return [] }
        let allowed = max(2, typed.count / 3)
        var scored: [(score: Int, value: String)] = []
        for candidate in candidates {
            let lower = candidate.lowercased()
            if lower.hasPrefix(typed) || (typed.count >= 3 && lower.contains(typed)) {
                scored.append((0, candidate))
            } else {
                let distance = EditDistance.between(typed, lower, limit: allowed)
                if distance <= allowed { scored.append((distance, candidate)) }
            }
        }
        return scored.sorted { ($0.score, $0.value.count, $0.value) < ($1.score, $1.value.count, $1.value) }
            .prefix(limit).map(\.value)
    }
}

/// Levenshtein distance between two strings, by characters.
public enum EditDistance {
    /// The number of insertions, deletions and substitutions that turn `a` into `b`; stops counting
    /// at `limit + 1` so that long, unrelated strings cost little.
    public static func between(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let left = Array(a)
        let right = Array(b)
        if abs(left.count - right.count) > limit { return limit &+ 1 }
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for i in 1...left.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...right.count {
                let substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit &+ 1 }
            swap(&previous, &current)
        }
        return previous[right.count]
    }
}
