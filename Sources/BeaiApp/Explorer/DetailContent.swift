import BeaiDomain
import BeaiTUI

/// Where a link of the detail pane leads: another node (a related programme, a pillar's
/// programme), or the evidence behind a figure or a source.
enum DetailTarget: Hashable {
    case node(NodeID)
    case fact(CitedFact)
}

/// A link of the detail pane: the wrapped lines it stands on and where it leads.
struct DetailLink {
    let line: Int
    let height: Int
    let target: DetailTarget

    var lines: Range<Int> { line..<line + height }
}

/// The detail pane's text for the selected node, wrapped to the pane's width, with the lines that
/// link elsewhere (related programmes, a pillar's programmes, the figures and sources).
struct DetailContent {
    private(set) var lines: [Line] = []
    /// Links in line order.
    private(set) var links: [DetailLink] = []

    private let width: Int
    private let theme: Theme
    private let glyphs: Glyphs

    init(state: State, width: Int) {
        self.width = max(1, width)
        theme = state.display.theme
        glyphs = state.display.glyphs
        switch state.selection {
        case let .government(id): government(id, state)
        case let .pillar(government, pillar): pillarDetail(government, pillar, state)
        case let .programme(id): programme(id, state)
        }
    }

    // MARK: building blocks

    /// Adds a line wrapped to the pane; leading spaces become a hanging indent on every piece.
    private mutating func add(_ line: Line) {
        var adapted = line.map { Span(glyphs.adapt($0.text), $0.style) }
        let indent = adapted.plainText.prefix { $0 == " " }.count
        guard indent < adapted.plainText.count else {
            lines.append([])
            return
        }
        var remaining = indent
        while remaining > 0, !adapted.isEmpty {
            let leading = adapted[0].text.prefix { $0 == " " }.count
            let cut = min(leading, remaining)
            adapted[0].text.removeFirst(cut)
            remaining -= cut
            if adapted[0].text.isEmpty { adapted.removeFirst() }
            if cut == 0 { break }
        }
        let pad = Span(String(repeating: " ", count: indent))
        lines += SpanWrap.wrap(adapted, width: max(1, width - indent)).map { indent > 0 ? [pad] + $0 : $0 }
    }

    private mutating func add(_ text: String, _ style: Style = .plain) { add([Span(text, style)]) }

    private mutating func blank() { lines.append([]) }

    private mutating func heading(_ text: String) {
        blank()
        add(text, theme.heading)
    }

    private mutating func field(_ name: String, _ value: String) {
        guard !value.isEmpty else { return }
        add([Span(name + ": ", theme.dim), Span(value)])
    }

    private mutating func link(_ text: String, to target: NodeID) {
        links.append(DetailLink(line: lines.count, height: 1, target: .node(target)))
        lines.append([Span(DisplayWidth.truncate(glyphs.adapt("  " + text), to: width, ellipsis: glyphs.ellipsis))])
    }

    /// Makes the lines added since `first` one link to the evidence behind `fact`.
    private mutating func link(since first: Int, to fact: CitedFact) {
        links.append(DetailLink(line: first, height: lines.count - first, target: .fact(fact)))
    }

    private func money(_ value: Double) -> String { EuroAmount.format(value, symbol: glyphs.euro) }

    /// "2 initiatives · 1 proposed"; while a filter is on, also the programmes it leaves of all.
    private func programmesText(_ roles: RoleCounts, _ state: State, government: String, pillar: String? = nil) -> String {
        state.kept == nil ? roles.label : "\(roles.label) (\(state.countText(government: government, pillar: pillar)) shown)"
    }

