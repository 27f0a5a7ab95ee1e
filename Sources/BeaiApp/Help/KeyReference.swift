import BeaiTUI

/// Every key of the explorer and what it does: the one list that the `?` help and the man page
/// (`beai --help`'s discussion) are made from, with the keys as a keymap binds them.
public enum KeyReference {
    /// Keys of one line: commands (shown as bound) or fixed keys.
    enum Keys {
        case commands([Command])
        case fixed(String)
    }

    /// Lines in the order the help lists them; an empty key continues the line above.
    static let entries: [(keys: Keys, action: String)] = [
        (.commands([.up, .down]), "move the selection; in the detail: links, or scroll"),
        (.commands([.left, .right]), "collapse / expand, or go to the parent / the detail"),
        (.commands([.open]), "expand or collapse; open a programme; follow a link"),
        (.commands([.mark]), "expand or collapse; mark a programme for comparison"),
        (.commands([.pageUp, .pageDown]), "move or scroll by a page"),
        (.commands([.top, .bottom]), "first / last"),
        (.commands([.focus]), "switch between the tree and the detail pane"),
        (.commands([.close]), "back to the screen before: close the help, cancel a search,"),
        (.fixed(""), "leave compare, return to where a programme was opened"),
        (.commands([.back]), "back to the place before (left by a link, result, click)"),
        (.commands([.forward]), "forward again"),
        (.commands([.bookmark]), "bookmark the programme or remove it (\u{2605} in the tree)"),
        (.commands([.bookmarks]), "bookmarks: Enter goes there, d removes one, Esc closes"),
        (.commands([.search]), "search as you type (Enter goes to a result, Esc cancels)"),
        (.commands([.nextResult, .previousResult]), "next / previous result of the last search"),
        (.commands([.evidence, .copyCitation]), "on a figure or source (detail): its passage; copy its citation"),
        (.fixed("in evidence"), "↑ ↓ scroll, n N passages naming it, y copies, Esc back"),
        (.commands([.compare]), "compare governments: arrows move, Enter lists a cell,"),
        (.commands([.swap, .third]), "in compare: swap columns; add or remove a third"),
        (.commands([.differing, .pick]), "in compare: only differing pillars; pick governments, unions"),
        (.commands([.earlierYear, .laterYear]), "in compare: the year of the budgets, earlier / later"),
        (.commands([.pair]), "compare the two programmes marked with Space"),
        (.commands([.filter]), "filter by facet: Space toggles, Enter applies, Esc cancels"),
        (.commands([.clearFilters]), "clear every filter (anywhere but a text prompt)"),
        (.commands([.sort]), "order each pillar: tree, name, start year, budget, status"),
        (.commands([.export]), "export the view: .md report, .csv, .json (^X in search)"),
        (.commands([.timeline]), "timeline: the selection, compare's columns, results (^T)"),
        (.fixed("in timeline"), "↑ ↓ programmes, ← → year, Enter opens one, Esc closes"),
        (.fixed("in search"), "← → Home End ^A ^E move, ^W ^U delete, Tab completes"),
        (.fixed(""), "↑ ↓ results; ^P ^N (↑ when empty) earlier queries"),
        (.fixed("mouse"), "click selects or follows a link; the wheel scrolls"),
        (.commands([.help]), "show or hide this help"),
        (.commands([.quit]), "quit (Ctrl-C always quits)"),
    ]

    /// The lines with their keys as `keymap` binds them (named in ASCII with `ascii`).
    public static func lines(_ keymap: Keymap = .standard, ascii: Bool = false) -> [(key: String, action: String)] {
        entries.map { entry in
            switch entry.keys {
            case let .fixed(text): return (text, entry.action)
            case let .commands(commands):
                return (commands.map { keymap.label(for: $0, ascii: ascii) }.joined(separator: "  "), entry.action)
            }
        }
    }

    /// The lines as ASCII text for the manual page (whose generator keeps ASCII only), each
    /// starting with a space so that roff breaks the line there instead of filling.
    public static func manual(_ keymap: Keymap = .standard) -> String {
        let lines = lines(keymap, ascii: true)
        let width = lines.map { $0.key.count }.max() ?? 0
        return lines.map { line in
            "  " + line.key + String(repeating: " ", count: width - line.key.count + 2) + Glyphs.ascii.adapt(line.action)
        }.joined(separator: "\n")
    }
}
