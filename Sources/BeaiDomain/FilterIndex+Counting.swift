extension FilterIndex {
    /// Which positions `filter` keeps; nil when it keeps every programme.
    public func kept(by filter: ProgrammeFilter) -> [Bool]? {
        guard !filter.isEmpty else { return nil }
        return failures(of: filter).count.map { $0 == 0 }
    }

    /// For each programme, how many of the filter's facets it fails, and the last one it fails
    /// (its place in `FilterFacet.allCases`).
    private func failures(of filter: ProgrammeFilter) -> (count: [UInt8], facet: [UInt8]) {
        var count = [UInt8](repeating: 0, count: programmes.count)
        var failed = [UInt8](repeating: UInt8.max, count: programmes.count)
        for facet in filter.activeFacets {
            let code = facet.code
            let test = Test(facet, filter, self)
            count.withUnsafeMutableBufferPointer { count in
                failed.withUnsafeMutableBufferPointer { failed in
                    test.forEachFailure { position in
                        count[position] &+= 1
                        failed[position] = code
                    }
                }
            }
        }
        return (count, failed)
    }

    /// One facet of a filter, ready to test every position.
    private struct Test {
        let facet: FilterFacet
        let index: FilterIndex
        let column: FacetColumn?
        /// Per value code: chosen / excluded (code facets).
        let chosen: [Bool]
        let excluded: [Bool]
        let requiresChoice: Bool
        /// Years and budget bounds, tested on the programme itself.
        let years: [ClosedRange<Int>]
        let excludedYears: [ClosedRange<Int>]
        let bounds: [BudgetBound]
        let excludedBounds: [BudgetBound]

        init(_ facet: FilterFacet, _ filter: ProgrammeFilter, _ index: FilterIndex) {
            self.facet = facet
            self.index = index
            column = index.columns[facet]
            let values = index.values[facet] ?? []
            let code = Dictionary(values.enumerated().map { ($1, $0) }) { first, _ in first }
            func table(_ set: Set<String>) -> [Bool] {
                var table = [Bool](repeating: false, count: values.count)
                for value in set { if let position = code[value] { table[position] = true } }
                return table
            }
            chosen = table(filter.chosen(facet))
            excluded = table(filter.excluded(facet))
            requiresChoice = !filter.chosen(facet).isEmpty
            years = ProgrammeFilter.yearRuns(filter.chosen(facet).compactMap(Int.init))
            excludedYears = ProgrammeFilter.yearRuns(filter.excluded(facet).compactMap(Int.init))
            bounds = filter.chosen(facet).compactMap(BudgetBound.init)
            excludedBounds = filter.excluded(facet).compactMap(BudgetBound.init)
        }

        /// True when the facet excludes no value: no position can have one.
        var excludesNothing: Bool {
            switch facet {
            case .year: excludedYears.isEmpty
            case .budget: excludedBounds.isEmpty
            default: !excluded.contains(true)
            }
        }

        /// Calls `body` with every position the facet does not keep, in order.
        func forEachFailure(_ body: (Int) -> Void) {
            switch facet {
            case .year, .budget:
                for position in index.programmes.indices where !passesOnItself(position) { body(position) }
            default:
                guard let column else {
                    if requiresChoice { index.programmes.indices.forEach(body) }
                    return
                }
                column.codes.withUnsafeBufferPointer { codes in
                    column.starts.withUnsafeBufferPointer { starts in
                        for position in 0..<(starts.count - 1) {
                            var any = false
                            var out = false
                            for slot in Int(starts[position])..<Int(starts[position + 1]) {
                                let code = Int(codes[slot])
                                if excluded[code] { out = true }
                                if chosen[code] { any = true }
                            }
                            if out || (requiresChoice && !any) { body(position) }
                        }
                    }
                }
            }
        }

        /// True when the programme at `position` has an excluded value: toggling a chosen value
        /// keeps it out all the same.
        func excludes(_ position: Int) -> Bool {
            switch facet {
            case .year:
                return index.dated[position] && excludedYears.contains { overlaps($0, position) }
            case .budget:
                let amount = index.budgets[position]
                return !amount.isNaN && excludedBounds.contains { $0.holds(for: amount) }
            default:
                guard let column else { return false }
                return (Int(column.starts[position])..<Int(column.starts[position + 1])).contains {
                    excluded[Int(column.codes[$0])]
                }
            }
        }

        /// The years and budget facets, which read the programme's years and amount.
        private func passesOnItself(_ position: Int) -> Bool {
            if facet == .year {
                guard index.dated[position] else { return !requiresChoice }
                return (!requiresChoice || years.contains { overlaps($0, position) })
                    && !excludedYears.contains { overlaps($0, position) }
            }
            let amount = index.budgets[position]
            guard !amount.isNaN else { return !requiresChoice }
            return (!requiresChoice || bounds.contains { $0.holds(for: amount) })
                && !excludedBounds.contains { $0.holds(for: amount) }
        }

        private func overlaps(_ run: ClosedRange<Int>, _ position: Int) -> Bool {
            index.yearFrom[position] <= run.upperBound && index.yearTo[position] >= run.lowerBound
        }
    }

    // MARK: counting

    /// What `filter` keeps, and for each facet of the panel what toggling each of its values would
    /// leave: `leaves[facet][i]` for `values[facet][i]`; for the budget, choosing "with a budget
    /// figure" and "without" (`budgetRows`), each in place of the other, or back to either.
    public func counts(for filter: ProgrammeFilter) -> FacetCounts {
        let (failCount, failedFacet) = failures(of: filter)
        var kept = 0
        for count in failCount where count == 0 { kept += 1 }
        var leaves: [FilterFacet: [Int]] = [:]
        failCount.withUnsafeBufferPointer { failCount in
            failedFacet.withUnsafeBufferPointer { failedFacet in
                for facet in FilterFacet.panel {
                    let code = facet.code
                    // The programmes the other facets keep: those that fail nothing, or this facet only.
                    let isOther = { (position: Int) in
                        failCount[position] == 0 || (failCount[position] == 1 && failedFacet[position] == code)
                    }
                    leaves[facet] = facet == .budget ? budgetLeaves(filter, isOther) : valueLeaves(facet, filter, isOther)
                }
            }
        }
        return FacetCounts(kept: kept, leaves: leaves)
    }

    /// For each value of `facet`, the programmes left if it were toggled: among those the other
    /// facets keep and this one does not exclude, those with a chosen value (one more or one fewer).
    private func valueLeaves(_ facet: FilterFacet, _ filter: ProgrammeFilter, _ isOther: (Int) -> Bool) -> [Int] {
        guard let column = columns[facet] else { return [] }
        let chosenSet = filter.chosen(facet)
        let chosen = (values[facet] ?? []).map(chosenSet.contains)
        let test = Test(facet, filter, self)
        let checksExclusions = !test.excludesNothing
        var others = 0
        var withChoice = 0
        var added = [Int](repeating: 0, count: chosen.count)
        var onlyChoice = [Int](repeating: 0, count: chosen.count)
        column.codes.withUnsafeBufferPointer { codes in
            column.starts.withUnsafeBufferPointer { starts in
                added.withUnsafeMutableBufferPointer { added in
                    onlyChoice.withUnsafeMutableBufferPointer { onlyChoice in
                        for position in 0..<(starts.count - 1) where isOther(position) {
                            if checksExclusions, test.excludes(position) { continue }
                            others += 1
                            let slots = Int(starts[position])..<Int(starts[position + 1])
                            var hits = 0
                            var hit = 0
                            for slot in slots where chosen[Int(codes[slot])] {
                                hits += 1
                                hit = Int(codes[slot])
                            }
                            if hits == 0 {
                                for slot in slots { added[Int(codes[slot])] += 1 }
                            } else {
                                withChoice += 1
                                if hits == 1 { onlyChoice[hit] += 1 }
                            }
                        }
                    }
                }
            }
        }
        let choices = chosen.filter { $0 }.count
        return chosen.indices.map { code in
            guard chosen[code] else { return withChoice + added[code] }
            return choices == 1 ? others : withChoice - onlyChoice[code]
        }
    }

    /// "With a budget figure" and "without": each leaves the others' programmes that have (or lack)
    /// one, or, when it is the one chosen, every programme the others keep.
    private func budgetLeaves(_ filter: ProgrammeFilter, _ isOther: (Int) -> Bool) -> [Int] {
        var with = 0
        var without = 0
        budgets.withUnsafeBufferPointer { budgets in
            for position in budgets.indices where isOther(position) {
                if budgets[position].isNaN { without += 1 } else { with += 1 }
            }
        }
        let any = BudgetBound.any.text
        return [filter.chosen(.budget).contains(any) ? with + without : with,
                filter.excluded(.budget).contains(any) ? with + without : without]
    }
}

/// What a filter keeps, and what toggling each value of the filter panel would leave.
public struct FacetCounts: Hashable, Sendable {
    /// Programmes the filter keeps.
    public let kept: Int
    /// Per facet of the panel, aligned with `FilterIndex.values` (for the budget, with
    /// `FilterIndex.budgetRows`): the programmes left if that value were toggled.
    public let leaves: [FilterFacet: [Int]]
}

extension FilterFacet {
    /// Its place among every facet, as the failures of a filter record it.
    var code: UInt8 { UInt8(FilterFacet.allCases.firstIndex(of: self) ?? 0) }
}
