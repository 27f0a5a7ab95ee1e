/// Checks a loaded dataset against the rules of docs/DATA.md and reports every problem with its
/// file, line and path.
struct DatasetValidator {
    private let files: LoadedFiles
    private var found: [DataProblem] = []

    static let earliestYear = 1990
    static let latestYear = 2040

    init(_ files: LoadedFiles) { self.files = files }

    func problems() -> [DataProblem] {
        var validator = self
        validator.run()
        return validator.found
    }

    private mutating func report<Record>(_ located: Located<Record>, id: String, _ field: String, _ message: String) {
        let path = located.path(id: id) + (field.isEmpty ? "" : ": \(field)")
        found.append(DataProblem(file: located.file, line: located.line, path: path, message: message))
    }

    private mutating func run() {
        let governmentIDs = Set(files.governments.map(\.record.id))
        let pillarIDs = Set(files.pillars.map(\.record.id))
        let documentIDs = Set(files.documents.map(\.record.id))
        let organisationIDs = Set(files.organisations.map(\.record.id))
        let programmeIDs = Set(files.programmes.map(\.record.id))

        checkIDs(files.governments, kind: "government") { $0.id }
        checkIDs(files.pillars, kind: "pillar") { $0.id }
        checkIDs(files.documents, kind: "document") { $0.id }
        checkIDs(files.organisations, kind: "organisation") { $0.id }
        checkIDs(files.programmes, kind: "programme") { $0.id }
        checkIDs(files.synonyms, kind: "synonym group") { $0.id }

        for located in files.governments {
            let government = located.record
            if government.name.isBlank { report(located, id: government.id, "name", "empty name") }
        }
        for located in files.pillars where located.record.name.isBlank {
            report(located, id: located.record.id, "name", "empty name")
        }
        for located in files.documents {
            let document = located.record
            if document.title.isBlank { report(located, id: document.id, "title", "empty title") }
            if let date = document.date, !Self.isDate(date) {
                report(located, id: document.id, "date", "\"\(date)\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
            }
        }
        for located in files.organisations {
            let organisation = located.record
            if organisation.name.isBlank { report(located, id: organisation.id, "name", "empty name") }
            if !governmentIDs.contains(organisation.government) {
                report(located, id: organisation.id, "government",
                       unknown("government", organisation.government, among: governmentIDs))
            }
        }
        for located in files.programmes {
            checkProgramme(
                located, governments: governmentIDs, pillars: pillarIDs, documents: documentIDs,
                organisations: organisationIDs, programmes: programmeIDs)
        }
        checkSynonyms()
        checkLinks()
        checkCompetences(governments: governmentIDs, pillars: pillarIDs, documents: documentIDs)
    }

    /// Every group has two terms or more, each with a word in it, and no term (case, accents and
    /// punctuation ignored) stands twice, in one group or two.
    private mutating func checkSynonyms() {
        var firstSeen: [String: String] = [:]
        for located in files.synonyms {
            let group = located.record
            if group.terms.count < 2 {
                report(located, id: group.id, "terms", "a synonym group needs at least two terms")
            }
            for (offset, term) in group.terms.enumerated() {
                let key = term.folded.split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
                if key.isEmpty {
                    report(located, id: group.id, "terms[\(offset)]", "a term needs a letter or a digit")
                } else if let first = firstSeen[key] {
                    report(located, id: group.id, "terms[\(offset)]", "\"\(term)\" is already a term of \(first)")
                } else {
                    firstSeen[key] = group.id.isEmpty ? "group [\(located.index)]" : "group \"\(group.id)\""
                }
            }
        }
    }

    /// `partOf` and `follows`: each names another programme of the same government, and following
    /// either link from any programme never comes back to it.
    private mutating func checkLinks() {
        var byID: [String: Programme] = [:]
        for located in files.programmes where byID[located.record.id] == nil { byID[located.record.id] = located.record }
        for located in files.programmes {
            let programme = located.record
            for (field, target) in [("partOf", programme.partOf), ("follows", programme.follows)] {
                guard let target else { continue }
                guard target != programme.id else {
                    report(located, id: programme.id, field, "a programme cannot name itself")
                    continue
                }
                guard let other = byID[target] else {
                    report(located, id: programme.id, field, unknown("programme", target, among: Set(byID.keys)))
                    continue
                }
                if other.government != programme.government {
                    let relation = field == "partOf" ? "a part belongs to its whole's government" : "an edition belongs to its predecessor's government"
                    report(located, id: programme.id, field,
                           "\(relation): \"\(target)\" is under \(other.government), this programme under \(programme.government)")
                }
                if let cycle = Self.cycle(from: programme.id, through: field == "partOf" ? \.partOf : \.follows, in: byID) {
                    report(located, id: programme.id, field, "\(field) goes round in a circle: " + cycle.joined(separator: " → "))
                }
            }
        }
    }

    /// The ids met following `link` from `start` when they come back to `start`, else nil.
    private static func cycle(from start: String, through link: KeyPath<Programme, String?>, in byID: [String: Programme]) -> [String]? {
        var path = [start]
        var seen: Set<String> = [start]
        var current = start
        while let next = byID[current]?[keyPath: link], byID[next] != nil {
            path.append(next)
            if next == start { return path }
            guard seen.insert(next).inserted else { return nil }
            current = next
        }
        return nil
    }

    private mutating func checkCompetences(governments: Set<String>, pillars: Set<String>, documents: Set<String>) {
        var seen: Set<String> = []
        for located in files.competences {
            let competence = located.record
            let id = "\(competence.government)/\(competence.pillar)"
            if !governments.contains(competence.government) {
                report(located, id: id, "government", unknown("government", competence.government, among: governments))
            }
            if !pillars.contains(competence.pillar) {
                report(located, id: id, "pillar", unknown("pillar", competence.pillar, among: pillars))
            }
            if !seen.insert(id).inserted { report(located, id: id, "", "a second entry for \(id)") }
            if competence.matter.isBlank { report(located, id: id, "matter", "say what part of the pillar lies elsewhere") }
            if competence.competent.isEmpty { report(located, id: id, "competent", "name the governments competent instead") }
            for (offset, other) in competence.competent.enumerated() {
                if other == competence.government {
                    report(located, id: id, "competent[\(offset)]", "a government cannot be competent instead of itself")
                } else if !governments.contains(other) {
                    report(located, id: id, "competent[\(offset)]", unknown("government", other, among: governments))
                }
            }
            switch (competence.source, competence.basis) {
            case let (source?, nil):
                if !documents.contains(source.document) {
                    report(located, id: id, "source.document", unknown("document", source.document, among: documents))
                }
                if source.section.isBlank { report(located, id: id, "source.section", "empty section heading") }
            case (nil, Competence.constitution?):
                break
            case (nil, let basis?):
                report(located, id: id, "basis", "unknown basis \"\(basis)\" (known: \(Competence.constitution))")
            case (nil, nil):
                report(located, id: id, "", "cite a source, or give \"basis\": \"\(Competence.constitution)\" for general knowledge")
            case (_?, _?):
                report(located, id: id, "basis", "a cited competence needs no basis: give a source or a basis, not both")
            }
        }
    }

    private mutating func checkIDs<Record>(
        _ records: [Located<Record>], kind: String, id: (Record) -> String
    ) {
        var firstSeen: [String: Located<Record>] = [:]
        for located in records {
            let value = id(located.record)
            if !Self.isSlug(value) {
                report(located, id: value, "id",
                       value.isEmpty ? "missing id" : "id \"\(value)\" must be a lowercase slug (a-z, 0-9, -)")
            }
            if let first = firstSeen[value] {
                let place = first.file + (first.line.map { ":\($0)" } ?? "")
                report(located, id: value, "id", "duplicate \(kind) id \"\(value)\" (first at \(place))")
            } else {
                firstSeen[value] = located
            }
        }
    }

    private mutating func checkProgramme(
        _ located: Located<Programme>, governments: Set<String>, pillars: Set<String>, documents: Set<String>,
        organisations: Set<String>, programmes: Set<String>
    ) {
        let programme = located.record
        let id = programme.id
        if programme.name.isBlank { report(located, id: id, "name", "empty name") }
        for (offset, alias) in programme.aliases.enumerated() where alias.isBlank {
            report(located, id: id, "aliases[\(offset)]", "empty alias")
        }
        if !governments.contains(programme.government) {
            report(located, id: id, "government", unknown("government", programme.government, among: governments))
        }
        if !pillars.contains(programme.pillar) {
            report(located, id: id, "pillar", unknown("pillar", programme.pillar, among: pillars))
        }
        for (offset, pillar) in programme.pillars.enumerated() {
            if !pillars.contains(pillar) {
                report(located, id: id, "pillars[\(offset)]", unknown("pillar", pillar, among: pillars))
            } else if pillar == programme.pillar {
                report(located, id: id, "pillars[\(offset)]", "repeats the primary pillar \"\(pillar)\"")
            }
        }
        if !programme.kind.isKnown {
            report(located, id: id, "kind", "unknown kind \"\(programme.kind)\" (known: \(ProgrammeKind.knownList))")
        }
        if programme.role.rawValue.isEmpty {
            report(located, id: id, "role", "missing role (known: \(ProgrammeRole.knownList))")
        } else if !programme.role.isKnown {
            report(located, id: id, "role", "unknown role \"\(programme.role)\" (known: \(ProgrammeRole.knownList))")
        }
        if !programme.status.isKnown {
            report(located, id: id, "status",
                   "unknown status \"\(programme.status)\" (known: \(ProgrammeStatus.knownList))")
        }
        if let date = programme.statusAsOf, !Self.isDate(date) {
            report(located, id: id, "statusAsOf", "\"\(date)\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        for (offset, lead) in programme.lead.enumerated() where !organisations.contains(lead) {
            report(located, id: id, "lead[\(offset)]", unknown("organisation", lead, among: organisations))
        }
        for (offset, related) in programme.related.enumerated() {
            if related == id {
                report(located, id: id, "related[\(offset)]", "a programme cannot be related to itself")
            } else if !programmes.contains(related) {
                report(located, id: id, "related[\(offset)]", unknown("programme", related, among: programmes))
            }
        }
        if let years = programme.years { checkYears(years, located, id: id, field: "years") }
        if programme.summary.isBlank { report(located, id: id, "summary", "empty summary") }
        if programme.sources.isEmpty { report(located, id: id, "sources", "no source: cite at least one document") }
        for (offset, citation) in programme.sources.enumerated() {
            checkCitation(citation, located, id: id, field: "sources[\(offset)]", documents: documents)
        }
        for (offset, figure) in programme.figures.enumerated() {
            checkFigure(figure, located, id: id, field: "figures[\(offset)]", documents: documents)
        }
        for (offset, milestone) in programme.milestones.enumerated() {
            checkMilestone(milestone, located, id: id, field: "milestones[\(offset)]", documents: documents)
        }
    }

    private mutating func checkMilestone(
        _ milestone: Milestone, _ located: Located<Programme>, id: String, field: String, documents: Set<String>
    ) {
        if !Self.isDate(milestone.date) {
            report(located, id: id, "\(field).date",
                   milestone.date.isEmpty ? "missing date" : "\"\(milestone.date)\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        if !milestone.event.isKnown {
            report(located, id: id, "\(field).event",
                   "unknown event \"\(milestone.event)\" (known: \(MilestoneEvent.knownList))")
        }
        if milestone.text.isBlank {
            report(located, id: id, "\(field).text", "milestone without its source text (the date as the document writes it)")
        }
        if let source = milestone.source {
            checkCitation(source, located, id: id, field: "\(field).source", documents: documents)
        } else {
            report(located, id: id, "\(field).source", "milestone without a citation")
        }
    }

    private mutating func checkFigure(
        _ figure: Figure, _ located: Located<Programme>, id: String, field: String, documents: Set<String>
    ) {
        if figure.label.isBlank { report(located, id: id, "\(field).label", "empty label") }
        if figure.unit.isBlank { report(located, id: id, "\(field).unit", "empty unit") }
        if figure.value.isNaN {
            report(located, id: id, "\(field).value", "missing value")
        } else if figure.value < 0 || !figure.value.isFinite {
            report(located, id: id, "\(field).value", "negative or infinite amount \(figure.value)")
        }
        if figure.text.isBlank {
            report(located, id: id, "\(field).text", "figure without its source text (the figure as the document writes it)")
        }
        if let period = figure.period, !period.isKnown {
            report(located, id: id, "\(field).period", "unknown period \"\(period)\" (known: \(FigurePeriod.knownList))")
        } else if figure.isMoney, figure.budget, figure.period == nil {
            report(located, id: id, "\(field).period",
                   "a budget amount needs a period (\(FigurePeriod.knownList)) so that totals keep them apart")
        }
        if let qualifier = figure.qualifier, !qualifier.isKnown {
            report(located, id: id, "\(field).qualifier",
                   "unknown qualifier \"\(qualifier)\" (known: \(FigureQualifier.knownList))")
        }
        if let years = figure.years { checkYears(years, located, id: id, field: "\(field).years") }
        if let source = figure.source {
            checkCitation(source, located, id: id, field: "\(field).source", documents: documents)
        } else {
            report(located, id: id, "\(field).source", "figure without a citation")
        }
    }

    private mutating func checkCitation(
        _ citation: Citation, _ located: Located<Programme>, id: String, field: String, documents: Set<String>
    ) {
        if !documents.contains(citation.document) {
            report(located, id: id, "\(field).document", unknown("document", citation.document, among: documents))
        }
        if citation.section.isBlank { report(located, id: id, "\(field).section", "empty section heading") }
    }

    private mutating func checkYears(_ years: YearRange, _ located: Located<Programme>, id: String, field: String) {
        let range = Self.earliestYear...Self.latestYear
        for (name, year) in [("start", years.start), ("end", years.end)] {
            if let year, !range.contains(year) {
                report(located, id: id, "\(field).\(name)",
                       "year \(year) is outside \(Self.earliestYear)–\(Self.latestYear)")
            }
        }
        if let start = years.start, let end = years.end, start > end {
            report(located, id: id, field, "start \(start) is after end \(end)")
        }
    }

    private func unknown(_ kind: String, _ value: String, among known: Set<String>) -> String {
        let near = Suggestions.nearest(to: value, among: known)
        let hint = near.isEmpty ? "" : " (did you mean \(near.map { "\"\($0)\"" }.joined(separator: ", "))?)"
        return "unknown \(kind) \"\(value)\"\(hint)"
    }

    static func isSlug(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last,
            first != "-", last != "-"
        else { return false }
        return value.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    static func isDate(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]),
            (earliestYear...latestYear).contains(year)
        else { return false }
        if parts.count >= 2 { guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return false } }
        if parts.count == 3 { guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else { return false } }
        return true
    }
}

extension String {
    /// True when the string is empty or only whitespace.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
