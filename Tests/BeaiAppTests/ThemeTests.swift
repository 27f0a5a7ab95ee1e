import BeaiApp
import BeaiTUI
import Testing

/// The three themes a config file names, as styled snapshots of one screen.
@Suite struct ThemeTests {
    private func screen(_ theme: Theme) throws -> Buffer {
        var state = try AppFixture.state(width: 80, height: 24, display: Display(glyphs: .unicode, theme: theme))
        state.selectNode(.programme("tremplin-ai"))
        return view(AppFixture.press([.character("c")], on: state))
    }

    @Test func dark() throws {
        AppFixture.assertSnapshot(try screen(.colour).styledText, named: "theme-dark-compare-80x24")
    }

    @Test func light() throws {
        let buffer = try screen(.light)
        // The light theme never draws the dark theme's cyan, which is hard to read on white.
        #expect(!buffer.cells.contains { $0.style.foreground == .cyan || $0.style.background == .cyan })
        AppFixture.assertSnapshot(buffer.styledText, named: "theme-light-compare-80x24")
    }

    @Test func mono() throws {
        let buffer = try screen(.monochrome)
        #expect(buffer.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
        AppFixture.assertSnapshot(buffer.styledText, named: "theme-mono-compare-80x24")
    }

    @Test func finerColoursDegradeToTheNearestBasicOne() throws {
        // 208 is the cube's (5, 2, 0): orange, nearest to xterm's basic yellow (128, 128, 0)... or red.
        let orange = try #require(Color(rawValue: 208))
        #expect([Color.red, .yellow].contains(orange.degraded(to: 8)))
        #expect(orange.degraded(to: 256) == orange)
        #expect(try #require(Color(rawValue: 9)).degraded(to: 8) == .red, "bright red is red")
        #expect(try #require(Color(rawValue: 21)).degraded(to: 8) == .blue, "the cube's pure blue")
        #expect(try #require(Color(rawValue: 255)).degraded(to: 8) == .white, "the lightest grey")
        #expect(try #require(Color(rawValue: 232)).degraded(to: 8) == .black, "the darkest grey")
        #expect(Color(rawValue: 256) == nil)
    }
}
