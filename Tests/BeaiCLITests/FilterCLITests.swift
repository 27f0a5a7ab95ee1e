import Foundation
import Testing

/// `beai list --filter QUERY`: the explorer's filter on the command line.
@Suite struct FilterCLITests {
    /// Wallonia and Brussels have two active programmes for SMEs in the built-in data: Start AI
    /// (Wallonia, listed first in tree order) and Innoviris' innovation vouchers.
    @Test func listKeepsWhatTheFilterKeepsInTreeOrder() throws {
        let result = try BeaiProcess.run(["list", "--filter", "gov:wallonia,brussels target:smes status:active", "--json"])
        #expect(result.status == 0)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(objects.compactMap { $0["id"] as? String } == ["start-ai", "innoviris-innovation-vouchers"])
    }

    @Test func theOtherOptionsStillApply() throws {
        let result = try BeaiProcess.run(["list", "--filter", "target:smes status:active", "--government", "wallonia"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("start-ai"))
        #expect(!result.stdout.contains("innoviris-innovation-vouchers"))
    }

    @Test func anUnknownValueOrAWordIsAnError() throws {
        let unknown = try BeaiProcess.run(["list", "--filter", "gov:walonia"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("unknown government \"walonia\""))
        #expect(unknown.stderr.contains("Did you mean: gov:wallonia"))
        let word = try BeaiProcess.run(["list", "--filter", "tremplin"])
        #expect(word.status == 1)
        #expect(word.stderr.contains("\"tremplin\" is a word, not a qualifier"))
    }
}
