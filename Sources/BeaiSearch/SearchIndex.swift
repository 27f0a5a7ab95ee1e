import BeaiDomain
import Foundation
import GRDB
import GRDBSQLite
import Synchronization

/// The full-text index of a dataset's programmes: SQLite FTS5 (through GRDB) in memory, with BM25
/// ranking by field weight, prefix matching of the word being typed, typo correction from the
/// index vocabulary, qualifiers, facets and highlight ranges.
///
/// Built once from a dataset and read-only afterwards: `search` may be called from any thread.
public final class SearchIndex: Sendable {
    /// The dataset the index was built from.
    public let dataset: Dataset
    let catalog: ProgrammeCatalog
    let vocabulary: TermVocabulary
    let names: NameIndex
    let qualifiers: QualifierResolver
    let phrases: PhraseBook
    /// The synonym groups' terms as alternatives a query may match through.
    let synonyms: [[QueryPlan.Alternative]]
    let texts: FieldTexts
    private let database: DatabaseQueue

    /// Queries that may match up to this many programmes (estimated from the vocabulary's document
    /// counts) are ranked by BM25 in SQLite; beyond it, BM25 for every match costs more than a
    /// keystroke allows, and results are ordered by match tier, then name length, then tree order.
    public static let bm25Limit = 1000

    /// Builds the index in memory, on two threads: one prepares each programme's text and then
    /// the in-memory catalog, the other feeds the text to FTS5 as it comes.
    public init(dataset: Dataset) throws(SearchError) {
        self.dataset = dataset
        let ordered = ProgrammeCatalog.treeOrder(dataset)
        let database: DatabaseQueue
        do {
            var configuration = Configuration()
            configuration.label = "beai search index"
            database = try DatabaseQueue(configuration: configuration)
        } catch {
            throw SearchError("cannot open an in-memory database for the search index: \(error)")
        }
        let pipeline = RowPipeline()
        let indexed = Mutex<Result<[(term: String, documents: Int)], any Error>?>(nil)
        let built = Mutex<ProgrammeCatalog?>(nil)
        // The rows are prepared on a thread of its own (not a dispatch worker, which might wait
        // for the indexer below to finish before it ran) and indexed on this one.
        let prepared = DispatchSemaphore(value: 0)
        let preparer = Thread {
            var rows = IndexRowBuilder(dataset: dataset)
            for start in stride(from: 0, to: ordered.count, by: RowPipeline.chunkSize) {
                let end = min(start + RowPipeline.chunkSize, ordered.count)
                pipeline.put(ordered[start..<end].map { rows.texts(of: $0) })
            }
            pipeline.finish()
            let catalog = ProgrammeCatalog(dataset: dataset, programmes: ordered)
            built.withLock { $0 = catalog }
            prepared.signal()
        }
        preparer.stackSize = 8 << 20
        preparer.start()
        let result = Result {
            try database.write { db in try Self.createIndex(db, rows: pipeline) }
            return try database.read { db in
                try Row.fetchAll(db, sql: "SELECT term, doc FROM programme_terms").map {
                    (term: $0[0] as String, documents: $0[1] as Int)
                }
            }
        }
        pipeline.drain()
        indexed.withLock { $0 = result }
        prepared.wait()
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
        phrases = PhraseBook(synonyms: dataset.synonyms, qualifiers: qualifiers)
        synonyms = QueryPlanner(vocabulary: vocabulary, phrases: phrases, synonyms: []).synonymAlternatives()
        texts = FieldTexts(dataset: dataset)
    }

    /// Creates the FTS5 table and inserts the rows `rows` delivers; rowid = position + 1.
    private static func createIndex(_ db: Database, rows: RowPipeline) throws {
        let columns = IndexedField.allCases.map(\.column).joined(separator: ", ")
        // Larger pages, and FTS5 leaves to match, build 100,000 programmes about a fifth faster.
        try db.execute(sql: "PRAGMA page_size = 16384")
        try db.execute(sql: """
            CREATE VIRTUAL TABLE programme_text USING fts5(
                \(columns), content='', tokenize='unicode61 remove_diacritics 2')
            """)
        // One transaction of inserts with no merging of segments at all builds fastest: merging
        // (automatic, or an 'optimize' at the end) cost 15-25% of the build at 100,000 programmes
        // and gained the queries nothing measurable (BENCHMARKS.md).
        try db.execute(sql: "INSERT INTO programme_text(programme_text, rank) VALUES('automerge', 0)")
        try db.execute(sql: "INSERT INTO programme_text(programme_text, rank) VALUES('crisismerge', 1000)")
        try db.execute(sql: "INSERT INTO programme_text(programme_text, rank) VALUES('pgsz', 16000)")
        try db.execute(sql: "CREATE VIRTUAL TABLE programme_terms USING fts5vocab(programme_text, row)")
        let placeholders = Array(repeating: "?", count: IndexedField.allCases.count + 1).joined(separator: ", ")
        let insert = try db.makeStatement(sql: "INSERT INTO programme_text(rowid, \(columns)) VALUES (\(placeholders))")
        // Bound and stepped through SQLite's C interface: building GRDB's arguments for every row
        // cost about as much as FTS5's own work.
        let handle = insert.sqliteStatement
        var rowid: Int64 = 1
        while let chunk = rows.take() {
            for texts in chunk {
                sqlite3_bind_int64(handle, 1, rowid)
                for (column, text) in texts.enumerated() {
                    _ = Self.bind(text, at: Int32(column + 2), in: handle)
                }
                let status = sqlite3_step(handle)
                sqlite3_reset(handle)
                guard status == SQLITE_DONE else {
                    throw SearchError("cannot index programme \(rowid): \(String(cString: sqlite3_errstr(status)))")
                }
                rowid += 1
            }
        }
    }