    /// The per-year series of `budget`, each year with the programmes it adds and the parts it
    /// holds; then the undated and the one-off or total amounts, apart; each amount with its citation.
    private mutating func budgetSection(_ budget: BudgetSummary, _ state: State) {
        let ledger = state.tree.ledger
        let dataset = state.dataset
        heading("Budget per year")
        let counted = budget.years.filter { !$0.programmes.isEmpty }
        if counted.isEmpty { add("  No per-year amount a source places in a year.", theme.dim) }
        // The latest years list their programmes first: a long series (a large dataset's) lists
        // at most `listedSeriesProgrammes` in all, the earlier years then giving only their totals.
        var room = Self.listedSeriesProgrammes
        let listed = counted.reversed().map { year in
            let count = min(year.programmes.count, Self.listedAmounts, room)
            room -= count
            return count
        }.reversed()
        for (year, listed) in zip(counted, listed) {
            add([Span("  \(year.year)  ", theme.heading), Span(money(year.perYear), theme.heading),
                 Span(year.disputed.isEmpty ? "" : "  \(glyphs.differs) a source disagrees", theme.warning)])
            for id in year.programmes.prefix(listed) {
                for amount in ledger.amounts(of: id) where amount.counts(in: year.year) {
                    amountLine(amount, dataset)
                }
            }
            more(year.programmes.count, listed: listed)
            for part in year.inside.prefix(Self.listedAmounts) {
                add("      not added, inside \(name(part.whole, dataset)): \(name(part.programme, dataset)) \(money(part.value))", theme.dim)
            }
            more(year.inside.count, listed: Self.listedAmounts)
        }
        for (title, amounts) in [("Undated, per year", budget.undated), ("One-off or total", budget.oneOff)] where !amounts.isEmpty {
            heading(title + " (never added to a year)")
            for apart in amounts.prefix(Self.listedAmounts) {
                amountLine(apart.amount, dataset, inside: apart.inside)
            }
            more(amounts.count, listed: Self.listedAmounts)
        }
        if budget.withoutBudget > 0 {
            add("  \(budget.withoutBudget) programme\(budget.withoutBudget == 1 ? "" : "s") without a budget figure", theme.dim)
        }
    }

    /// "    Name  €32m per year, 2019–2021  [document › section]", and what disagrees with it.
    /// The line links to the evidence behind the figure.
    private mutating func amountLine(_ amount: BudgetAmount, _ dataset: Dataset, inside: String? = nil) {
        let years = amount.period == .perYear || amount.figure.years == nil ? amount.years.map { ", \($0.label)" } ?? "" : ""
        let first = lines.count
        add([Span("    \(name(amount.programme, dataset))  "), Span(FigureText.value(amount.figure, euro: glyphs.euro) + years),
             Span(inside.map { " (inside \(name($0, dataset)), not added)" } ?? "", theme.dim),
             Span("  [\(cite(amount.figure.source, dataset))]", theme.dim)])
        if let index = dataset.programme(amount.programme)?.figures.firstIndex(of: amount.figure) {
            link(since: first, to: .figure(programme: amount.programme, index: index))
        }
        for other in amount.disagreeing {
            add([Span("      \(glyphs.differs) ", theme.warning), Span("\u{201C}\(other.text)\u{201D} ", theme.warning),
                 Span(cite(other.source, dataset), theme.dim)])
        }
    }

    /// "… and 12 more" when a list was cut.
    private mutating func more(_ count: Int, listed: Int) {
        if listed == 0, count > 0 {
            add("      \(count) programme\(count == 1 ? "" : "s")", theme.dim)
        } else if count > listed {
            add("      \(glyphs.ellipsis) and \(count - listed) more", theme.dim)
        }
    }

    private func name(_ programme: String, _ dataset: Dataset) -> String { dataset.programme(programme)?.name ?? programme }

    /// Amounts listed per year and per list before "and N more".
    static let listedAmounts = 12
    /// Programmes listed under the years of a budget series, in all.
    static let listedSeriesProgrammes = 48

    private func cite(_ citation: Citation?, _ dataset: Dataset) -> String {
        guard let citation else { return "no citation" }
        let title = dataset.document(citation.document)?.title ?? citation.document
        return "\(title) \(glyphs.breadcrumb) \(citation.locator)"
    }

    // MARK: government

