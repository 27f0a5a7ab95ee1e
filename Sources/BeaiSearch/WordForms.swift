/// The forms of a word in English, French and Dutch: a deliberately light stemmer.
///
/// The data mixes the three languages in the same fields and people type any of them, often
/// without saying which; so one set of rules serves every word. The rules cover inflection only
/// (plurals, English `-ing` and `-ed`, French and Dutch feminine and adjective endings, Dutch vowel
/// doubling and `f`/`v`, `s`/`z` alternation) and British/American spelling; derivation
/// (`national` / `nation`, `research` / `researcher`) is left alone, because every word of a query
/// must match and a broader stem would let unrelated words match each other.
///
/// Rules never decide alone: a word's *bases* are every word it could be a form of (`companies` →
/// `company`, `bedrijven` → `bedrijf`, `funding` → `fund`), and two words are the same word when
/// they share a base. A query word is only ever expanded to words the index holds, found by
/// generating the forms of its bases and looking them up, so a rule that misfires on a word of
/// another language costs nothing unless both words are in the data.
///
/// Words are folded (lowercase, no diacritics); a word with anything but the letters `a`–`z` (a
/// digit, another script) is only ever itself.
enum WordForms {
    /// One inflection: a word ending in `inflected` is a form of the word ending in `base` instead,
    /// when at least `stem` letters, one of them a vowel, come before the ending.
    struct Ending: Sendable {
        let inflected: [UInt8]
        let base: [UInt8]
        let stem: Int

        init(_ inflected: String, _ base: String, stem: Int) {
            self.inflected = Array(inflected.utf8)
            self.base = Array(base.utf8)
            self.stem = stem
        }

        /// The base `word` is a form of by this rule, if it applies.
        func base(of word: [UInt8]) -> [UInt8]? {
            guard word.count >= inflected.count + stem, word.ends(with: inflected) else { return nil }
            let stemPart = word.dropLast(inflected.count)
            guard stemPart.contains(where: WordForms.isVowel) else { return nil }
            return Array(stemPart) + base
        }

        /// The form of `base` by this rule, if it applies: the inverse of `base(of:)`.
        func inflection(of base: [UInt8]) -> [UInt8]? {
            guard base.count >= self.base.count + stem, base.ends(with: self.base) else { return nil }
            let stemPart = base.dropLast(self.base.count)
            guard stemPart.contains(where: WordForms.isVowel) else { return nil }
            return Array(stemPart) + inflected
        }
    }

    /// The endings, in no particular order: every rule that applies gives a candidate.
    static let endings: [Ending] = [
        // English and French plurals (`smes`, `entreprises`), English verbs (`funds`, `uses`).
        Ending("s", "", stem: 2), Ending("es", "", stem: 3), Ending("ies", "y", stem: 2),
        // English verb endings (`funding`, `funded`, `coding`, `used`, `applied`).
        Ending("ing", "", stem: 3), Ending("ing", "e", stem: 2), Ending("ed", "", stem: 3),
        Ending("ed", "e", stem: 2), Ending("ied", "y", stem: 2),
        // French plurals and feminines (`nouveaux`, `régionaux`, `artificielle`, `européenne`,
        // `innovative`).
        Ending("x", "", stem: 3), Ending("aux", "al", stem: 2), Ending("elle", "el", stem: 3),
        Ending("enne", "en", stem: 3), Ending("ive", "if", stem: 3),
        // Dutch plurals (`projecten`, `werkzoekenden`, `bedrijven`, `huizen`, `kinderen`, `mogelijkheden`) and
        // adjective endings (`kunstmatige`, `menselijke`).
        Ending("en", "", stem: 3), Ending("en", "e", stem: 3), Ending("ven", "f", stem: 3), Ending("zen", "s", stem: 3),
        Ending("eren", "", stem: 3), Ending("heden", "heid", stem: 2), Ending("ige", "ig", stem: 3),
        Ending("lijke", "lijk", stem: 2),
    ]

    /// Endings after which a doubled final consonant is one letter in the base: `planning` → `plan`,
    /// British `modelling` → `model`, Dutch `bussen` → `bus`.
    static let doublingEndings: [[UInt8]] = [Array("ing".utf8), Array("ed".utf8), Array("en".utf8)]

    /// Endings after which Dutch writes a long vowel single: `scholen` → `school`, `digitale` →
    /// `digitaal`, `talen` → `taal`.
    static let openSyllableEndings: [[UInt8]] = [Array("en".utf8), Array("e".utf8)]

    /// British and American spellings of the end of a base, each pair read both ways:
    /// `digitalisation` / `digitalization`, `centre` / `center`, `programme` / `program`,
    /// `labour` / `labor`, `analyse` / `analyze`, `catalogue` / `catalog`, `licence` / `license`.
    static let spellings: [(british: Ending, american: Ending)] = [
        ("isation", "ization", 2), ("ise", "ize", 2), ("iser", "izer", 2), ("yse", "yze", 2), ("our", "or", 3),
        ("tre", "ter", 2), ("bre", "ber", 2), ("gramme", "gram", 1), ("ogue", "og", 2), ("cence", "cense", 1),
        ("fence", "fense", 1),
    ].map { (Ending($0.0, "", stem: $0.2), Ending($0.1, "", stem: $0.2)) }

    /// Words whose final `s` is not a plural (`its` is not `it`, the IT of IT skills).
    static let invariable: Set<[UInt8]> = ["its", "news", "series", "species", "this", "thus", "bus", "gas"]
        .map { Array($0.utf8) }.reduce(into: []) { $0.insert($1) }

    /// Words longer than this are only ever themselves.
    static let maximumLength = 40

