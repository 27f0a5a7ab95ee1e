import BeaiDomain

extension State {
    /// The filter index, built on first use.
    mutating func ensureFilterIndex() -> FilterIndex {
        if let filterIndex { return filterIndex }
        let index = FilterIndex(tree: unfilteredTree, dataset: dataset)
        filterIndex = index
        return index
    }

    /// Shows the tree of the programmes `filter` keeps in `order`: counts, budgets, the detail,
    /// the comparison and the searches on the stack follow. A selected programme the filter
    /// hides gives way to its pillar.
    mutating func show(filter newFilter: ProgrammeFilter, order newOrder: ProgrammeOrder) {
        let index = ensureFilterIndex()
        let filterChanged = newFilter != filter
        if filterChanged {
            kept = index.kept(by: newFilter)
            filteredTree = kept == nil ? unfilteredTree : index.tree(from: unfilteredTree, keeping: kept, arrangement: nil)
        }
        if newOrder != order { arrangement = index.arrangement(newOrder) }
        filter = newFilter
        order = newOrder
        tree = arrangement == nil ? filteredTree : index.tree(from: unfilteredTree, keeping: kept, arrangement: arrangement)
        if case let .programme(id) = selection, !isShown(id), let pillar = parent(of: selection) {
            selection = pillar
            detailOffset = 0
            detailLink = nil
        }
        if filterChanged { rerunSearches() }
        clampScroll()
    }

    /// True when the tree shows the programme `id`: the filter keeps it (every programme of the
    /// tree when no filter is on).
    public func isShown(_ id: String) -> Bool {
        guard let kept else { return true }
        guard let position = filterIndex?.position(of: id) else { return false }
        return kept[position]
    }

    /// `F`: shows every programme again; in the filter panel, its draft starts from nothing too.
    mutating func clearFilters() {
        let drafting: Bool
        if case .filter? = topScreen { drafting = true } else { drafting = false }
        guard !filter.isEmpty || drafting else {
            message = "No filter is on: f opens the filter panel."
            return
        }
        if !filter.isEmpty { show(filter: ProgrammeFilter(), order: order) }
        if drafting { clearFilterDraft() }
        message = "Filters cleared: every programme is shown."
    }

    /// Orders the programmes inside each pillar (the config file's `sort`).
    public mutating func sort(by order: ProgrammeOrder) {
        guard order != self.order else { return }
        show(filter: filter, order: order)
    }

    /// `s`: the next order of the programmes inside each pillar.
    mutating func cycleOrder() {
        let next = order.next
        show(filter: filter, order: next)
        message = next == .tree ? "Programmes in tree order (strategies and plans first, then by name)."
            : "Programmes by \(next.label)\(next == .budget ? ", largest first" : "") (s: by \(next.next.label))."
    }

    /// "12" or, while a filter is on, "12 of 31": the programmes of a government (and pillar)
    /// shown, and how many it holds unfiltered.
    func countText(government: String, pillar: String? = nil) -> String {
        func count(_ tree: PolicyTree) -> Int {
            guard let node = tree.governments.first(where: { $0.government.id == government }) else { return 0 }
            guard let pillar else { return node.count }
            return node.pillars.first { $0.pillar.id == pillar }?.programmes.count ?? 0
        }
        let shown = count(tree)
        return kept == nil ? "\(shown)" : "\(shown) of \(count(unfilteredTree))"
    }
}
