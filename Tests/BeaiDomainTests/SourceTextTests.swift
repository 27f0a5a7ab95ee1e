import BeaiDomain
import Testing

/// How a source document's text splits into paragraphs with the headings above them
/// (docs/DATA.md, "Paragraphs and headings"), on an invented text laid out like the real ones.
@Suite struct SourceTextTests {
    static let regions = RegionNames([
        Government(id: "flanders", name: "Flanders", kind: "region", aliases: ["Flemish"]),
        Government(id: "wallonia", name: "Wallonia", names: ["fr": "Wallonie"], kind: "region", aliases: ["Walloon"]),
        Government(id: "fwb", name: "Wallonia-Brussels Federation", kind: "community"),
        Government(id: "federal", name: "Federal / national", kind: "federal-state"),
    ])

    static let longLine = String(repeating: "A single line of running text, long enough to stand apart. ", count: 2)

    static let text = """
        Harbour Report

        Skills and talent

        The harbour trains welders and coders alike, with EUR 4 million a year
        for evening classes.
        \u{20}\u{20}
        The Walloon Region

        Wallonia runs a voucher scheme called Spark Cheques for small firms.
        Each cheque is worth up to EUR 5,000.

        IMPROVE THE PORT
        AND ITS DOCKS
         Ships wait too long, so the board will fund the
        new cranes and a Read-
        iness Index for every quay.

        1. Open registers

        Open registers publish the cadastre every month.
        Closing remarks for the registers.
        Initiative notes

        \(longLine)

        Policies for the quay.
        Harbour overview
        \(longLine)

        The board will fund the
        new cranes later.
        """

    private var source: SourceText { SourceText(Self.text, regions: Self.regions) }

    @Test func paragraphsAreRunsOfNonBlankLinesNumberedFromOne() throws {
        let paragraphs = source.paragraphs
        #expect(paragraphs.count == 11)
        #expect(paragraphs.map(\.number) == Array(1...11))
        let classes = try #require(source.paragraph(3))
        #expect(classes.lines == 5...6, "a line of spaces is blank")
        #expect(classes.text == "The harbour trains welders and coders alike, with EUR 4 million a year for evening classes.")
        #expect(source.paragraph(0) == nil)
        #expect(source.paragraph(12) == nil)
    }

    @Test func headingsOpenAndCloseByLevel() throws {
        func path(_ number: Int) throws -> [String] { try #require(source.paragraph(number)).headingPath.map(\.text) }
        #expect(try path(3) == ["Skills and talent"], "a heading ends the one before it of its level")
        #expect(try path(5) == ["Skills and talent", "The Walloon Region"], "a heading naming a region sits below")
        #expect(try path(6) == ["IMPROVE THE PORT AND ITS DOCKS"], "a chapter in capitals ends every heading")
        #expect(try source.paragraph(6)?.isHeading == false, "its text follows in the same run of lines")
        #expect(try path(7) == ["IMPROVE THE PORT AND ITS DOCKS", "1. Open registers"])
        #expect(try source.paragraph(7)?.isHeading == true)
        #expect(try path(8) == ["IMPROVE THE PORT AND ITS DOCKS", "1. Open registers"])
        #expect(try path(9) == ["IMPROVE THE PORT AND ITS DOCKS", "Initiative notes"],
                "a heading after the last line of text heads what follows")
        #expect(try path(10) == ["IMPROVE THE PORT AND ITS DOCKS", "Harbour overview"],
                "a heading inside a run of lines, before a line too long to be one, heads it")
    }

    @Test func linesThatContinueASentenceAreNotHeadings() throws {
        let last = try #require(source.paragraph(11))
        #expect(!last.isHeading)
        #expect(last.headingPath.map(\.text) == ["IMPROVE THE PORT AND ITS DOCKS", "Harbour overview"])
        let notes = SourceText("Intro.\n\nFinally, we keep going\nAlong the quay.\n\nMore text.", regions: Self.regions)
        #expect(notes.paragraphs.allSatisfy { $0.headingPath.isEmpty }, "a comma before a lowercase word is a sentence")
    }

    @Test func aSectionNamesAHeadingOrARunOfItsLines() throws {
        let docks = try #require(source.paragraph(6))
        #expect(docks.stands(under: "IMPROVE THE PORT AND ITS DOCKS"))
        #expect(docks.stands(under: "AND  ITS\nDOCKS"), "whitespace compares as one space")
        #expect(!docks.stands(under: "THE PORT"))
        #expect(!docks.stands(under: "Skills and talent"))
    }

    @Test func figureTextAndMentionsAreFoundAsCharacterOffsets() throws {
        let vouchers = try #require(source.paragraph(5))
        let range = try #require(vouchers.ranges(of: "EUR 5,000").first)
        #expect(Array(vouchers.text)[range].map(String.init).joined() == "EUR 5,000")
        #expect(vouchers.ranges(of: "EUR 6,000").isEmpty)
        #expect(vouchers.mentions(of: ["spark cheques"]).count == 1, "case ignored")
        #expect(vouchers.mentions(of: ["Spark"]).count == 1)
        #expect(vouchers.mentions(of: ["Spar"]).isEmpty, "whole words only")
        #expect(vouchers.mentions(of: ["is"]).isEmpty, "names under three characters are ignored")
        let docks = try #require(source.paragraph(6))
        let index = try #require(docks.mentions(of: ["Readiness Index"]).first)
        #expect(Array(docks.text)[index].map(String.init).joined() == "Read- iness Index", "a line-end hyphen is read through")
    }

    @Test func regionNamesPreferTheLongestName() {
        #expect(Self.regions.governments(namedIn: "The Wallonia-Brussels Federation") == ["fwb"])
        #expect(Self.regions.governments(namedIn: "The Walloon and Flemish programmes") == ["wallonia", "flanders"])
        #expect(Self.regions.governments(namedIn: "Discussion: Flanders' AI Strategy") == ["flanders"])
        #expect(Self.regions.governments(namedIn: "Federal / national").isEmpty, "the federal level is not a region")
        #expect(Self.regions.governments(namedIn: "Wallonian").isEmpty, "whole words only")
    }
}
