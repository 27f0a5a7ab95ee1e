/// The dataset in `BinaryWriter`'s form: every record, field by field, in declaration order.
extension Dataset {
    /// The bytes of this dataset.
    func binary() -> [UInt8] {
        var writer = BinaryWriter()
        write(to: &writer)
        return writer.bytes
    }

    /// Appends the bytes of this dataset to `writer`.
    func write(to writer: inout BinaryWriter) {
        writer.array(governments) { writer, government in
            writer.string(government.id)
            writer.string(government.name)
            let languages = government.names.keys.sorted()
            writer.strings(languages)
            writer.strings(languages.map { government.names[$0] ?? "" })
            writer.string(government.kind)
        }
        writer.array(pillars) { writer, pillar in
            writer.strings([pillar.id, pillar.name, pillar.description])
        }
        writer.array(documents) { writer, document in
            writer.strings([document.id, document.title, document.file])
            writer.optional(document.publisher) { $0.string($1) }
            writer.optional(document.date) { $0.string($1) }
        }
        writer.array(organisations) { writer, organisation in
            writer.strings([organisation.id, organisation.name, organisation.government])
            writer.strings(organisation.aliases)
        }
        writer.array(programmes) { $0.programme($1) }
        writer.array(synonyms) { writer, group in
            writer.string(group.id)
            writer.strings(group.terms)
        }
        writer.array(competences) { writer, competence in
            writer.strings([competence.government, competence.pillar, competence.matter])
            writer.strings(competence.competent)
            writer.optional(competence.source) { $0.citation($1) }
            writer.optional(competence.basis) { $0.string($1) }
        }
    }

    /// The dataset in `bytes`, or nil when they are not one written by `binary()`.
    init?(binary bytes: [UInt8]) {
        guard let dataset = bytes.withUnsafeBufferPointer({ Dataset(binary: $0) }) else { return nil }
        self = dataset
    }

    /// The dataset in `bytes`, read in place.
    init?(binary bytes: UnsafeBufferPointer<UInt8>) {
        var reader = BinaryReader(bytes)
        guard
            let governments: [Government] = reader.array({ reader in
                guard let id = reader.string(), let name = reader.string(), let languages = reader.strings(),
                      let names = reader.strings(), languages.count == names.count, let kind = reader.string()
                else { return nil }
                return Government(id: id, name: name, names: Dictionary(zip(languages, names)) { $1 }, kind: kind)
            }),
            let pillars: [Pillar] = reader.array({ reader in
                guard let fields = reader.strings(), fields.count == 3 else { return nil }
                return Pillar(id: fields[0], name: fields[1], description: fields[2])
            }),
            let documents: [SourceDocument] = reader.array({ reader in
                guard let fields = reader.strings(), fields.count == 3,
                      let publisher = reader.optional({ $0.string() }), let date = reader.optional({ $0.string() })
                else { return nil }
                return SourceDocument(id: fields[0], title: fields[1], publisher: publisher, date: date, file: fields[2])
            }),
            let organisations: [Organisation] = reader.array({ reader in
                guard let fields = reader.strings(), fields.count == 3, let aliases = reader.strings() else { return nil }
                return Organisation(id: fields[0], name: fields[1], aliases: aliases, government: fields[2])
            }),
            let programmes: [Programme] = reader.array({ $0.programme() }),
            let synonyms: [SynonymGroup] = reader.array({ reader in
                guard let id = reader.string(), let terms = reader.strings() else { return nil }
                return SynonymGroup(id: id, terms: terms)
            }),
            let competences: [Competence] = reader.array({ reader in
                guard let fields = reader.strings(), fields.count == 3, let competent = reader.strings(),
                      let source = reader.optional({ $0.citation() }), let basis = reader.optional({ $0.string() })
                else { return nil }
                return Competence(
                    government: fields[0], pillar: fields[1], matter: fields[2], competent: competent, source: source,
                    basis: basis)
            }),
            reader.isAtEnd
        else { return nil }
        self.init(governments: governments, pillars: pillars, documents: documents,
                  organisations: organisations, programmes: programmes, synonyms: synonyms, competences: competences)
    }
}

