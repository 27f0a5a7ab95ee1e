@testable import BeaiDomain
import BeaiBuiltinData
import Foundation
import Testing

/// The binary cache of decoded data directories: exact, refreshed when the files change, and
/// harmless when damaged.
@Suite struct DatasetCacheTests {
    private static func builtInFiles() throws -> [DataFile] {
        BuiltinData.files.map { DataFile(path: $0.path, contents: $0.contents) }
    }

    /// A fresh data directory holding the built-in files, and a fresh cache directory.
    private static func workspace() throws -> (data: URL, cache: DatasetCache) {
        let root = FileManager.default.temporaryDirectory.appending(path: "beai-cache-test-\(UUID().uuidString)")
        let data = root.appending(path: "data")
        for file in try builtInFiles() {
            let url = data.appending(path: file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.contents.write(to: url, atomically: true, encoding: .utf8)
        }
        return (data, DatasetCache(directory: root.appending(path: "cache")))
    }

    private static func expectEqual(_ left: Dataset, _ right: Dataset) {
        #expect(left.programmes == right.programmes)
        #expect(left.governments == right.governments)
        #expect(left.pillars == right.pillars)
        #expect(left.documents == right.documents)
        #expect(left.organisations == right.organisations)
        #expect(left.synonyms == right.synonyms)
        #expect(left.competences == right.competences)
    }

    @Test func binaryFormRoundTripsTheBuiltInData() throws {
        let dataset = try Dataset.load(try Self.builtInFiles())
        let decoded = try #require(Dataset(binary: dataset.binary()))
        #expect(!dataset.synonyms.isEmpty)
        Self.expectEqual(decoded, dataset)
    }

    @Test func damagedBytesReadAsNilNeverACrash() throws {
        let bytes = try Dataset.load(try Self.builtInFiles()).binary()
        for length in [0, 1, 7, 8, 100, bytes.count / 2, bytes.count - 1] {
            #expect(Dataset(binary: Array(bytes.prefix(length))) == nil, "truncated to \(length) bytes")
        }
        #expect(Dataset(binary: bytes + [0]) == nil, "trailing bytes")
        // Single damaged bytes spread over the whole form: lengths, counts, flags and text.
        for step in 0..<120 {
            var damaged = bytes
            damaged[step * 7919 % bytes.count] = UInt8(truncatingIfNeeded: step * 37 + 0x80)
            _ = Dataset(binary: damaged)
        }
    }

    @Test func secondLoadComesFromTheCacheAndEqualsTheFiles() throws {
        let (data, cache) = try Self.workspace()
        let first = try cache.load(directory: data.path)
        let file = cache.cacheFile(for: data.standardizedFileURL.path)
        #expect(FileManager.default.fileExists(atPath: file.path))
        // Proof that the second load reads the cache: an edited cache entry (one letter) is served.
        var cached = [UInt8](try #require(FileManager.default.contents(atPath: file.path)))
        let name = Array("Tremplin AI".utf8)
        let at = try #require(cached.indices.first { cached[$0...].starts(with: name) })
        cached[at + name.count - 1] = UInt8(ascii: "X")
        try Data(cached).write(to: file)
        let second = try cache.load(directory: data.path)
        #expect(second.programmes != first.programmes, "the edited cache entry was served")
        #expect(first.programmes.count == second.programmes.count)
    }

    @Test func readingIsAnnouncedOnlyWhenTheCacheCannotServe() throws {
        let (data, cache) = try Self.workspace()
        var announced: [Int] = []
        _ = try cache.load(directory: data.path) { announced.append($0) }
        let size = try FileManager.default.subpathsOfDirectory(atPath: data.path).filter { $0.hasSuffix(".json") }
            .reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: data.path + "/" + $1)[.size] as? Int) ?? 0) }
        #expect(announced == [size])
        _ = try cache.load(directory: data.path) { announced.append($0) }
        #expect(announced == [size], "served by the cache: nothing to announce")
    }

    @Test func changedFilesAreReadAgain() throws {
        let (data, cache) = try Self.workspace()
        _ = try cache.load(directory: data.path)
        let governments = data.appending(path: "governments.json")
        let text = try String(contentsOf: governments, encoding: .utf8)
        try text.replacingOccurrences(of: "\"Flanders\"", with: "\"Flanders (changed)\"").write(to: governments, atomically: true, encoding: .utf8)
        let reloaded = try cache.load(directory: data.path)
        #expect(reloaded.governments.contains { $0.name == "Flanders (changed)" })
    }

    @Test func invalidDataIsNeverServedFromAnOlderCache() throws {
        let (data, cache) = try Self.workspace()
        _ = try cache.load(directory: data.path)
        try "[".write(to: data.appending(path: "pillars.json"), atomically: true, encoding: .utf8)
        #expect(throws: DataError.self) { try cache.load(directory: data.path) }
    }

    @Test func aDamagedCacheFileFallsBackToTheFiles() throws {
        let (data, cache) = try Self.workspace()
        let expected = try cache.load(directory: data.path)
        let file = cache.cacheFile(for: data.standardizedFileURL.path)
        let cached = try #require(FileManager.default.contents(atPath: file.path))
        try cached.prefix(cached.count - 10).write(to: file)
        Self.expectEqual(try cache.load(directory: data.path), expected)
        try Data("garbage".utf8).write(to: file)
        Self.expectEqual(try cache.load(directory: data.path), expected)
    }
}
