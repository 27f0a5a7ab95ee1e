import BeaiDomain
import BeaiTUI

/// Two marked programmes side by side, field by field, with differing fields marked.
enum PairView {
    static let footerKeys = [("Esc", "close"), ("?", "help"), ("q", "quit")]

    static func draw(_ state: State, _ ids: [String], in rect: Rect, into buffer: inout Buffer) {
        let theme = state.display.theme
        let glyphs = state.display.glyphs
        let inner = Pane(title: "Two programmes side by side (Esc closes)", focused: true, glyphs: glyphs,
                         borderStyle: theme.focusedBorder, titleStyle: theme.title).render(in: rect, into: &buffer)
        let programmes = ids.compactMap(state.dataset.programme)
        guard programmes.count == 2, inner.width > 20 else { return }
        let labelWidth = 14
        let columns = Rect(x: inner.x + labelWidth, y: inner.y, width: inner.width - labelWidth, height: inner.height).columns(2)
        var y = inner.y
        for (field, values) in fields(programmes, state.dataset, glyphs) {
            guard y < inner.maxY else { break }
            let differs = values[0] != values[1]
            let wrapped = values.enumerated().map { index, value in
                DisplayWidth.wrap(glyphs.adapt(value.joined(separator: "\n")), width: max(1, columns[index].width - 1))
            }
            let height = max(1, wrapped.map(\.count).max() ?? 1)
            buffer.write(glyphs.adapt((differs ? glyphs.differs + " " : "  ") + field), column: inner.x, row: y,
                         style: differs ? theme.warning : theme.dim, clip: inner)
            for (index, lines) in wrapped.enumerated() {
                for (offset, line) in lines.enumerated() where y + offset < inner.maxY {
                    buffer.write(line, column: columns[index].x, row: y + offset,
                                 style: field == "name" ? theme.title : (differs ? theme.heading : .plain),
                                 clip: Rect(x: columns[index].x, y: y + offset, width: columns[index].width - 1, height: 1))
                }
            }
            y += height
        }
    }

    /// Field name and, for each programme, its value as lines.
    static func fields(_ programmes: [Programme], _ dataset: Dataset, _ glyphs: Glyphs) -> [(String, [[String]])] {
        func each(_ value: (Programme) -> [String]) -> [[String]] { programmes.map(value) }
        return [
            ("name", each { [$0.name] }),
            ("government", each { [dataset.government($0.government)?.name ?? $0.government] }),
            ("pillar", each { [dataset.pillar($0.pillar)?.name ?? $0.pillar] }),
            ("kind", each { [$0.kind.rawValue] }),
            ("status", each { [$0.status.rawValue + ($0.statusAsOf.map { " (as of \($0))" } ?? "")] }),
            ("years", each { [$0.years?.label ?? "—"] }),
            ("lead", each { [dataset.leadNames(of: $0).joined(separator: ", ")] }),
            ("targets", each { [$0.targets.joined(separator: ", ")] }),
            ("figures", each { $0.figures.map { "\($0.label): \(FigureText.value($0, euro: glyphs.euro))" } }),
            ("sources", each { $0.sources.map { "\($0.document) \(glyphs.breadcrumb) \($0.section)" } }),
        ]
    }
}