extension BinaryWriter {
    mutating func programme(_ programme: Programme) {
        strings([programme.id, programme.name, programme.government, programme.pillar,
                 programme.kind.rawValue, programme.status.rawValue, programme.summary, programme.role.rawValue])
        optional(programme.partOf) { $0.string($1) }
        optional(programme.follows) { $0.string($1) }
        optional(programme.statusAsOf) { $0.string($1) }
        strings(programme.aliases)
        strings(programme.pillars)
        strings(programme.lead)
        optional(programme.years) { $0.years($1) }
        strings(programme.targets)
        strings(programme.tags)
        array(programme.figures) { $0.figure($1) }
        array(programme.sources) { $0.citation($1) }
        strings(programme.related)
        array(programme.milestones) { $0.milestone($1) }
    }

    mutating func milestone(_ milestone: Milestone) {
        strings([milestone.date, milestone.event.rawValue, milestone.text])
        optional(milestone.source) { $0.citation($1) }
    }

    mutating func figure(_ figure: Figure) {
        strings([figure.label, figure.unit, figure.text])
        double(figure.value)
        optional(figure.period) { $0.string($1.rawValue) }
        optional(figure.years) { $0.years($1) }
        optional(figure.qualifier) { $0.string($1.rawValue) }
        bool(figure.budget)
        optional(figure.source) { $0.citation($1) }
    }

    mutating func citation(_ citation: Citation) {
        string(citation.document)
        string(citation.section)
    }

    mutating func years(_ years: YearRange) {
        optional(years.start) { $0.int($1) }
        optional(years.end) { $0.int($1) }
    }
}

extension BinaryReader {
    mutating func programme() -> Programme? {
        guard let fields = strings(), fields.count == 8,
              let partOf = optional({ $0.string() }), let follows = optional({ $0.string() }),
              let statusAsOf = optional({ $0.string() }),
              let aliases = strings(), let pillars = strings(), let lead = strings(),
              let years = optional({ $0.years() }),
              let targets = strings(), let tags = strings(),
              let figures = array({ $0.figure() }),
              let sources = array({ $0.citation() }),
              let related = strings(),
              let milestones = array({ $0.milestone() })
        else { return nil }
        return Programme(
            id: fields[0], name: fields[1], aliases: aliases, government: fields[2], pillar: fields[3],
            pillars: pillars, role: ProgrammeRole(rawValue: fields[7]), partOf: partOf, follows: follows,
            kind: ProgrammeKind(rawValue: fields[4]), status: ProgrammeStatus(rawValue: fields[5]),
            statusAsOf: statusAsOf, lead: lead, years: years, targets: targets, tags: tags, summary: fields[6],
            figures: figures, sources: sources, related: related, milestones: milestones)
    }

    mutating func milestone() -> Milestone? {
        guard let fields = strings(), fields.count == 3, let source = optional({ $0.citation() }) else { return nil }
        return Milestone(date: fields[0], event: MilestoneEvent(rawValue: fields[1]), text: fields[2], source: source)
    }

    mutating func figure() -> Figure? {
        guard let fields = strings(), fields.count == 3, let value = double(),
              let period = optional({ $0.string() }), let years = optional({ $0.years() }),
              let qualifier = optional({ $0.string() }), let budget = bool(),
              let source = optional({ $0.citation() })
        else { return nil }
        return Figure(
            label: fields[0], value: value, unit: fields[1], period: period.map(FigurePeriod.init(rawValue:)),
            years: years, qualifier: qualifier.map(FigureQualifier.init(rawValue:)), budget: budget,
            text: fields[2], source: source)
    }

    mutating func citation() -> Citation? {
        guard let document = string(), let section = string() else { return nil }
        return Citation(document: document, section: section)
    }

    mutating func years() -> YearRange? {
        guard let start = optional({ $0.int() }), let end = optional({ $0.int() }) else { return nil }
        return YearRange(start: start, end: end)
    }
}
