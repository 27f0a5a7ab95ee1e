import BeaiDomain

/// The human-readable form of one programme that `beai show` prints.
struct ProgrammeReport {
    let programme: Programme
    let dataset: Dataset
    /// Where the programme's budget amounts count.
    let ledger: BudgetLedger

    var text: String {
        var lines: [String] = []
        let government = dataset.government(programme.government)?.name ?? programme.government
        let pillar = dataset.pillar(programme.pillar)?.name ?? programme.pillar
        lines.append("\(programme.name)  [\(programme.id)]")
        var status = programme.status.rawValue
        if let asOf = programme.statusAsOf { status += " (as of \(asOf))" }
        lines.append("\(government) › \(pillar) · \(programme.kind) · \(status)")
        lines.append("")
        field("Role", programme.role.rawValue, into: &lines)
        field("Part of", programme.partOf.map(link) ?? "", into: &lines)
        field("Follows", programme.follows.map(link) ?? "", into: &lines)
        field("Also known as", programme.aliases.joined(separator: "; "), into: &lines)
        field("Other pillars", programme.pillars.map { dataset.pillar($0)?.name ?? $0 }.joined(separator: ", "), into: &lines)
        field("Lead", dataset.leadNames(of: programme).joined(separator: ", "), into: &lines)
        field("Years", programme.years?.label ?? "", into: &lines)
        field("Targets", programme.targets.joined(separator: ", "), into: &lines)
        field("Tags", programme.tags.joined(separator: ", "), into: &lines)
        if !programme.summary.isEmpty { lines += ["", programme.summary] }
        if !programme.figures.isEmpty {
            lines += ["", programme.hasConflictingFigures ? "Figures (the sources disagree):" : "Figures:"]
            let conflicting = Set(programme.conflictingFigures.flatMap { $0 })
            for figure in programme.figures {
                let marker = conflicting.contains(figure) ? "≠ " : "  "
                lines.append("\(marker)\(figure.label): \(FigureText.value(figure))  \"\(figure.text)\"  \(cite(figure.source))")
            }
        }
        let amounts = ledger.amounts(of: programme.id)
        if !amounts.isEmpty {
            lines += ["", "Budget as beai adds it:"]
            for amount in amounts {
                let years = amount.years?.label ?? "no year"
                lines.append("  \(FigureText.value(amount.figure)): \(years) (\(amount.explanation))")
            }
        }
        if !programme.milestones.isEmpty {
            lines += ["", "Milestones:"]
            for milestone in programme.milestones.sorted(by: { $0.date < $1.date }) {
                lines.append("  \(milestone.date)  \(milestone.event)  \"\(milestone.text)\"  \(cite(milestone.source))")
            }
        }
        if !programme.sources.isEmpty {
            lines += ["", "Sources:"]
            lines += programme.sources.map { "  \(cite($0))" }
        }
        if !programme.related.isEmpty {
            lines += ["", "Related:"]
            lines += programme.related.map { "  \($0)  \(dataset.programme($0)?.name ?? "")" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "Name [id]" of another programme.
    private func link(_ id: String) -> String { "\(dataset.programme(id)?.name ?? id) [\(id)]" }

    private func field(_ name: String, _ value: String, into lines: inout [String]) {
        if !value.isEmpty { lines.append("\(name): \(value)") }
    }

    private func cite(_ citation: Citation?) -> String {
        guard let citation else { return "[no citation]" }
        let title = dataset.document(citation.document)?.title ?? citation.document
        return "[\(title) § \(citation.section)]"
    }
}
