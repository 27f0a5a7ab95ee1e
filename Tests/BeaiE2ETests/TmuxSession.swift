import Foundation

/// The real `beai` binary running in a detached tmux session: keys in, screen text out.
final class TmuxSession {
    let name: String
    private let statusFile: String

    /// Starts `beai arguments` in a `width`×`height` tmux window with `environment` set, in
    /// `directory` when one is given.
    init(
        _ arguments: [String] = [], width: Int = 100, height: Int = 30, environment: [String: String] = [:],
        directory: String? = nil
    ) throws {
        name = "beai-e2e-\(UUID().uuidString.prefix(8))"
        statusFile = FileManager.default.temporaryDirectory.appending(path: "\(name).status").path
        var env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "",
                   "XDG_CACHE_HOME": FileManager.default.temporaryDirectory.appending(path: "beai-e2e-cache").path]
        env.merge(environment) { $1 }
        let assignments = env.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let command = ([Self.executable.path] + arguments).map(Self.quote).joined(separator: " ")
        // The tmux server inherits the test runner's environment, which may say NO_COLOR.
        let unset = env["NO_COLOR"] == nil ? "-u NO_COLOR " : ""
        let cd = directory.map { "cd \(Self.quote($0)) && " } ?? ""
        let shell = "\(cd)env \(unset)\(assignments) \(command); echo $? > \(Self.quote(statusFile)); sleep 120"
        try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", shell], capture: false)
    }

    deinit {
        _ = try? tmux(["kill-server"], capture: false)
        try? FileManager.default.removeItem(atPath: statusFile)
    }

    /// Sends tmux key names (`Down`, `Enter`, `C-c`, `q`).
    func keys(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys, capture: false) }

    /// Types text literally.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text], capture: false) }

    /// Pastes `text` as a terminal paste (through a tmux buffer), however long it is.
    func paste(_ text: String) throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "\(name).paste")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        try tmux(["load-buffer", "-b", name, file.path], capture: false)
        try tmux(["paste-buffer", "-d", "-b", name, "-t", name], capture: false)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"], capture: false)
    }

    /// Lets applications in tmux set its paste buffers with the OSC 52 escape (a server option).
    func acceptClipboardEscapes() throws {
        try tmux(["set-option", "-s", "set-clipboard", "on"], capture: false)
    }

    /// The text of every paste buffer of the tmux server.
    func pasteBuffers() throws -> [String] {
        let names = try tmux(["list-buffers", "-F", "#{buffer_name}"]).split(separator: "\n").map(String.init)
        return names.compactMap { try? tmux(["show-buffer", "-b", $0]) }
    }

    /// The pane's text now.
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

    /// The pane's text now with its colours and attributes as escape sequences.
    func styledScreen() throws -> String { try tmux(["capture-pane", "-p", "-e", "-t", name]) }

    /// Waits until `text` shows, up to `seconds`; returns the screen either way. A wait that runs
    /// out says so in the test log: a step that waits for text the screen never shows only
    /// sleeps, and then races the program.
    @discardableResult
    func wait(for text: String, seconds: Double = 5) throws -> String {
        let current = try wait(seconds: seconds) { $0.contains(text) }
        if !current.contains(text) { print("TmuxSession: \"\(text)\" did not show within \(seconds) s") }
        return current
    }

    /// Waits until `condition` holds for the screen, up to `seconds`; returns the screen either way.
    /// A frame can be captured half drawn (its first lines written, the rest not yet), so a screen
    /// that holds is captured again until two captures 30 ms apart agree, a few times at most.
    @discardableResult
    func wait(seconds: Double = 5, until condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var current = try screen()
        var settling = 0
        while Date() < deadline {
            if condition(current) {
                guard settling < 5 else { return current }
                settling += 1
                Thread.sleep(forTimeInterval: 0.03)
                let again = try screen()
                if again == current { return current }
                current = again
                continue
            }
            Thread.sleep(forTimeInterval: 0.05)
            current = try screen()
        }
        return current
    }

    /// The exit status of beai once it has ended, waiting up to `seconds`.
    func exitStatus(seconds: Double = 5) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: statusFile, encoding: .utf8),
               let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// The process id of beai inside the pane.
    func beaiPID() throws -> Int32? {
        // Asked again for a while: on a loaded machine the first look can come before the child shows.
        let deadline = Date().addingTimeInterval(3)
        repeat {
            let shell = try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"])
            let children = try Spawn.run("/usr/bin/pgrep", ["-P", shell.trimmingCharacters(in: .whitespacesAndNewlines)],
                                         capture: true, check: false)
            if let pid = children.split(separator: "\n").compactMap({ Int32($0) }).first { return pid }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return nil
    }

    static var executable: URL {
        var directory = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = directory.appending(path: "beai")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL.appending(path: "beai")
    }

    /// Runs a tmux command on this session's own server; returns what it prints when `capture` is
    /// set, and throws when tmux fails.
    ///
    /// Each session has a server of its own (`-L name`, no configuration file). With one server for
    /// every test, a session started just as the server's last other session was killed could reach
    /// a server on its way out: it was never created, and every later step of the test failed
    /// quietly, as a blank screen.
    @discardableResult
    private func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        try Spawn.run("/usr/bin/env", ["tmux", "-L", name, "-f", "/dev/null"] + arguments, capture: capture)
    }

    private static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