    /// Every word `word` could be a form of, `word` first.
    static func bases(of word: String) -> [String] {
        let bytes = Array(word.utf8)
        guard isPlain(bytes) else { return [word] }
        return unique([bytes] + bases(ofBytes: bytes)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The bases of `word` and their other spellings, `word` first: two words with one of these in
    /// common are forms of the same word.
    static func canonical(of word: String) -> [String] {
        let bytes = Array(word.utf8)
        guard isPlain(bytes) else { return [word] }
        return canonicalBytes(bytes).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every word that may be a form of `word` (its bases, their spellings and their inflections),
    /// `word` first; the words of the index among them are its forms.
    ///
    /// `isExtended(base)` says whether some longer word starts with `base` (a word of the index,
    /// say): when not, the endings that only add letters to it are not tried.
    /// `canonical`, when given, is `canonical(of: word)`, already worked out.
    static func candidates(
        of word: String, canonical known: [String]? = nil, isExtended: (String) -> Bool = { _ in true }
    ) -> [String] {
        let bytes = Array(word.utf8)
        guard isPlain(bytes) else { return [word] }
        let canonical = known.map { $0.map { Array($0.utf8) } } ?? canonicalBytes(bytes)
        var found = canonical
        for base in canonical {
            found += inflections(ofBytes: base, adding: isExtended(String(decoding: base, as: UTF8.self)))
        }
        // Left with repeats: the words are only looked up.
        return found.map { String(decoding: $0, as: UTF8.self) }
    }

    /// True when `a` and `b` are forms of one word (`sme` / `smes`, `centre` / `centers`).
    static func sameWord(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let left = canonical(of: a)
        let right = Set(canonical(of: b))
        return left.contains(where: right.contains)
    }

    /// The forms of `base`: every inflection the rules give, without `base` itself.
    static func inflections(of base: String) -> [String] {
        let bytes = Array(base.utf8)
        guard isPlain(bytes) else { return [] }
        return unique(inflections(ofBytes: bytes)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The other spellings of `word` (British for American and the reverse).
    static func spellings(of word: String) -> [String] {
        let bytes = Array(word.utf8)
        guard isPlain(bytes) else { return [] }
        return unique(spellings(ofBytes: bytes)).map { String(decoding: $0, as: UTF8.self) }
    }

    // MARK: - Rules on bytes

    private static func canonicalBytes(_ word: [UInt8]) -> [[UInt8]] {
        let bases = [word] + bases(ofBytes: word)
        return unique(bases + bases.flatMap(spellings(ofBytes:)))
    }

    private static func bases(ofBytes word: [UInt8]) -> [[UInt8]] {
        guard !invariable.contains(word) else { return [] }
        var found = endings.compactMap { $0.base(of: word) }
        for ending in doublingEndings where word.count >= ending.count + 4 && word.ends(with: ending) {
            let stem = word.dropLast(ending.count)
            let last = stem[stem.endIndex - 1]
            guard stem[stem.endIndex - 2] == last, !isVowel(last), stem.dropLast(2).contains(where: isVowel) else { continue }
            found.append(Array(stem.dropLast()))
        }
        for ending in openSyllableEndings where word.count >= ending.count + 3 && word.ends(with: ending) {
            let stem = Array(word.dropLast(ending.count))
            let consonant = stem[stem.count - 1]
            let vowel = stem[stem.count - 2]
            let before = stem[stem.count - 3]
            guard isLongVowel(vowel), !isVowel(consonant), !isVowel(before) else { continue }
            found.append(Array(stem.dropLast()) + [vowel, consonant])
        }
        return found
    }

    /// The inflections of `base`; with `adding` false, only those that change its last letters
    /// (every other one starts with `base` and is longer).
    private static func inflections(ofBytes base: [UInt8], adding: Bool = true) -> [[UInt8]] {
        var found = endings.compactMap { ending in adding || !ending.base.isEmpty ? ending.inflection(of: base) : nil }
        if adding, base.count >= 3, let last = base.last, !isVowel(last), isVowel(base[base.count - 2]) {
            for ending in doublingEndings { found.append(base + [last] + ending) }
        }
        if base.count >= 4 {
            let consonant = base[base.count - 1]
            let vowel = base[base.count - 2]
            if isLongVowel(vowel), base[base.count - 3] == vowel, !isVowel(consonant), !isVowel(base[base.count - 4]) {
                let short = Array(base.dropLast(2)) + [consonant]
                for ending in openSyllableEndings { found.append(short + ending) }
            }
        }
        return found.filter { !invariable.contains($0) }
    }

    private static func spellings(ofBytes word: [UInt8]) -> [[UInt8]] {
        var found: [[UInt8]] = []
        for pair in spellings {
            if let stem = pair.british.base(of: word), let other = pair.american.inflection(of: stem) { found.append(other) }
            if let stem = pair.american.base(of: word), let other = pair.british.inflection(of: stem) { found.append(other) }
        }
        return found
    }

    static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
            UInt8(ascii: "y"): true
        default: false
        }
    }

    /// The vowels Dutch doubles in a closed syllable.
    private static func isLongVowel(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "o") || byte == UInt8(ascii: "u")
    }

    /// Lowercase `a`–`z` only, and not too long.
    private static func isPlain(_ bytes: [UInt8]) -> Bool {
        bytes.count <= maximumLength && bytes.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }

    /// `words` without repeats, in order: a handful, compared one by one.
    private static func unique(_ words: [[UInt8]]) -> [[UInt8]] {
        var kept: [[UInt8]] = []
        kept.reserveCapacity(words.count)
        for word in words where !kept.contains(word) { kept.append(word) }
        return kept
    }
}

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
