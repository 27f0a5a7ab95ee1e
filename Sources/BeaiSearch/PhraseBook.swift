import BeaiDomain
import Foundation

/// A value of a qualifier that words of a query name (`brussels` → `gov:brussels`).
struct NamedValue: Sendable, Hashable {
    let qualifier: Qualifier
    /// Position in `QualifierResolver.values(of: qualifier)`.
    let value: Int
}

/// The phrases a query's words can spell beyond the index's own words: the terms of the
/// dataset's synonym groups, and the names of the values of the government, pillar, kind and
/// target qualifiers. Found by the words typed, whatever their form (`small businesses` is the
/// term `small business`, `startups` the target `start-ups`).
struct PhraseBook: Sendable {
    /// What a phrase is.
    enum Meaning: Sendable, Equatable {
        /// A term of synonym group `group`.
        case synonym(group: Int)
        /// A name of value `value` of `qualifier`.
        case value(Qualifier, Int)
    }

    /// One phrase, with the forms its words and its letters run together can take.
    struct Phrase: Sendable {
        let words: [String]
        /// The words run together.
        let joined: String
        let meaning: Meaning
        fileprivate let wordForms: [Set<String>]
        fileprivate let joinedForms: Set<String>
    }

    /// The folded words of each term of each group.
    let groupWords: [[[String]]]
    /// The qualifier values each group's terms name (`kids` → `target:pupils`).
    let groupMeanings: [[NamedValue]]
    private let phrases: [Phrase]
    /// Phrases by the first two letters of their words run together.
    private let byStart: [String: [Int]]

    /// Phrases of more words than this are never looked for.
    static let maximumWords = 6

    init(synonyms: [SynonymGroup], qualifiers: QualifierResolver) {
        var known: [String: [String]] = [:]
        func forms(_ word: String) -> [String] {
            if let forms = known[word] { return forms }
            let forms = WordForms.canonical(of: word)
            known[word] = forms
            return forms
        }
        var phrases: [Phrase] = []
        var words: [[[String]]] = []
        for (group, synonym) in synonyms.enumerated() {
            var termWords: [[String]] = []
            for text in synonym.terms {
                let folded = TextTokenizer.terms(text)
                termWords.append(folded)
                if let phrase = Self.phrase(words: folded, meaning: .synonym(group: group), forms: forms) {
                    phrases.append(phrase)
                }
            }
            words.append(termWords)
        }
        groupWords = words
        for qualifier in [Qualifier.government, .pillar, .kind, .target] {
            for (offset, value) in qualifiers.values(of: qualifier).enumerated() {
                for name in Self.names(of: value, qualifier: qualifier) {
                    if let phrase = Self.phrase(words: TextTokenizer.terms(name), meaning: .value(qualifier, offset), forms: forms) {
                        phrases.append(phrase)
                    }
                }
            }
        }
        var byStart: [String: [Int]] = [:]
        for (offset, phrase) in phrases.enumerated() {
            byStart[Self.start(phrase.words.joined()), default: []].append(offset)
        }
        self.phrases = phrases
        self.byStart = byStart
        groupMeanings = words.map { terms in
            var found: [NamedValue] = []
            for term in terms {
                for phrase in Self.phrases(spelledBy: term, among: phrases, byStart: byStart, forms: forms) {
                    if case let .value(qualifier, value) = phrase.meaning {
                        let named = NamedValue(qualifier: qualifier, value: value)
                        if !found.contains(named) { found.append(named) }
                    }
                }
            }
            return found
        }
    }

    /// The names a value is known by: its id and names, and for pillars and governments each part
    /// of a name ("Skills & education" → "skills", "education"; "Federal / national" → "national").
    private static func names(of value: QualifierValue, qualifier: Qualifier) -> [String] {
        var names = value.names
        if qualifier == .pillar || qualifier == .government {
            for name in value.names {
                let parts = name.split(whereSeparator: { $0 == "&" || $0 == "," || $0 == "/" })
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                if parts.count > 1 { names += parts }
            }
        }
        return names
    }

    private static func phrase(words: [String], meaning: Meaning, forms: (String) -> [String]) -> Phrase? {
        guard !words.isEmpty, words.count <= maximumWords else { return nil }
        let joined = words.joined()
        return Phrase(
            words: words, joined: joined, meaning: meaning, wordForms: words.map { Set(forms($0)) },
            joinedForms: Set(forms(joined)))
    }

    /// Forms of a word change its last letters only: two runs of letters whose forms may meet
    /// start alike and differ in length by a few letters.
    private static func mayMeet(_ a: String, _ b: String) -> Bool {
        let (left, right) = (a.utf8.count, b.utf8.count)
        guard abs(left - right) <= 6 else { return false }
        let shared = max(0, min(left, right) - 6)
        return a.utf8.prefix(shared).elementsEqual(b.utf8.prefix(shared))
    }

    private static func start(_ joined: String) -> String { String(joined.prefix(2)) }

    /// The phrases that `words` (folded, as typed) spell: word by word, each word in any of its
    /// forms, or with the letters run together (`job seekers`, `jobseekers`, `job-seekers`).
    func phrases(spelledBy words: [String], forms: (String) -> [String]) -> [Phrase] {
        Self.phrases(spelledBy: words, among: phrases, byStart: byStart, forms: forms)
    }

    private static func phrases(
        spelledBy words: [String], among phrases: [Phrase], byStart: [String: [Int]], forms: (String) -> [String]
    ) -> [Phrase] {
        guard !words.isEmpty, words.count <= Self.maximumWords else { return [] }
        let joined = words.joined()
        guard let candidates = byStart[Self.start(joined)] else { return [] }
        let wordForms = words.map(forms)
        var joinedForms: [String]?
        return candidates.map { phrases[$0] }.filter { phrase in
            if phrase.wordForms.count == wordForms.count,
                zip(phrase.wordForms, wordForms).allSatisfy({ !$0.0.isDisjoint(with: $0.1) })
            {
                return true
            }
            guard mayMeet(phrase.joined, joined) else { return false }
            let together = joinedForms ?? forms(joined)
            joinedForms = together
            return !phrase.joinedForms.isDisjoint(with: together)
        }
    }
}
