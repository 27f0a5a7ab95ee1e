import BeaiDomain

extension State {
    /// Opens the comparison with the selection's government and the next region.
    mutating func openCompare() {
        let ids = dataset.governments.map(\.id)
        guard ids.count >= 2 else { return }
        let current = governmentOfSelection ?? ids[0]
        let start = ids.firstIndex(of: current) ?? 0
        let next = (1..<ids.count).map { ids[(start + $0) % ids.count] }
            .first { dataset.government($0)?.kind == "region" } ?? ids[(start + 1) % ids.count]
        push(.compare(CompareState(governments: [current, next])))
        message = nil
    }

    /// The government the selected node belongs to.
    var governmentOfSelection: String? {
        switch selection {
        case let .government(id): return id
        case let .pillar(government, _): return government
        case let .programme(id): return dataset.programme(id)?.government
        }
    }

    /// The comparison a compare screen shows.
    func comparison(_ compare: CompareState) -> GovernmentComparison {
        GovernmentComparison(tree: filteredTree, pillars: dataset.pillars, governments: compare.governments)
    }

    /// What the picker offers: every government, then each region united with a community that is
    /// competent for part of one of its pillars (`wallonia+fwb`: French-speaking Belgium).
    public var compareChoices: [String] {
        var unions: [String] = []
        for competence in dataset.competences where dataset.government(competence.government)?.kind == "region" {
            for other in competence.competent where dataset.government(other)?.kind == "community" {
                let union = competence.government + "+" + other
                if !unions.contains(union) { unions.append(union) }
            }
        }
        return dataset.governments.map(\.id) + unions
    }

    /// A column's name: a government's, or its members' joined by " + ".
    public func columnName(_ column: String) -> String {
        GovernmentComparison.name(of: column, in: dataset)
    }

    /// The year a comparison shows: the one chosen, else the latest with figures.
    func year(of compare: CompareState, _ comparison: GovernmentComparison) -> Int? {
        compare.year ?? comparison.latestYear
    }

    /// The pillar rows shown, after the "only differing" filter.
    func visibleRows(_ comparison: GovernmentComparison, _ state: CompareState) -> [GovernmentComparison.Row] {
        state.onlyDiffering ? comparison.rows.filter(\.differs) : comparison.rows
    }

    mutating func compareKey(_ key: Key, _ compare: CompareState) {
        var current = compare
        let comparison = comparison(current)
        if current.picker != nil {
            pickerKey(key, &current)
            replaceTop(.compare(current))
            return
        }
        if key == .character("T") {
            openTimeline(governments: current.governments)
            return
        }
        let rows = visibleRows(comparison, current)
        if let selected = current.listSelection {
            let programmes = rows.indices.contains(current.row) ? rows[current.row].cells[current.column].programmes : []
            switch key {
            case .up, .character("k"): current.listSelection = max(0, selected - 1)
            case .down, .character("j"): current.listSelection = min(max(0, programmes.count - 1), selected + 1)
            case .escape, .left, .character("h"): current.listSelection = nil
            case .enter, .right, .character("l"):
                guard programmes.indices.contains(selected) else { break }
                replaceTop(.compare(current))
                push(.browse)
                focus = .tree
                go(to: .programme(programmes[selected].id))
                return
            default: break
            }
            replaceTop(.compare(current))
            return
        }
        switch key {
        case .escape, .character("c"):
            pop()
            return
        case .up, .character("k"): current.row = max(0, current.row - 1)
        case .down, .character("j"): current.row = min(max(0, rows.count - 1), current.row + 1)
        case .left, .character("h"): current.column = max(0, current.column - 1)
        case .right, .character("l"): current.column = min(current.governments.count - 1, current.column + 1)
        case .home, .character("g"): current.row = 0
        case .end, .character("G"): current.row = max(0, rows.count - 1)
        case .enter:
            if rows.indices.contains(current.row), rows[current.row].cells[current.column].count > 0 {
                current.listSelection = 0
            }
        case .character("s"):
            let other = (current.column + 1) % current.governments.count
            current.governments.swapAt(current.column, other)
            current.column = other
        case .character("t"):
            let named = Set(current.governments.flatMap(GovernmentComparison.members))
            if current.governments.count == 3 {
                current.governments.removeLast()
                current.column = min(current.column, 1)
            } else if let third = dataset.governments.map(\.id).first(where: { !named.contains($0) }) {
                current.governments.append(third)
            }
        case .character("<"), .character(","), .character(">"), .character("."):
            // Every calendar year from the first to the last with figures, those without included.
            let years = comparison.years
            if let first = years.first, let last = years.last, let shown = year(of: current, comparison) {
                let step = key == .character("<") || key == .character(",") ? -1 : 1
                current.year = min(last, max(first, shown + step))
            }
        case .character("d"):
            current.onlyDiffering.toggle()
            current.row = 0
        case .character("p"):
            current.picker = CompareState.Picker(chosen: current.governments)
        default:
            break
        }
        let count = visibleRows(comparison, current).count
        current.row = min(current.row, max(0, count - 1))
        replaceTop(.compare(current))
    }

    private mutating func pickerKey(_ key: Key, _ current: inout CompareState) {
        guard var picker = current.picker else { return }
        let choices = compareChoices
        picker.note = nil
        switch key {
        case .up, .character("k"): picker.cursor = max(0, picker.cursor - 1)
        case .down, .character("j"): picker.cursor = min(choices.count - 1, picker.cursor + 1)
        case .character(" "):
            let id = choices[picker.cursor]
            if let index = picker.chosen.firstIndex(of: id) {
                picker.chosen.remove(at: index)
            } else if let taken = picker.chosen.first(where: {
                !Set(GovernmentComparison.members(of: $0)).isDisjoint(with: GovernmentComparison.members(of: id))
            }) {
                picker.note = "\(columnName(taken)) is chosen already"
            } else if picker.chosen.count < 3 {
                picker.chosen.append(id)
            } else {
                picker.note = "three columns at most"
            }
        case .enter:
            if (2...3).contains(picker.chosen.count) {
                current.governments = picker.chosen
                current.column = 0
                current.picker = nil
                return
            }
            picker.note = "choose two or three"
        case .escape:
            current.picker = nil
            return
        default:
            break
        }
        current.picker = picker
    }
}
