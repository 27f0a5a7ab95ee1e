import BeaiDomain
import Foundation

/// The programmes a query's qualifiers allow, and what to tell the user about them.
struct QualifierOutcome {
    /// The allowed positions; nil when no qualifier applies.
    var allowed: Bitmap?
    var hints: [String] = []
    var suggestions: [String] = []
    /// Messages about values that cannot select anything (also in `hints`).
    var problems: [String] = []
    /// True when a qualifier's value is unknown: nothing can match.
    var failed: Bool { !problems.isEmpty }

    /// Records a value that cannot select anything.
    mutating func fail(_ message: String) {
        hints.append(message)
        problems.append(message)
    }
}

/// One value a qualifier can take: its id (what JSON and completions show) and every name that
/// selects it (id first).
struct QualifierValue: Sendable {
    let id: String
    let names: [String]
    /// The names folded into words ("Bruxelles-Capitale" → "bruxelles capitale").
    let keys: [String]

    init(id: String, names: [String]) {
        self.id = id
        self.names = names
        keys = names.map { TextTokenizer.terms($0).joined(separator: " ") }
    }
}

/// Turns `gov:`, `pillar:`, `budget>` ... into sets of programmes.
struct QualifierResolver: Sendable {
    let catalog: ProgrammeCatalog
    let governments: [QualifierValue]
    let pillars: [QualifierValue]
    let organisations: [QualifierValue]
    let kinds: [QualifierValue]
    let statuses: [QualifierValue]
    let roles: [QualifierValue]
    let targets: [QualifierValue]

    init(catalog: ProgrammeCatalog) {
        self.catalog = catalog
        let dataset = catalog.dataset
        governments = dataset.governments.map { QualifierValue(id: $0.id, names: [$0.id] + $0.allNames) }
        pillars = dataset.pillars.map { QualifierValue(id: $0.id, names: [$0.id, $0.name]) }
        organisations = catalog.organisationIDs.map { id in
            let organisation = dataset.organisation(id)
            return QualifierValue(id: id, names: [id] + (organisation.map { [$0.name] + $0.aliases } ?? []))
        }
        kinds = catalog.kindValues.map { QualifierValue(id: $0, names: [$0]) }
        statuses = catalog.statusValues.map { QualifierValue(id: $0, names: [$0]) }
        roles = catalog.roleValues.map { QualifierValue(id: $0, names: [$0]) }
        targets = catalog.targetValues.map { QualifierValue(id: $0, names: [$0]) }
    }

    /// The values `qualifier` takes, for matching and completion; empty for `year` and `budget`.
    func values(of qualifier: Qualifier) -> [QualifierValue] {
        switch qualifier {
        case .government: governments
        case .pillar: pillars
        case .organisation: organisations
        case .kind: kinds
        case .status: statuses
        case .role: roles
        case .target: targets
        case .year, .budget: []
        }
    }

    /// Combines the clauses: the same qualifier repeated (or a comma list) allows any of its
    /// values; different qualifiers must all hold; a negated clause removes its programmes.
    func resolve(_ clauses: [QualifierClause]) -> QualifierOutcome {
        var outcome = QualifierOutcome()
        var included: [Qualifier: Bitmap] = [:]
        var order: [Qualifier] = []
        var excluded: Bitmap?
        for clause in clauses {
            guard let set = resolve(clause, into: &outcome) else { continue }
            if clause.isNegated {
                if excluded == nil { excluded = set } else { excluded?.formUnion(set) }
            } else if included[clause.qualifier] == nil {
                included[clause.qualifier] = set
                order.append(clause.qualifier)
            } else {
                included[clause.qualifier]?.formUnion(set)
            }
        }
        guard !order.isEmpty || excluded != nil else { return outcome }
        var allowed = Bitmap(count: catalog.count, filled: true)
        for qualifier in order { if let set = included[qualifier] { allowed.formIntersection(set) } }
        if let excluded { allowed.subtract(excluded) }
        outcome.allowed = allowed
        return outcome
    }

