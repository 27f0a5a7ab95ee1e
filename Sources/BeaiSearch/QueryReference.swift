/// The query language in brief: what a user can type and what it finds. The one list the manual
/// page and the explorer's search prompt are made from.
public enum QueryReference {
    /// Syntax and meaning, in the order the manual lists them.
    public static let entries: [(syntax: String, meaning: String)] = [
        ("digital wallonia", "programmes with every word, in any field and order; case and accents never matter"),
        ("trempl", "in the explorer the last word also matches longer words while you type; elsewhere write trempl*"),
        ("tremplinn", "a word the index lacks finds the nearest words it holds (typos forgiven)"),
        ("\"machine learning\"", "the words next to each other, in that order"),
        ("-research", "leaves out programmes with the word or phrase"),
        ("gov:wallonia", "one government, by id or by name in English, French or Dutch (also region:)"),
        ("pillar:skills", "a pillar, primary or secondary, by id or name"),
        ("org:innoviris", "a lead organisation, by id, name or alias"),
        ("kind:fund status:active target:smes", "a kind, status or target group; a unique start is enough"),
        ("role:initiative", "initiatives (a government acts), recommendations or context"),
        ("year:2021 year:2019-2021", "running in that year or period"),
        ("budget>1m budget<500k", "the programme's own largest budget amount, in euros with k, m, bn"),
        ("gov:flanders,wallonia", "either value; different qualifiers must all hold; -gov:federal excludes"),
    ]

    /// The qualifiers, as the search prompt lists them.
    public static let qualifiers = ["gov:", "pillar:", "role:", "org:", "kind:", "status:", "target:", "year:", "budget>1m", "budget<500k"]

    /// The entries as plain text for the manual: the syntax, then its meaning indented below,
    /// each line starting with a space so that roff breaks the line there instead of filling.
    public static var manual: String {
        entries.map { "  \($0.syntax)\n      \($0.meaning)" }.joined(separator: "\n")
    }
}
