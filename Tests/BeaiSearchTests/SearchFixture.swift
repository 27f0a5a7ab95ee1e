import BeaiBuiltinData
import BeaiDomain
import BeaiSearch

/// The index over the built-in data, built once for all tests.
enum SearchFixture {
    static let dataset: Dataset = {
        do {
            return try Dataset.load(BuiltinData.files.map { DataFile(path: $0.path, contents: $0.contents) })
        } catch {
            fatalError("the built-in data does not load: \(error)")
        }
    }()

    static let index: SearchIndex = {
        do {
            return try SearchIndex(dataset: dataset)
        } catch {
            fatalError("the search index does not build: \(error)")
        }
    }()

    /// The ids of the results of `query`, in rank order.
    static func ids(_ query: String, limit: Int = 50) -> [String] {
        index.search(query, limit: limit).results.map(\.programmeID)
    }
}