    /// The programmes one clause selects, or nil when it does not apply (empty value while typing,
    /// or an unknown value, then with `failed` set).
    private func resolve(_ clause: QualifierClause, into outcome: inout QualifierOutcome) -> Bitmap? {
        let name = clause.typedName
        let value = clause.value.trimmingCharacters(in: .whitespaces)
        switch clause.qualifier {
        case .year:
            guard clause.comparison == ":" else {
                outcome.fail("\(name) takes a year: \(name):2021 or \(name):2019-2021")
                return nil
            }
            if value.isEmpty {
                outcome.hints.append("\(name): needs a year, e.g. \(name):2021 or \(name):2019-2021")
                return nil
            }
            guard let years = Self.parseYears(value) else {
                outcome.fail("\(name):\(value) is not a year: use \(name):2021 or \(name):2019-2021")
                return nil
            }
            return Bitmap(count: catalog.count) { catalog.programmes[$0].years?.overlaps(years) ?? false }
        case .budget:
            guard clause.comparison != ":" else {
                outcome.fail("budget takes a comparison: budget>1m, budget<500k, budget>=2.5m")
                return nil
            }
            if value.isEmpty {
                outcome.hints.append("budget\(clause.comparison) needs an amount in euros: 500k, 1m, 1.5bn")
                return nil
            }
            guard let amount = Self.parseAmount(value) else {
                outcome.fail(
                    "budget\(clause.comparison)\(value) is not an amount: use euros with k, m or bn, e.g. budget>1m")
                return nil
            }
            let comparison = clause.comparison
            return Bitmap(count: catalog.count) { position in
                let budget = catalog.budgets[position]
                guard !budget.isNaN else { return false }
                switch comparison {
                case ">": return budget > amount
                case ">=": return budget >= amount
                case "<": return budget < amount
                default: return budget <= amount
                }
            }
        default:
            guard clause.comparison == ":" else {
                outcome.fail("\(name) takes a value after a colon: \(name):VALUE")
                return nil
            }
            let values = values(of: clause.qualifier)
            let typed = value.split(separator: ",").map { String($0) }.filter {
                !TextTokenizer.terms($0).isEmpty
            }
            guard !typed.isEmpty else {
                outcome.hints.append("\(name): needs a value: \(Self.list(values, of: clause.qualifier))")
                return nil
            }
            var selected: Set<Int> = []
            for text in typed {
                let matches = Self.match(text, in: values)
                if matches.isEmpty {
                    outcome.fail(
                        "unknown \(clause.qualifier.noun) \"\(text)\": valid values are \(Self.list(values, of: clause.qualifier))")
                    outcome.suggestions += Suggestions.nearest(to: text, among: values.map(\.id))
                        .map { "\(name):\($0)" }
                } else {
                    if matches.count > 1 {
                        outcome.hints.append(
                            "\(name):\(text) matches \(matches.map { values[$0].id }.joined(separator: ", "))")
                    }
                    selected.formUnion(matches)
                }
            }
            guard !selected.isEmpty else { return nil }
            return bitmap(for: clause.qualifier, values: selected)
        }
    }

    /// The programmes that have any of `values` (positions in `values(of: qualifier)`).
    func bitmap(for qualifier: Qualifier, values: Set<Int>) -> Bitmap {
        let count = catalog.count
        let wanted = CodeTable(values)
        switch qualifier {
        case .government: return Bitmap(count: count) { wanted.contains(catalog.governments[$0]) }
        case .pillar:
            let mask = values.reduce(UInt32(0)) { $1 < 32 ? $0 | (1 << UInt32($1)) : $0 }
            return Bitmap(count: count) { catalog.pillarMasks[$0] & mask != 0 }
        case .organisation: return Bitmap(count: count, positions: values, of: catalog.leadPositions)
        case .kind: return Bitmap(count: count) { wanted.contains(catalog.kinds[$0]) }
        case .status: return Bitmap(count: count) { wanted.contains(catalog.statuses[$0]) }
        case .role: return Bitmap(count: count) { wanted.contains(catalog.roles[$0]) }
        case .target: return Bitmap(count: count, positions: values, of: catalog.targetPositions)
        case .year, .budget: return Bitmap(count: count)
        }
    }

