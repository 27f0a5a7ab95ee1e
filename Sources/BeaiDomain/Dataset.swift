/// The whole dataset: the tree's governments and pillars, the documents it cites, the
/// organisations that lead programmes, the programmes themselves, and which pillars lie with
/// other governments than the one named.
public struct Dataset: Sendable {
    public let governments: [Government]
    public let pillars: [Pillar]
    public let documents: [SourceDocument]
    public let organisations: [Organisation]
    public let programmes: [Programme]
    /// Words and phrases a search treats as one (`synonyms.json`; empty when the dataset has none).
    public let synonyms: [SynonymGroup]
    /// Pillars, or parts of them, that are another government's competence.
    public let competences: [Competence]

    private let governmentIndex: [String: Int]
    private let pillarIndex: [String: Int]
    private let documentIndex: [String: Int]
    private let organisationIndex: [String: Int]
    private let programmeIndex: [String: Int]
    private let competenceIndex: [String: Int]

    /// Builds a dataset from records; on duplicate ids the first record wins (the validator
    /// reports duplicates).
    public init(
        governments: [Government], pillars: [Pillar], documents: [SourceDocument],
        organisations: [Organisation], programmes: [Programme], synonyms: [SynonymGroup] = [], competences: [Competence] = []
    ) {
        self.governments = governments
        self.pillars = pillars
        self.documents = documents
        self.organisations = organisations
        self.programmes = programmes
        self.synonyms = synonyms
        self.competences = competences
        governmentIndex = Self.index(governments.map(\.id))
        pillarIndex = Self.index(pillars.map(\.id))
        documentIndex = Self.index(documents.map(\.id))
        organisationIndex = Self.index(organisations.map(\.id))
        programmeIndex = Self.index(programmes.map(\.id))
        competenceIndex = Self.index(competences.map { $0.government + "/" + $0.pillar })
    }

    private static func index(_ ids: [String]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (offset, id) in ids.enumerated() where result[id] == nil { result[id] = offset }
        return result
    }

    public func government(_ id: String) -> Government? { governmentIndex[id].map { governments[$0] } }
    public func pillar(_ id: String) -> Pillar? { pillarIndex[id].map { pillars[$0] } }
    public func document(_ id: String) -> SourceDocument? { documentIndex[id].map { documents[$0] } }
    public func organisation(_ id: String) -> Organisation? { organisationIndex[id].map { organisations[$0] } }
    public func programme(_ id: String) -> Programme? { programmeIndex[id].map { programmes[$0] } }
    /// What of `pillar` lies with other governments than `government`, if anything.
    public func competence(of government: String, in pillar: String) -> Competence? {
        competenceIndex[government + "/" + pillar].map { competences[$0] }
    }

    /// Position of a government in the tree order, for sorting.
    public func governmentOrder(_ id: String) -> Int { governmentIndex[id] ?? governments.count }
    /// Position of a pillar in the taxonomy order, for sorting.
    public func pillarOrder(_ id: String) -> Int { pillarIndex[id] ?? pillars.count }

    /// The date the data speaks from: the latest date among the source documents.
    public var asOf: String? { documents.compactMap(\.date).max() }

    /// Display names of a programme's lead organisations, falling back to the id.
    public func leadNames(of programme: Programme) -> [String] {
        programme.lead.map { organisation($0)?.name ?? $0 }
    }
}
