@testable import BeaiDomain
import Testing

/// A programme file large enough to be decoded in batches on every core (`BatchDecoder`): the
/// result is the same as one decoder's, and problems keep their exact place.
@Suite struct LargeFileTests {
    static let count = BatchDecoder.minimumElements + 900

    private static func programmes(_ change: (Int) -> [String: String] = { _ in [:] }) -> [String] {
        (0..<count).map { Fixture.programme("plan-\($0)", overrides: ["name": "\"Plan \($0)\""].merging(change($0)) { $1 }) }
    }

    @Test func batchesDecodeEveryRecordInOrder() throws {
        let files = Fixture.files(programmes: Self.programmes())
        let scan = JSONScan(files[4].contents)
        #expect(scan.elementRanges.count == Self.count)
        var text = files[4].contents
        let batched: [Programme]? = text.withUTF8 { BatchDecoder.decode($0, elements: scan.elementRanges) }
        let records = try #require(batched, "a clean file is decoded in batches")
        #expect(records.map(\.id) == (0..<Self.count).map { "plan-\($0)" })
        let dataset = try Dataset.load(files)
        #expect(dataset.programmes == records)
    }

    @Test func aProblemDeepInTheFileKeepsItsIndexAndLine() throws {
        let broken = 8_500
        let files = Fixture.files(programmes: Self.programmes { $0 == broken ? ["kind": "42"] : [:] })
        let problems = Dataset.problems(in: files)
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.path?.hasPrefix("[\(broken)]") == true)
        #expect(problem.line == JSONScan(files[4].contents).elementLines[broken])
    }

    @Test func aStrayValueBetweenBatchesIsNotSkipped() throws {
        var programmes = Self.programmes()
        // Between the first and second batches: the batch decoder must not step over it.
        programmes.insert("7", at: BatchDecoder.batchSize)
        #expect(!Dataset.problems(in: Fixture.files(programmes: programmes)).isEmpty)
    }
}