    /// The values `text` selects: the one it names exactly; else those whose id or a name starts
    /// with it; else those with a word of a name starting with it.
    static func match(_ text: String, in values: [QualifierValue]) -> [Int] {
        let typed = TextTokenizer.terms(text).joined(separator: " ")
        guard !typed.isEmpty else { return [] }
        let exact = values.indices.filter { values[$0].keys.contains(typed) }
        if !exact.isEmpty { return exact }
        let prefixed = values.indices.filter { values[$0].keys.contains { $0.hasPrefix(typed) } }
        if !prefixed.isEmpty { return prefixed }
        return values.indices.filter { values[$0].keys.contains { $0.contains(" " + typed) } }
    }

    private static func list(_ values: [QualifierValue], of qualifier: Qualifier) -> String {
        let ids = values.map(\.id)
        if ids.count <= 24 { return ids.joined(separator: ", ") }
        return ids.prefix(12).joined(separator: ", ") + ", … (\(ids.count) in all)"
    }

    /// `2021`, `2019-2021`, `2019..2021`.
    static func parseYears(_ text: String) -> ClosedRange<Int>? {
        let parts = text.replacingOccurrences(of: "..", with: "-").split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return nil }
        let years = parts.compactMap { part -> Int? in
            guard part.count == 4, let year = Int(part) else { return nil }
            return year
        }
        guard years.count == parts.count, let first = years.first, let last = years.last, first <= last else {
            return nil
        }
        return first...last
    }

    /// An amount in euros: `500k`, `1m`, `1.5m`, `2,5 m`, `1bn`, `€20m`, `EUR 3000000`.
    static func parseAmount(_ text: String) -> Double? {
        var rest = text.lowercased().replacingOccurrences(of: " ", with: "")
        for marker in ["€", "eur"] where rest.hasPrefix(marker) { rest.removeFirst(marker.count) }
        for marker in ["€", "eur"] where rest.hasSuffix(marker) { rest.removeLast(marker.count) }
        let multipliers: [(String, Double)] = [
            ("billion", 1e9), ("bn", 1e9), ("b", 1e9), ("million", 1e6), ("mn", 1e6), ("m", 1e6),
            ("thousand", 1e3), ("k", 1e3),
        ]
        var multiplier = 1.0
        for (suffix, value) in multipliers where rest.hasSuffix(suffix) {
            rest.removeLast(suffix.count)
            multiplier = value
            break
        }
        if !rest.contains("."), rest.filter({ $0 == "," }).count == 1, !rest.hasSuffix(",") {
            let afterComma = rest.split(separator: ",").last ?? ""
            rest = afterComma.count == 3 && multiplier == 1 ? rest.replacingOccurrences(of: ",", with: "")
                : rest.replacingOccurrences(of: ",", with: ".")
        } else {
            rest = rest.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "_", with: "")
        }
        guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            let number = Double(rest), number.isFinite
        else { return nil }
        return number * multiplier
    }
}

extension Qualifier {
    /// The word for its values in messages: "government", "organisation", ...
    var noun: String {
        switch self {
        case .government: "government"
        case .pillar: "pillar"
        case .organisation: "organisation"
        case .kind: "kind"
        case .status: "status"
        case .role: "role"
        case .target: "target group"
        case .year: "year"
        case .budget: "budget"
        }
    }
}

/// A set of value codes looked up in a table rather than hashed: `bitmap(for:values:)` asks it once
/// per programme.
private struct CodeTable {
    private let flags: [Bool]

    init(_ values: Set<Int>) {
        var flags = [Bool](repeating: false, count: max(0, (values.max() ?? -1) + 1))
        for value in values where value >= 0 { flags[value] = true }
        self.flags = flags
    }

    func contains(_ code: some BinaryInteger) -> Bool {
        code >= 0 && code < flags.count && flags[Int(code)]
    }
}
