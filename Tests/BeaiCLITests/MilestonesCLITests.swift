import Foundation
import Testing

/// `beai show` lists a programme's milestones, in text and in JSON, from the built-in data.
@Suite struct MilestonesCLITests {
    // AI Watch's "AI report" section dates the Walloon AI programme three times: its effective start
    // in July 2019 (1 July), its official launch in November 2019 (the 27th), and ARIAC joining it
    // from December 2020.
    private let walloonProgramme: [[String: String]] = [
        ["date": "2019-07-01", "event": "started", "text": "July 1, 2019"],
        ["date": "2019-11-27", "event": "launched", "text": "November 27, 2019"],
        ["date": "2020-12", "event": "extended", "text": "Since December 2020"],
    ]

    @Test func showJSONListsTheMilestonesWithTheirCitations() throws {
        let result = try BeaiProcess.run(["show", "digitalwallonia4-ai", "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let milestones = try #require(object["milestones"] as? [[String: Any]])
        #expect(milestones.map { entry in ["date", "event", "text"].reduce(into: [String: String]()) { $0[$1] = entry[$1] as? String } }
            == walloonProgramme)
        for milestone in milestones {
            #expect(milestone["source"] as? [String: String] == ["document": "aiwatch-belgium-2021", "section": "AI report"])
        }
    }

    @Test func showTextListsTheMilestonesInDateOrder() throws {
        // The Brief names the deadline by which Belgium designates its AI supervisory authority:
        // 30 April 2025, in the section on AI governance in Belgium.
        let result = try BeaiProcess.run(["show", "national-ai-supervisory-authority"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("""
            Milestones:
              2025-04-30  deadline  "by 30 April 2025"  [EU AI Act: Belgium AI Ecosystem Brief, 2025 Edition § Specific AI Governance in Belgium]
            """))
    }

    @Test func aProgrammeWithoutMilestonesHasAnEmptyList() throws {
        let json = try BeaiProcess.run(["show", "tremplin-ai", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["milestones"] as? [Any])?.isEmpty == true)
        #expect(!(try BeaiProcess.run(["show", "tremplin-ai"])).stdout.contains("Milestones:"))
    }
}
