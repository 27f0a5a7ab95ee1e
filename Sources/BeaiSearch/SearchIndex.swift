import BeaiDomain
import Foundation
import GRDB
import Synchronization

/// The full-text index of a dataset's programmes: SQLite FTS5 (through GRDB) in memory, with BM25
/// ranking by field weight, prefix matching of the word being typed, typo correction from the
/// index vocabulary, qualifiers, facets and highlight ranges.
///
/// Built once from a dataset and read-only afterwards: `search` may be called from any thread.
func cpu() -> Double { var t = timespec(); clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t); return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9 }
public final class SearchIndex: Sendable {
    /// The dataset the index was built from.
    public let dataset: Dataset
    let catalog: ProgrammeCatalog
    let vocabulary: TermVocabulary
    let names: NameIndex
    let qualifiers: QualifierResolver
    private let database: DatabaseQueue

    /// Matches up to this many are ranked by BM25 in SQLite; beyond it, computing BM25 for every
    /// match costs more than a keystroke allows, and results are ordered by match tier, then name
    /// length, then tree order.
    public static let bm25Limit = 4000

    /// Builds the index in memory. The FTS5 table and the in-memory catalog are built at the
    /// same time, on two threads.
    public init(dataset: Dataset) throws(SearchError) {
        self.dataset = dataset
        let c0 = cpu()
        let (ordered, nameTerms) = ProgrammeCatalog.treeOrder(dataset)
        print("order cpu", cpu() - c0)
        let database: DatabaseQueue
        do {
            var configuration = Configuration()
            configuration.label = "beai search index"
            database = try DatabaseQueue(configuration: configuration)
        } catch {
            throw SearchError("cannot open an in-memory database for the search index: \(error)")
        }
        let indexed = Mutex<Result<[(term: String, documents: Int)], any Error>?>(nil)
        let built = Mutex<ProgrammeCatalog?>(nil)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            let c1 = cpu()
            defer { print("part", part, cpu() - c1) }
            if part == 0 {
                let result = Result {
                    try database.write { db in try Self.createIndex(db, dataset: dataset, programmes: ordered) }
                    return try database.read { db in
                        try Row.fetchAll(db, sql: "SELECT term, doc FROM programme_terms").map {
                            (term: $0[0] as String, documents: $0[1] as Int)
                        }
                    }
                }
                indexed.withLock { $0 = result }
            } else {
                let catalog = ProgrammeCatalog(dataset: dataset, programmes: ordered, nameTerms: nameTerms)
                built.withLock { $0 = catalog }
            }
        }
        guard let catalog = built.withLock({ $0 }), let result = indexed.withLock({ $0 }) else {
            throw SearchError("cannot build the search index")
        }
        let terms: [(term: String, documents: Int)]
        do {
            terms = try result.get()
        } catch {
            throw SearchError("cannot build the search index: \(error)")
        }
        self.database = database
        self.catalog = catalog
        vocabulary = TermVocabulary(terms: terms)
        names = NameIndex(variants: catalog.nameVariantTerms, vocabulary: vocabulary)
        qualifiers = QualifierResolver(catalog: catalog)
    }

    private static func createIndex(_ db: Database, dataset: Dataset, programmes: [Programme]) throws {
        let columns = IndexedField.allCases.map(\.column).joined(separator: ", ")
        try db.execute(sql: """
            CREATE VIRTUAL TABLE programme_text USING fts5(
                \(columns), content='', tokenize='unicode61 remove_diacritics 2')
            """)
        // One transaction of inserts, merged once at the end, builds fastest.
        try db.execute(sql: "INSERT INTO programme_text(programme_text, rank) VALUES('automerge', 0)")
        try db.execute(sql: "CREATE VIRTUAL TABLE programme_terms USING fts5vocab(programme_text, row)")
        let placeholders = Array(repeating: "?", count: IndexedField.allCases.count + 1).joined(separator: ", ")
        let insert = try db.makeStatement(sql: "INSERT INTO programme_text(rowid, \(columns)) VALUES (\(placeholders))")
        var texts = FieldTextCache(dataset: dataset)
        var all: [StatementArguments] = []
        let c2 = cpu()
        for (position, programme) in programmes.enumerated() {
            var values: [(any DatabaseValueConvertible)?] = [position + 1]
            for field in IndexedField.allCases { values.append(texts.text(field, of: programme)) }
            all.append(StatementArguments(values))
        }
        let c3 = cpu()
        for a in all { try insert.execute(arguments: a) }
        let c4 = cpu()
        print("texts", c3 - c2, "insert", c4 - c3)
        try db.execute(sql: "INSERT INTO programme_text(programme_text) VALUES('optimize')")
        print("optimize", cpu() - c4)
    }

    /// Searches; never throws and never traps. An empty or unusable query gives no results and a
    /// hint saying why.
    public func search(_ query: String, limit: Int = 50) -> SearchResults {
        SearchRun(index: self, text: query, limit: max(0, limit)).results()
    }

    /// Tab completion of the last token typed: qualifier names (`pil` → `pillar:`) and their values
    /// (`gov:wal` → `gov:wallonia`, `kind:fu` → `kind:fund`, `kind:funding`).
    public func completions(for token: String) -> [String] {
        Completion(resolver: qualifiers).completions(for: token)
    }

    // MARK: - SQL

    /// Runs `expression` and returns each matching position, with its BM25 score when `ranked`.
    func matches(_ expression: String, ranked: Bool) -> [(position: Int, bm25: Double)]? {
        let weights = IndexedField.allCases.map { String($0.weight) }.joined(separator: ", ")
        let sql = ranked
            ? "SELECT rowid, bm25(programme_text, \(weights)) FROM programme_text WHERE programme_text MATCH ?"
            : "SELECT rowid, 0.0 FROM programme_text WHERE programme_text MATCH ?"
        do {
            return try database.read { db in
                let statement = try db.cachedStatement(sql: sql)
                let rows = try Row.fetchCursor(statement, arguments: [expression])
                var found: [(position: Int, bm25: Double)] = []
                while let row = try rows.next() {
                    found.append((Int(row[0] as Int64) - 1, row[1] as Double))
                }
                return found
            }
        } catch {
            return nil
        }
    }
}

/// The text of each field as the index stores it, with the government and pillar texts that
/// many programmes share computed once.
struct FieldTextCache {
    let dataset: Dataset
    private var shared: [String: String] = [:]

    init(dataset: Dataset) { self.dataset = dataset }

    mutating func text(_ field: IndexedField, of programme: Programme) -> String {
        let key: String
        switch field {
        case .government: key = "g\u{1}" + programme.government
        case .pillar: key = "p\u{1}" + ([programme.pillar] + programme.pillars).joined(separator: "\u{1}")
        case .lead: key = "l\u{1}" + programme.lead.joined(separator: "\u{1}")
        default: return field.text(of: programme, in: dataset)
        }
        if let text = shared[key] { return text }
        let text = field.text(of: programme, in: dataset)
        shared[key] = text
        return text
    }
}