    private mutating func government(_ id: String, _ state: State) {
        guard let node = state.tree.governments.first(where: { $0.government.id == id }) else { return }
        let government = node.government
        add(government.name, theme.title)
        let native = government.allNames.dropFirst().joined(separator: " / ")
        if !native.isEmpty { add(native, theme.dim) }
        field("Programmes", programmesText(node.roles, state, government: id))
        if let year = node.budget.latestYear {
            field("Budget", "\(money(node.budget.perYear(in: year))) in \(year), its latest year with figures")
        }

        if let headline = node.headline {
            heading("Headline strategy")
            link(headline.name, to: .programme(headline.id))
            for amount in state.tree.ledger.amounts(of: headline.id) {
                amountLine(amount, state.dataset)
            }
        }
        budgetSection(node.budget, state)

        let elsewhere = state.dataset.competences.filter { $0.government == id }
        if !elsewhere.isEmpty {
            heading("Other governments' competence")
            for competence in elsewhere {
                let pillar = state.dataset.pillar(competence.pillar)?.name ?? competence.pillar
                let names = competence.competent.map { state.dataset.government($0)?.name ?? $0 }.joined(separator: ", ")
                add([Span("  \(pillar): ", theme.dim), Span("\(competence.matter) \(glyphs.breadcrumb) \(names)")])
            }
        }

        let leads = node.leadAgencies
        if !leads.isEmpty {
            heading("Lead agencies")
            for (lead, count) in leads {
                add("  \(state.dataset.organisation(lead)?.name ?? lead) (\(count))")
            }
        }

        heading("Initiatives per pillar (others in brackets)")
        let labelWidth = min(24, state.dataset.pillars.map { DisplayWidth.of($0.name) }.max() ?? 0)
        let top = Double(node.pillars.map(\.roles.initiatives).max() ?? 0)
        let barWidth = max(1, width - labelWidth - 12)
        for pillar in state.dataset.pillars {
            let roles = node.pillars.first { $0.pillar.id == pillar.id }?.roles ?? RoleCounts()
            let label = DisplayWidth.truncate(pillar.name, to: labelWidth, ellipsis: glyphs.ellipsis)
            let padded = label + String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(label)))
            let bar = BarChart.bar(Double(roles.initiatives), scale: top, width: barWidth, glyphs: glyphs)
            let others = roles.total - roles.initiatives
            lines.append([Span(padded + " "), Span(bar, theme.bar), Span(" \(roles.initiatives)"),
                          Span(others > 0 ? " (+\(others))" : "", theme.dim)])
        }
    }

    // MARK: pillar

    private mutating func pillarDetail(_ governmentID: String, _ pillarID: String, _ state: State) {
        guard let node = state.tree.governments.first(where: { $0.government.id == governmentID })?
            .pillars.first(where: { $0.pillar.id == pillarID })
        else { return }
        add(node.pillar.name, theme.title)
        add("\(node.government.name) \(glyphs.breadcrumb) \(node.pillar.name)", theme.dim)
        if !node.pillar.description.isEmpty { add(node.pillar.description) }
        field("Programmes", programmesText(node.roles, state, government: governmentID, pillar: pillarID))
        if let competence = state.dataset.competence(of: governmentID, in: pillarID) {
            let names = competence.competent.map { state.dataset.government($0)?.name ?? $0 }.joined(separator: ", ")
            field("Competence", "\(competence.matter): \(names)")
        }
        budgetSection(node.budget, state)
        heading("Programmes")
        // Laid out on every frame: a pillar of a large dataset may hold thousands, which the tree
        // beside lists all the same.
        for programme in node.programmes.prefix(Self.listedProgrammes) {
            let role = programme.role == .initiative ? "" : " \(glyphs.separator) \(programme.role)"
            link("\(programme.name)  \(glyphs.separator) \(programme.kind) \(glyphs.separator) \(programme.status)\(role)",
                 to: .programme(programme.id))
        }
        if node.programmes.count > Self.listedProgrammes {
            add("\(glyphs.ellipsis) and \(node.programmes.count - Self.listedProgrammes) more, listed in the tree", theme.dim)
        }
    }

    /// The programmes a pillar's detail lists.
    static let listedProgrammes = 500

    // MARK: programme

    private mutating func programme(_ id: String, _ state: State) {
        guard let programme = state.dataset.programme(id) else { return }
        let dataset = state.dataset
        add(programme.name, theme.title)
        let government = dataset.government(programme.government)?.name ?? programme.government
        let pillar = dataset.pillar(programme.pillar)?.name ?? programme.pillar
        add("\(government) \(glyphs.breadcrumb) \(pillar)", theme.dim)
        var status = programme.status.rawValue
        if let asOf = programme.statusAsOf { status += " (as of \(asOf))" }
        field("Role", programme.role.rawValue)
        field("Kind", programme.kind.rawValue)
        field("Status", status)
        field("Also known as", programme.aliases.joined(separator: "; "))
        field("Other pillars", programme.pillars.map { dataset.pillar($0)?.name ?? $0 }.joined(separator: ", "))
        field("Lead", dataset.leadNames(of: programme).joined(separator: ", "))
        field("Years", programme.years?.label ?? "")
        field("Targets", programme.targets.joined(separator: ", "))
        field("Tags", programme.tags.joined(separator: ", "))
        field("Id", programme.id)
        if !programme.summary.isEmpty {
            blank()
            add(programme.summary)
        }
        if !programme.figures.isEmpty {
            let conflicts = programme.conflictingFigures
            let conflicting = Set(conflicts.flatMap { $0 })
            heading("Figures")
            if !conflicts.isEmpty {
                add("\(glyphs.differs) The sources disagree on \(conflicts.count == 1 ? "one measure" : "\(conflicts.count) measures"); every version is shown.", theme.warning)
                for group in conflicts {
                    add([Span("\(glyphs.differs) \(group[0].label): ", theme.warning)]
                        + group.enumerated().flatMap { offset, figure in
                            [Span(offset == 0 ? "" : " vs ", theme.warning),
                             Span(FigureText.value(figure, euro: glyphs.euro), theme.heading),
                             Span(" (\(figure.source?.document ?? "?"))", theme.dim)]
                        })
                }
            }
            for (index, figure) in programme.figures.enumerated() {
                let marker = conflicting.contains(figure) ? glyphs.differs + " " : "  "
                let first = lines.count
                add([Span(marker, theme.warning), Span(figure.label + ": ", theme.dim),
                     Span(FigureText.value(figure, euro: glyphs.euro), theme.heading),
                     Span(figure.budget ? " (budget)" : "", theme.dim)])
                add([Span("    \u{201C}\(figure.text)\u{201D} ", .plain), Span(cite(figure.source, dataset), theme.dim)])
                link(since: first, to: .figure(programme: id, index: index))
            }
        }
        let ledger = state.tree.ledger
        let amounts = ledger.amounts(of: id)
        if !amounts.isEmpty {
            heading("Budget as beai adds it")
            for amount in amounts {
                add([Span("  " + FigureText.value(amount.figure, euro: glyphs.euro) + ": ", theme.heading),
                     Span(amount.years?.label ?? "no year"), Span(" (\(amount.explanation))", theme.dim)])
            }
        }
        if !programme.milestones.isEmpty {
            heading("Milestones (T: on a timeline)")
            for milestone in programme.milestones.sorted(by: { $0.date < $1.date }) {
                add([Span("  " + TimelineGlyphs(glyphs).marker + " ", theme.warning), Span(milestone.date + " ", theme.heading),
                     Span(milestone.event.rawValue)])
                add([Span("    \u{201C}\(milestone.text)\u{201D} ", .plain), Span(cite(milestone.source, dataset), theme.dim)])
            }
        }
        if !programme.sources.isEmpty {
            heading("Sources (Enter: the passage, y: copy)")
            for (index, source) in programme.sources.enumerated() {
                let first = lines.count
                add("  " + cite(source, dataset))
                link(since: first, to: .source(programme: id, index: index))
            }
        }
        if !programme.related.isEmpty {
            heading("Related (Tab, then Enter to open)")
            for related in programme.related {
                link(dataset.programme(related)?.name ?? related, to: .programme(related))
            }
        }
        let links: [(String, [String])] = [
            ("Part of (its budget is inside)", programme.partOf.map { [$0] } ?? []), ("Its parts", ledger.parts(of: id)),
            ("Replaces (earlier edition)", programme.follows.map { [$0] } ?? []),
            ("Replaced by (next edition)", ledger.nextEditions(of: id)),
        ]
        for (title, targets) in links where !targets.isEmpty {
            heading(title)
            for target in targets { link(dataset.programme(target)?.name ?? target, to: .programme(target)) }
        }
        if state.marked.contains(id) { blank(); add("\(glyphs.marked) Marked for comparison", theme.marked) }
    }
}
