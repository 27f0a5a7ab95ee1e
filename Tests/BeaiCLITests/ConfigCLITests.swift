import Foundation
import Testing

/// `beai config path`, `example` and `check`.
@Suite struct ConfigCLITests {
    private func directory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appending(path: "beai-cli-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appending(path: "beai"), withIntermediateDirectories: true)
        return directory
    }

    @Test func pathFollowsXDG() throws {
        let result = try BeaiProcess.run(["config", "path"], environment: ["XDG_CONFIG_HOME": "/somewhere"])
        #expect(result.status == 0)
        #expect(result.stdout == "/somewhere/beai/config.toml\n")
    }

    @Test func theExampleChecksClean() throws {
        let config = try directory()
        defer { try? FileManager.default.removeItem(at: config) }
        let example = try BeaiProcess.run(["config", "example"])
        #expect(example.status == 0)
        #expect(example.stdout.contains("[keys]"))
        try example.stdout.write(to: config.appending(path: "beai/config.toml"), atomically: true, encoding: .utf8)
        let check = try BeaiProcess.run(["config", "check"], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(check.status == 0)
        #expect(check.stdout.contains("no problems"))
    }

    @Test func checkListsEveryProblemWithItsLineAndFails() throws {
        let config = try directory()
        defer { try? FileManager.default.removeItem(at: config) }
        let file = config.appending(path: "mine.toml")
        try "theme = \"neon\"\n[keys]\nquit = [\"z\"]\nbookmark = [\"z\"]\n".write(to: file, atomically: true, encoding: .utf8)
        let check = try BeaiProcess.run(["config", "check", file.path])
        #expect(check.status == 1)
        #expect(check.stderr.contains("mine.toml:1: theme must be one of dark, light, mono"))
        #expect(check.stderr.contains("mine.toml:4: quit and bookmark both have the key z"))
        #expect(check.stderr.contains("2 problems in"))
    }

    @Test func checkOfAMissingFile() throws {
        let missing = try BeaiProcess.run(["config", "check", "/no/such/config.toml"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no such file"))
        let none = try BeaiProcess.run(["config", "check"], environment: ["XDG_CONFIG_HOME": "/no/such/dir"])
        #expect(none.status == 0)
        #expect(none.stdout.contains("no config file"))
    }
}