    /// Searches, among the programmes `filter` keeps when one is given; never throws and never
    /// traps. An empty or unusable query gives no results and a hint saying why.
    public func search(_ query: String, limit: Int = 50, filter: ProgrammeFilter? = nil) -> SearchResults {
        SearchRun(index: self, text: query, limit: max(0, limit), filter: filter).results()
    }

    /// Tab completion of the last token typed: qualifier names (`pil` → `pillar:`) and their values
    /// (`gov:wal` → `gov:wallonia`, `kind:fu` → `kind:fund`, `kind:funding`).
    public func completions(for token: String) -> [String] {
        Completion(resolver: qualifiers).completions(for: token)
    }

    // MARK: - SQL

    /// Runs `expression` and returns each matching position, with its BM25 score when `ranked`
    /// (0 otherwise: reading rowids alone is several times faster).
    func matches(_ expression: String, ranked: Bool) -> [(position: Int, bm25: Double)]? {
        let weights = IndexedField.allCases.map { String($0.weight) }.joined(separator: ", ")
        let sql = ranked
            ? "SELECT rowid, bm25(programme_text, \(weights)) FROM programme_text WHERE programme_text MATCH ?"
            : "SELECT rowid FROM programme_text WHERE programme_text MATCH ?"
        do {
            // Outside a transaction: the index is never written after it is built, and the
            // BEGIN, COMMIT and read-only pragmas of `read` cost a tenth of a built-in search.
            return try database.inDatabase { db in
                // Stepped through SQLite's C interface: a common word matches most programmes, and
                // a cursor's per-row cost was most of such a search.
                let handle = try db.cachedStatement(sql: sql).sqliteStatement
                sqlite3_reset(handle)
                defer { sqlite3_reset(handle) }
                guard Self.bind(expression, at: 1, in: handle) == SQLITE_OK else { throw SearchError("cannot bind the query") }
                var found: [(position: Int, bm25: Double)] = []
                while true {
                    let status = sqlite3_step(handle)
                    guard status == SQLITE_ROW else {
                        if status == SQLITE_DONE { return found }
                        throw SearchError("the query could not run: \(String(cString: sqlite3_errstr(status)))")
                    }
                    found.append((Int(sqlite3_column_int64(handle, 0)) - 1, ranked ? sqlite3_column_double(handle, 1) : 0))
                }
            }
        } catch {
            return nil
        }
    }

    /// Binds `text` to parameter `index` of `statement` (SQLite copies it); returns SQLite's status.
    static func bind(_ text: String, at index: Int32, in statement: SQLiteStatement) -> Int32 {
        var text = text
        return text.withUTF8 { bytes in
            sqlite3_bind_text(statement, index, bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
                              Int32(bytes.count), transient)
        }
    }

    /// SQLite's SQLITE_TRANSIENT: it copies the text it is given.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// Rows of text handed in chunks from the thread that prepares them to the thread that indexes
/// them, first in, first out.
final class RowPipeline: Sendable {
    static let chunkSize = 1024
    private let chunks = Mutex<[[[String]]?]>([])
    private let ready = DispatchSemaphore(value: 0)

    func put(_ chunk: [[String]]) {
        chunks.withLock { $0.append(chunk) }
        ready.signal()
    }

    /// Marks the end of the rows.
    func finish() {
        chunks.withLock { $0.append(nil) }
        ready.signal()
    }

    /// The next chunk, waiting for it; nil after the last.
    func take() -> [[String]]? {
        ready.wait()
        return chunks.withLock { $0.isEmpty ? nil : $0.removeFirst() }
    }

    /// Takes whatever is left, so that a failed indexer leaves nothing behind.
    func drain() {
        chunks.withLock { $0.removeAll() }
    }
}

/// The row of text the index stores for each programme. Government, pillar and lead texts,
/// which many programmes share, are computed once each, as their distinct folded words:
/// repeating "Wallonie" and "Wallonië" would add index work and nothing a search can tell apart.
struct IndexRowBuilder {
    let dataset: Dataset
    private var governments: [String: String] = [:]
    private var pillars: [String: String] = [:]
    private var leads: [String: String] = [:]

    init(dataset: Dataset) { self.dataset = dataset }

    /// The texts of `programme`'s fields, in column order.
    mutating func texts(of programme: Programme) -> [String] {
        let dataset = dataset
        var texts: [String] = []
        texts.reserveCapacity(IndexedField.allCases.count)
        for field in IndexedField.allCases {
            switch field {
            case .government:
                texts.append(Self.shared(&governments, key: programme.government) { field.text(of: programme, in: dataset) })
            case .pillar:
                let key = programme.pillars.isEmpty
                    ? programme.pillar : ([programme.pillar] + programme.pillars).joined(separator: " ")
                texts.append(Self.shared(&pillars, key: key) { field.text(of: programme, in: dataset) })
            case .lead:
                if programme.lead.isEmpty {
                    texts.append("")
                } else {
                    let key = programme.lead.count == 1 ? programme.lead[0] : programme.lead.joined(separator: " ")
                    texts.append(Self.shared(&leads, key: key) { field.text(of: programme, in: dataset) })
                }
            case .figures:
                texts.append(programme.figures.count == 1 ? programme.figures[0].label : field.text(of: programme, in: dataset))
            default:
                texts.append(field.text(of: programme, in: dataset))
            }
        }
        return texts
    }

    /// The distinct folded words of the text `make` gives, computed once per `key`.
    private static func shared(_ cache: inout [String: String], key: String, _ make: () -> String) -> String {
        if let text = cache[key] { return text }
        var seen: Set<String> = []
        let text = TextTokenizer.terms(make()).filter { seen.insert($0).inserted }.joined(separator: " ")
        cache[key] = text
        return text
    }
}
