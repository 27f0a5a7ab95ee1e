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

    private func totalsText(_ totals: BudgetTotals) -> String {
        var parts: [String] = []
        if totals.withPerYear > 0 {
            parts.append("\(money(totals.perYear)) per year (\(totals.withPerYear) programme\(totals.withPerYear == 1 ? "" : "s"))")
        }
        if totals.withOneOff > 0 {
            parts.append("\(money(totals.oneOff)) one-off or total (\(totals.withOneOff))")
        }
        parts.append("\(totals.withoutBudget) without a budget figure")
        return parts.joined(separator: "; ")
    }

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
        field("Programmes", state.countText(government: id))
        field("Budgets", totalsText(node.totals))

        if let headline = node.headline {
            heading("Headline strategy")
            link(headline.name, to: .programme(headline.id))
            for figure in headline.countedBudgetFigures {
                let text = "  \(figure.label): \(FigureText.value(figure, euro: glyphs.euro))  [\(cite(figure.source, state.dataset))]"
                let first = lines.count
                add(text)
                if let index = headline.figures.firstIndex(of: figure) {
                    link(since: first, to: .figure(programme: headline.id, index: index))
                }
            }
        }

        let leads = node.leadAgencies
        if !leads.isEmpty {
            heading("Lead agencies")
            for (lead, count) in leads {
                add("  \(state.dataset.organisation(lead)?.name ?? lead) (\(count))")
            }
        }

        heading("Programmes per pillar")
        let labelWidth = min(24, state.dataset.pillars.map { DisplayWidth.of($0.name) }.max() ?? 0)
        let top = Double(node.pillars.map(\.programmes.count).max() ?? 0)
        let barWidth = max(1, width - labelWidth - 6)
        for pillar in state.dataset.pillars {
            let count = node.pillars.first { $0.pillar.id == pillar.id }?.programmes.count ?? 0
            let label = DisplayWidth.truncate(pillar.name, to: labelWidth, ellipsis: glyphs.ellipsis)
            let padded = label + String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(label)))
            let bar = BarChart.bar(Double(count), scale: top, width: barWidth, glyphs: glyphs)
            lines.append([Span(padded + " "), Span(bar, theme.bar), Span(" \(count)")])
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
        field("Programmes", state.countText(government: governmentID, pillar: pillarID))
        field("Budgets", totalsText(node.totals))
        heading("Programmes")
        // Laid out on every frame: a pillar of a large dataset may hold thousands, which the tree
        // beside lists all the same.
        for programme in node.programmes.prefix(Self.listedProgrammes) {
            link("\(programme.name)  \(glyphs.separator) \(programme.kind) \(glyphs.separator) \(programme.status)",
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
        if state.marked.contains(id) { blank(); add("\(glyphs.marked) Marked for comparison", theme.marked) }
    }
}
