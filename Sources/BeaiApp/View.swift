import BeaiDomain
import BeaiTUI

/// The explorer's pure rendering: the screen for a state. The header is common; the body is the
/// top screen's (help is drawn over the screen below it); the footer lists the top screen's keys.
public func view(_ state: State) -> Buffer {
    var buffer = Buffer(width: state.width, height: state.height)
    if state.isTooSmall {
        drawTooSmall(state, into: &buffer)
        return buffer
    }
    let layout = Layout(width: state.width, height: state.height)
    drawHeader(state, in: layout.header, into: &buffer)
    let shown = state.screens.last { !$0.isOverlay }
    switch shown {
    case let .search(search)?:
        SearchView.draw(state, search, in: layout, into: &buffer)
    case let .compare(compare)?:
        CompareView.draw(state, compare, in: layout.body, into: &buffer)
    case let .pair(pair)?:
        PairView.draw(state, pair.programmes, in: layout.body, into: &buffer)
    case let .bookmarks(bookmarks)?:
        BookmarksView.draw(state, bookmarks, in: layout.body, into: &buffer)
    case let .filter(panel)?:
        FilterView.draw(state, panel, in: layout, into: &buffer)
    case let .timeline(timeline)?:
        TimelineView.draw(state, timeline, in: layout.body, into: &buffer)
    case .browse?, .help?, .export?, nil:
        ExplorerView.draw(state, in: layout, into: &buffer)
    }
    drawFooter(state, in: layout.footer, into: &buffer)
    if case let .help(help)? = state.topScreen { HelpOverlay.draw(state, help, into: &buffer) }
    if case let .export(prompt)? = state.topScreen { ExportView.draw(state, prompt, into: &buffer) }
    return buffer
}

private func drawTooSmall(_ state: State, into buffer: inout Buffer) {
    let lines = [
        "beai needs a terminal of at least \(State.minimumWidth)×\(State.minimumHeight).",
        "This one is \(state.width)×\(state.height): please enlarge it.",
        "q quits.",
    ].map(state.display.glyphs.adapt)
    let top = max(0, (state.height - lines.count) / 2)
    for (offset, line) in lines.enumerated() {
        for (index, part) in DisplayWidth.wrap(line, width: max(1, state.width)).enumerated() {
            let column = max(0, (state.width - DisplayWidth.of(part)) / 2)
            buffer.write(part, column: column, row: top + offset * 1 + index, style: state.display.theme.heading)
        }
    }
}

private func drawHeader(_ state: State, in rect: Rect, into buffer: inout Buffer) {
    let theme = state.display.theme
    let glyphs = state.display.glyphs
    buffer.fill(rect, style: theme.footer)
    var x = buffer.write(" beai ", column: rect.x, row: rect.y, style: theme.title, clip: rect)
    let shaping = shapingText(state)
    if !shaping.isEmpty {
        // What the tree shows, in words, takes the place of the title: up to two thirds of the line.
        let room = max(8, (rect.maxX - x) * 2 / 3)
        x = buffer.write(DisplayWidth.truncate(glyphs.adapt(shaping), to: room, ellipsis: glyphs.ellipsis),
                         column: x, row: rect.y, style: theme.warning, clip: rect)
    } else {
        x = buffer.write("Belgium AI policy", column: x, row: rect.y, clip: rect)
        if let asOf = state.dataset.asOf {
            x = buffer.write("  \(glyphs.separator) data as of \(asOf)", column: x, row: rect.y, style: theme.dim, clip: rect)
        }
    }
    let crumbs = breadcrumb(state).map(glyphs.adapt).joined(separator: " \(glyphs.breadcrumb) ")
    let room = rect.maxX - x - 4
    if room > 8 {
        buffer.write("  \(glyphs.separator) " + DisplayWidth.truncate(crumbs, to: room, ellipsis: glyphs.ellipsis),
                     column: x, row: rect.y, clip: rect)
    }
}

/// The filter in words and the order, as the header shows them ("filter: SMEs · status active ·
/// by budget"); empty when the tree shows every programme in tree order.
func shapingText(_ state: State) -> String {
    var parts: [String] = []
    if !state.filter.isEmpty { parts.append("filter: " + FilterWords.text(state.filter, state.dataset)) }
    if state.order != .tree { parts.append("by " + state.order.label) }
    return parts.joined(separator: " \u{00B7} ")
}

/// Government, pillar and programme names down to the selection.
func breadcrumb(_ state: State) -> [String] {
    (state.ancestors(of: state.selection) + [state.selection]).map { node in
        switch node {
        case let .government(id): return state.dataset.government(id)?.name ?? id
        case let .pillar(_, pillar): return state.dataset.pillar(pillar)?.name ?? pillar
        case let .programme(id): return state.dataset.programme(id)?.name ?? id
        }
    }
}

private func drawFooter(_ state: State, in rect: Rect, into buffer: inout Buffer) {
    let theme = state.display.theme
    if let message = state.message {
        buffer.fill(rect, style: theme.footer)
        buffer.write(state.display.glyphs.adapt(message), column: rect.x, row: rect.y, style: theme.warning, clip: rect)
        return
    }
    let below = state.screens.dropLast().last
    let keys: [(String, String)]
    switch state.topScreen {
    case .help?: keys = HelpOverlay.footerKeys
    case .search?: keys = SearchView.footerKeys
    case let .compare(compare)?: keys = CompareView.footerKeys(compare)
    case .pair?: keys = PairView.footerKeys
    case .bookmarks?: keys = BookmarksView.footerKeys
    case .filter?: keys = FilterView.footerKeys
    case let .export(prompt)?: keys = ExportView.footerKeys(prompt)
    case .timeline?: keys = TimelineView.footerKeys
    case .browse?: keys = ExplorerView.footerKeys(state, returnsTo: below)
    case nil: keys = ExplorerView.footerKeys(state, returnsTo: nil)
    }
    StatusBar(keys: keys.map { (state.display.glyphs.adapt($0.0), $0.1) }, keyStyle: theme.key, style: theme.footer)
        .render(in: rect, into: &buffer)
}
