import BeaiBuiltinData
import BeaiDomain
import BeaiSearch

let dataset = try Dataset.load(BuiltinData.files.map { DataFile(path: $0.path, contents: $0.contents) })
let index = try SearchIndex(dataset: dataset)
for query in CommandLine.arguments.dropFirst() {
    let results = index.search(query, limit: 10)
    print("\(query): \(results.total) \(results.hints) \(results.suggestions)")
    for result in results.results {
        print("  \(result.rank). \(result.programmeID) \(result.score) \(result.tier) \(result.matchedFields) \(result.nameHighlights) \(result.snippet.map { "\($0.field): \($0.text)" } ?? "")")
    }
}
