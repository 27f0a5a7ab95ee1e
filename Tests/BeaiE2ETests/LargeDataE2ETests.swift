import Foundation
import Testing

/// A dataset of 17,500 programmes (the explorer fixture's seven, copied), large enough that the
/// explorer searches and lays out timelines on threads of their own and caches the decoded data.
@Suite(.serialized) struct LargeDataE2ETests {
    static let copies = 2_500

    /// Writes the large dataset once per test run; returns its directory.
    static let directory: String? = {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appending(path: "../BeaiAppTests/Fixtures/explorer").standardizedFileURL
        let target = FileManager.default.temporaryDirectory.appending(path: "beai-e2e-large-\(getpid())")
        do {
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: fixture, to: target)
            let file = target.appending(path: "programmes/brussels.json")
            guard let records = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [[String: Any]] else {
                return nil
            }
            var copies: [[String: Any]] = records
            for copy in 1..<Self.copies {
                for record in records {
                    var copied = record
                    copied["id"] = "\(record["id"] ?? "")-\(copy)"
                    copied["name"] = "\(record["name"] ?? "") \(copy)"
                    copied["related"] = []
                    copies.append(copied)
                }
            }
            try JSONSerialization.data(withJSONObject: copies).write(to: file)
            return target.path
        } catch {
            return nil
        }
    }()

    private let cache = FileManager.default.temporaryDirectory.appending(path: "beai-e2e-large-cache-\(getpid())").path

    @Test func searchRunsAsYouTypeAndEnterOpensTheProgramme() throws {
        let data = try #require(Self.directory)
        defer {
            try? FileManager.default.removeItem(atPath: data)
            try? FileManager.default.removeItem(atPath: cache)
        }
        for run in ["first start (decodes and caches)", "second start (from the cache)"] {
            let session = try TmuxSession(["--data", data], environment: ["XDG_CACHE_HOME": cache])
            let tree = try session.wait(for: "Governments", seconds: 30)
            let wallonia = tree.split(separator: "\n").first { $0.contains("▸ Wallonia ") }
            #expect(wallonia?.split(separator: " ").contains("5000") == true, "\(run): 5,000 initiatives")
            try session.keys("/")
            try session.type("tremplin 1249")
            let screen = try session.wait(seconds: 30) { $0.contains("Search: 1 programme") }
            #expect(screen.contains("Tremplin AI 1249"), "\(run)")
            try session.keys("Enter")
            // The tree, opened at the programme (its breadcrumb in the header), with its detail beside.
            let opened = try session.wait(seconds: 30) {
                $0.contains("· Wallonia › Business adoption & innovation › Trempl") && $0.contains("Id: tremplin-ai-1249")
                    && $0.contains("· Tremplin AI 1248")
            }
            #expect(opened.contains("Id: tremplin-ai-1249") && opened.contains("· Tremplin AI 1248"), "\(run)")
            // Its government's timeline: 5,000 programmes, laid out on a thread of their own.
            try session.keys("T")
            let timeline = try session.wait(seconds: 30) { $0.contains("the 5000 below are undated") }
            #expect(timeline.contains("Timeline: Wallonia (5000 programmes)"), "\(run)")
            try session.keys("Escape")
            try session.wait(for: "Id: tremplin-ai-1249")
            try session.keys("q")
            #expect(session.exitStatus() == 0, "\(run)")
        }
        let cached = try FileManager.default.contentsOfDirectory(atPath: cache + "/beai")
        #expect(cached.count == 1 && cached[0].hasPrefix("data-"))
    }
}
