import BeaiDomain

/// The columns of the full-text index, in column order, with their BM25 weights.
enum IndexedField: Int, CaseIterable, Sendable {
    case name, aliases, lead, government, pillar, kind, tags, targets, summary, figures

    /// The column name, also the name `matchedFields` and snippets report.
    var column: String {
        switch self {
        case .name: "name"
        case .aliases: "aliases"
        case .lead: "lead"
        case .government: "government"
        case .pillar: "pillar"
        case .kind: "kind"
        case .tags: "tags"
        case .targets: "targets"
        case .summary: "summary"
        case .figures: "figures"
        }
    }

    /// How much a match in this field counts in BM25, relative to the summary. Tuned on the
    /// built-in data by the relevance tests: a name outweighs everything, an alias nearly so;
    /// who leads it and what it is for come next; the prose of the summary counts least.
    var weight: Double {
        switch self {
        case .name: 12
        case .aliases: 9
        case .lead: 5
        case .government: 3
        case .pillar: 3
        case .kind: 3
        case .tags: 4
        case .targets: 3
        case .summary: 1
        case .figures: 1.5
        }
    }

    /// Fields a snippet may come from, best first.
    static let snippetOrder: [IndexedField] = [.aliases, .summary, .lead, .tags, .targets, .figures, .kind, .pillar, .government]

    /// The text of this field for `programme`, as indexed. Lists are joined with "; ".
    func text(of programme: Programme, in dataset: Dataset) -> String {
        switch self {
        case .name:
            return programme.name
        case .aliases:
            return programme.aliases.joined(separator: "; ")
        case .lead:
            return programme.lead.map { id in
                guard let organisation = dataset.organisation(id) else { return id }
                return ([organisation.name] + organisation.aliases).joined(separator: ", ")
            }.joined(separator: "; ")
        case .government:
            return dataset.government(programme.government).map { Self.named($0.allNames, id: $0.id) }
                ?? programme.government
        case .pillar:
            return ([programme.pillar] + programme.pillars).map { id in
                dataset.pillar(id).map { Self.named([$0.name], id: $0.id) } ?? id
            }.joined(separator: "; ")
        case .kind:
            return programme.kind.rawValue
        case .tags:
            return programme.tags.joined(separator: "; ")
        case .targets:
            return programme.targets.joined(separator: "; ")
        case .summary:
            return programme.summary
        case .figures:
            var seen: Set<String> = []
            return programme.figures.map(\.label).filter { seen.insert($0.lowercased()).inserted }
                .joined(separator: "; ")
        }
    }
}

extension IndexedField {
    /// `names` joined, then `id` when no name holds it as a word: a word that names a government
    /// or pillar by its id (`fwb`, `society`) finds what the qualifier selects.
    static func named(_ names: [String], id: String) -> String {
        let text = names.joined(separator: "; ")
        let words = Set(TextTokenizer.terms(text))
        return TextTokenizer.terms(id).allSatisfy(words.contains) ? text : text + "; " + id
    }
}

/// The display text of every field, with the texts of governments, pillars and organisations
/// worked out once: what highlighting reads for each result.
struct FieldTexts: Sendable {
    private let governments: [String: String]
    private let pillars: [String: String]
    private let organisations: [String: String]

    init(dataset: Dataset) {
        governments = Dictionary(dataset.governments.map { ($0.id, IndexedField.named($0.allNames, id: $0.id)) }) { a, _ in a }
        pillars = Dictionary(dataset.pillars.map { ($0.id, IndexedField.named([$0.name], id: $0.id)) }) { a, _ in a }
        organisations = Dictionary(dataset.organisations.map {
            ($0.id, ([$0.name] + $0.aliases).joined(separator: ", "))
        }) { a, _ in a }
    }

    /// The same text as `field.text(of:in:)`.
    func text(_ field: IndexedField, of programme: Programme) -> String {
        switch field {
        case .government: governments[programme.government] ?? programme.government
        case .pillar:
            programme.pillars.isEmpty ? pillars[programme.pillar] ?? programme.pillar
                : ([programme.pillar] + programme.pillars).map { pillars[$0] ?? $0 }.joined(separator: "; ")
        case .lead: programme.lead.map { organisations[$0] ?? $0 }.joined(separator: "; ")
        default: field.text(of: programme, in: Dataset.empty)
        }
    }
}

extension Dataset {
    /// A dataset with nothing in it.
    fileprivate static let empty = Dataset(governments: [], pillars: [], documents: [], organisations: [], programmes: [])
}
