import BeaiApp
import BeaiConfig
import BeaiTUI
import Foundation
import Testing

/// Reading config files: every setting, every kind of mistake with its line, and the defaults
/// kept for whatever is wrong.
@Suite struct ConfigFileTests {
    @Test func aValidFileSetsEverything() {
        let (config, problems) = ConfigFile.parse("""
            theme = "light"
            ascii = true
            default-screen = "bookmarks"
            sort = "budget"

            [colors]
            title = "bold #ff8800"
            selection = "white on 24"

            [keys]
            quit = ["z", "ctrl-q"]
            down = "w"
            """)
        #expect(problems.isEmpty)
        #expect(config.themeName == "light")
        #expect(config.ascii)
        #expect(config.startScreen == .bookmarks)
        #expect(config.sort == .budget)
        // #ff8800: red 255 → cube step 5, green 136 → 2, blue 0 → 0: 16 + 36·5 + 6·2 = 208.
        #expect(config.theme.title == Style(foreground: Color(rawValue: 208), bold: true))
        #expect(config.theme.selected == Style(foreground: .white, background: Color(rawValue: 24)))
        #expect(config.theme.bar == Theme.light.bar, "roles not set keep the theme's")
        #expect(config.keymap.keys(for: .quit) == [.character("z"), .control("q")])
        #expect(config.keymap.keys(for: .down) == [.character("w")])
        #expect(config.keymap.keys(for: .up) == Command.up.defaultKeys)
    }

    @Test func theExampleIsValidAndAtTheDefaults() {
        let (config, problems) = ConfigFile.parse(ConfigExample.text)
        #expect(problems.isEmpty, "\(problems)")
        #expect(config.keymap == Keymap.standard)
        #expect(config.themeName == "dark")
        for command in Command.allCases {
            #expect(ConfigExample.text.contains("\n\(command.rawValue) = ["), "the example lacks \(command.rawValue)")
        }
        // Uncommenting every colour line changes nothing: they are the dark theme's styles.
        let uncommented = ConfigExample.text.replacingOccurrences(of: "\n# ", with: "\n").split(separator: "\n")
            .filter { !$0.hasPrefix("#") && ($0.contains(" = \"") || $0.hasPrefix("[")) }.joined(separator: "\n")
        let (colours, colourProblems) = ConfigFile.parse(uncommented)
        #expect(colourProblems.isEmpty, "\(colourProblems)")
        for role in Theme.roles {
            #expect(colours.theme[keyPath: role.path] == Theme.colour[keyPath: role.path], "\(role.name)")
        }
    }

    @Test func invalidTOMLNamesItsLine() {
        let (config, problems) = ConfigFile.parse("theme = \"dark\"\nascii = \n")
        #expect(problems.count == 1)
        #expect(problems.first?.line == 2)
        #expect(problems.first?.message.contains("not valid TOML") == true)
        #expect(config.keymap == Keymap.standard)
    }

    @Test func everyWrongSettingIsListedWithItsLineAndKeepsItsDefault() {
        let (config, problems) = ConfigFile.parse("""
            theme = "blue"
            ascii = "yes"
            default-screen = "timeline2"
            sort = 3
            colour = "typo"

            [colors]
            title = "bold purple"
            frame = "red"
            bar = 5

            [keys]
            quit = ["hyper-x"]
            jump = ["z"]
            help = []
            search = ["ctrl-c"]
            """)
        let lines = problems.map(\.line)
        #expect(lines == [1, 2, 3, 4, 5, 8, 9, 10, 13, 14, 15, 16], "\(problems)")
        #expect(problems[4].message.contains("unknown setting \"colour\""))
        #expect(problems[0].message.contains("dark, light, mono"))
        #expect(problems[5].message.contains("\"purple\""))
        #expect(problems[6].message.contains("unknown colour role \"frame\""))
        #expect(problems[8].message.contains("hyper-x"))
        #expect(problems[9].message.contains("unknown action \"jump\""))
        #expect(problems[11].message.contains("ctrl-c always quits"))
        #expect(config.themeName == "dark")
        #expect(!config.ascii)
        #expect(config.startScreen == .tree)
        #expect(config.theme.title == Theme.colour.title)
        #expect(config.keymap == Keymap.standard)
    }

    @Test func aCollisionIsAProblemAndBothKeepTheirDefaults() {
        let (config, problems) = ConfigFile.parse("""
            [keys]
            quit = ["z"]
            bookmark = ["z"]
            forward = ["W"]
            """)
        #expect(problems.count == 1)
        #expect(problems.first?.line == 3)
        #expect(problems.first?.message.contains("quit and bookmark both have the key z") == true)
        #expect(config.keymap.keys(for: .quit) == Command.quit.defaultKeys)
        #expect(config.keymap.keys(for: .bookmark) == Command.bookmark.defaultKeys)
        #expect(config.keymap.keys(for: .forward) == [.character("W")], "the other bindings stand")
    }

    @Test func filesOnDisk() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "beai-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try #require(ConfigFile(environment: ["XDG_CONFIG_HOME": directory.path]))
        #expect(file.url.path.hasSuffix("beai/config.toml"))
        #expect(ConfigFile(environment: ["HOME": "/home/someone"])?.url.path == "/home/someone/.config/beai/config.toml")
        #expect(ConfigFile(environment: [:]) == nil)
        let missing = file.load()
        #expect(!missing.exists && missing.problems.isEmpty)
        try FileManager.default.createDirectory(at: file.url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data([0xFF, 0xFE, 0x00]).write(to: file.url)
        #expect(file.load().problems.first?.message.contains("not UTF-8") == true)
        try "theme = \"mono\"\n".write(to: file.url, atomically: true, encoding: .utf8)
        #expect(file.load().config.themeName == "mono")
    }
}
