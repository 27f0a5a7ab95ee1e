/// Words a query can do without: the function words of English, French and Dutch and the words
/// of a question ("which", "waar", "comment"), which a search ignores outside quotes and which
/// name matching skips on both sides ("women in tech" is exactly the name "Women in Tech").
///
/// Folded forms (`à` is `a`, `où` is `ou`). Words that carry meaning in this data stay out even
/// where a language counts them as function words: `it` (IT skills), `up` (start-up, team up),
/// `not`, `all`, `new`, `more`, numbers.
enum StopWords {
    static let words: Set<String> = english.union(french).union(dutch)

    /// True when `word` (folded) is a stop word.
    static func contains(_ word: String) -> Bool { words.contains(word) }

    private static let english: Set<String> = [
        "a", "an", "the", "of", "for", "in", "on", "at", "to", "by", "with", "from", "into", "about", "and", "or",
        "as", "than", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "can",
        "could", "will", "would", "should", "what", "which", "who", "whom", "whose", "where", "when", "how", "why",
        "that", "this", "these", "those", "there", "any", "some", "i", "me", "my", "we", "us", "our", "you",
        "your", "they", "them", "their", "its", "s", "want", "need", "looking", "find", "show", "please", "tell",
        "get",
    ]

    private static let french: Set<String> = [
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "ou", "en", "au", "aux", "pour", "par",
        "dans", "sur", "avec", "sans", "ce", "cet", "cette", "ces", "qui", "que", "qu", "quoi", "quel", "quelle",
        "quels", "quelles", "est", "sont", "il", "elle", "ils", "elles", "je", "j", "nous", "vous", "mon", "ma",
        "mes", "son", "sa", "ses", "leur", "leurs", "y", "se", "ne", "pas", "comment", "quand",
    ]

    private static let dutch: Set<String> = [
        "de", "het", "een", "en", "of", "van", "voor", "in", "op", "met", "aan", "bij", "door", "naar", "om", "te",
        "tot", "uit", "is", "zijn", "wat", "welke", "wie", "waar", "hoe", "wanneer", "die", "dat", "deze", "dit",
        "er", "ik", "mijn", "we", "wij", "jullie", "hun", "ook", "als", "zoals", "t", "kan", "kunnen", "onze", "ons",
    ]

    /// Words a question starts with ("which programmes fund...", "quelles aides...", "welke
    /// opleidingen..."): a query that starts with one, or ends with a question mark, is read as a
    /// question, and words of it that no programme holds are left out rather than matching nothing.
    static let questionWords: Set<String> = [
        "what", "which", "who", "where", "when", "how", "why", "is", "are", "does", "do", "can", "could", "should",
        "any", "qui", "que", "quel", "quelle", "quels", "quelles", "comment", "quand", "existe", "wat", "welke",
        "wie", "waar", "wanneer", "hoe", "zijn", "kan", "bestaat",
    ]

    /// Nouns that every programme is an instance of ("which programmes...", "schemes for..."):
    /// outside quotes they never narrow a search, but a programme of the kind they name, or whose
    /// name holds them, ranks higher.
    static let generic: [String] = ["programme", "scheme", "initiative", "measure", "instrument"]

    /// True for a word whose canonical forms (`WordForms.canonical(of:)`) are those of a generic
    /// noun (`programs`, `initiatives`).
    static func isGeneric(forms: [String]) -> Bool {
        forms.contains(where: genericForms.contains)
    }

    private static let genericForms = Set(generic.flatMap(WordForms.canonical(of:)))
}
