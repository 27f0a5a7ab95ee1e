import BeaiDomain

/// Swift source text for the domain's values, so that the built-in dataset is compiled into the
/// binary as code and needs no decoding at start-up.
enum SwiftLiteral {
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    static func optional(_ text: String?) -> String { text.map(string) ?? "nil" }

    static func strings(_ list: [String]) -> String { "[" + list.map(string).joined(separator: ", ") + "]" }

    static func number(_ value: Double) -> String {
        value.isFinite ? "\(value)" : "Double.nan"
    }

    static func years(_ range: YearRange?) -> String {
        guard let range else { return "nil" }
        return "YearRange(start: \(range.start.map(String.init) ?? "nil"), end: \(range.end.map(String.init) ?? "nil"))"
    }

    static func citation(_ citation: Citation?) -> String {
        guard let citation else { return "nil" }
        return "Citation(document: \(string(citation.document)), section: \(string(citation.section)))"
    }

    static func figure(_ figure: Figure) -> String {
        "Figure(label: \(string(figure.label)), value: \(number(figure.value)), unit: \(string(figure.unit)), "
            + "period: \(figure.period.map { "FigurePeriod(rawValue: \(string($0.rawValue)))" } ?? "nil"), "
            + "years: \(years(figure.years)), "
            + "qualifier: \(figure.qualifier.map { "FigureQualifier(rawValue: \(string($0.rawValue)))" } ?? "nil"), "
            + "budget: \(figure.budget), text: \(string(figure.text)), source: \(citation(figure.source)))"
    }

    static func milestone(_ milestone: Milestone) -> String {
        "Milestone(date: \(string(milestone.date)), event: MilestoneEvent(rawValue: \(string(milestone.event.rawValue))), "
            + "text: \(string(milestone.text)), source: \(citation(milestone.source)))"
    }

    static func programme(_ programme: Programme) -> String {
        "Programme(id: \(string(programme.id)), name: \(string(programme.name)), aliases: \(strings(programme.aliases)), "
            + "government: \(string(programme.government)), pillar: \(string(programme.pillar)), "
            + "pillars: \(strings(programme.pillars)), role: ProgrammeRole(rawValue: \(string(programme.role.rawValue))), "
            + "partOf: \(optional(programme.partOf)), follows: \(optional(programme.follows)), "
            + "kind: ProgrammeKind(rawValue: \(string(programme.kind.rawValue))), "
            + "status: ProgrammeStatus(rawValue: \(string(programme.status.rawValue))), "
            + "statusAsOf: \(optional(programme.statusAsOf)), lead: \(strings(programme.lead)), "
            + "years: \(years(programme.years)), targets: \(strings(programme.targets)), tags: \(strings(programme.tags)), "
            + "summary: \(string(programme.summary)), "
            + "figures: [" + programme.figures.map(figure).joined(separator: ", ") + "], "
            + "sources: [" + programme.sources.map(citation).joined(separator: ", ") + "], "
            + "related: \(strings(programme.related)), "
            + "milestones: [" + programme.milestones.map(milestone).joined(separator: ", ") + "])"
    }

    /// Programmes per generated function: the optimiser's time grows faster than linearly with a
    /// function's size (one function for all of them took a release build over 15 minutes).
    static let programmesPerFunction = 8

    /// Swift declarations for `BuiltinData`: `compiledDataset()`, which builds `dataset` statement
    /// by statement (quick to type-check), and the small functions it calls for the programmes.
    static func dataset(_ dataset: Dataset) -> String {
        var lines: [String] = []
        lines.append("var governments: [Government] = []")
        for government in dataset.governments {
            let names = "[" + government.names.keys.sorted().map { "\(string($0)): \(string(government.names[$0] ?? ""))" }
                .joined(separator: ", ") + "]"
            lines.append("governments.append(Government(id: \(string(government.id)), name: \(string(government.name)), "
                + "names: \(names == "[]" ? "[:]" : names), kind: \(string(government.kind))))")
        }
        lines.append("var pillars: [Pillar] = []")
        for pillar in dataset.pillars {
            lines.append("pillars.append(Pillar(id: \(string(pillar.id)), name: \(string(pillar.name)), "
                + "description: \(string(pillar.description))))")
        }
        lines.append("var documents: [SourceDocument] = []")
        for document in dataset.documents {
            lines.append("documents.append(SourceDocument(id: \(string(document.id)), title: \(string(document.title)), "
                + "publisher: \(optional(document.publisher)), date: \(optional(document.date)), file: \(string(document.file))))")
        }
        lines.append("var organisations: [Organisation] = []")
        for organisation in dataset.organisations {
            lines.append("organisations.append(Organisation(id: \(string(organisation.id)), name: \(string(organisation.name)), "
                + "aliases: \(strings(organisation.aliases)), government: \(string(organisation.government))))")
        }
        lines.append("var synonyms: [SynonymGroup] = []")
        for group in dataset.synonyms {
            lines.append("synonyms.append(SynonymGroup(id: \(string(group.id)), terms: \(strings(group.terms))))")
        }
        lines.append("var competences: [Competence] = []")
        for competence in dataset.competences {
            lines.append("competences.append(Competence(government: \(string(competence.government)), "
                + "pillar: \(string(competence.pillar)), matter: \(string(competence.matter)), "
                + "competent: \(strings(competence.competent)), source: \(citation(competence.source)), "
                + "basis: \(optional(competence.basis))))")
        }
        lines.append("var programmes: [Programme] = []")
        lines.append("programmes.reserveCapacity(\(dataset.programmes.count))")
        let chunks = stride(from: 0, to: dataset.programmes.count, by: programmesPerFunction).map {
            dataset.programmes[$0..<min($0 + programmesPerFunction, dataset.programmes.count)]
        }
        for number in chunks.indices { lines.append("programmes\(number)(&programmes)") }
        lines.append("return Dataset(governments: governments, pillars: pillars, documents: documents, "
            + "organisations: organisations, programmes: programmes, synonyms: synonyms, competences: competences)")
        var source = "    static func compiledDataset() -> Dataset? {\n"
            + lines.map { "        " + $0 }.joined(separator: "\n") + "\n    }\n"
        for (number, chunk) in chunks.enumerated() {
            source += "\n    @inline(never)\n    private static func programmes\(number)(_ programmes: inout [Programme]) {\n"
            for item in chunk { source += "        programmes.append(\(programme(item)))\n" }
            source += "    }\n"
        }
        return source
    }
}
