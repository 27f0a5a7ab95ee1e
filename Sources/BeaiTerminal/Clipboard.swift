import Foundation

/// Copying to the user's clipboard through the terminal: the OSC 52 escape, which xterm, tmux
/// (with `set-clipboard on`), iTerm2, kitty, WezTerm, foot and others take; the Linux console and
/// the old DEC terminals do not.
public enum Clipboard {
    /// Terminals known not to take OSC 52: on them the footer shows the citation instead.
    static let unsupportedTerminals: Set<String> = ["linux", "vt100", "vt102", "vt220", "dumb", "cons25"]

    /// True unless `TERM` names a terminal known not to take OSC 52.
    public static func isSupported(environment: [String: String]) -> Bool {
        let term = environment["TERM"] ?? ""
        return !term.isEmpty && !unsupportedTerminals.contains(term)
    }

    /// The escape that asks the terminal to put `text` on the clipboard.
    public static func sequence(_ text: String) -> String {
        "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    }

    /// Writes the escape for `text` to the terminal (standard output unless `descriptor` says
    /// otherwise), after ncurses has flushed its frame.
    static func send(_ text: String, to descriptor: Int32 = STDOUT_FILENO) {
        let bytes = Array(sequence(text).utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result <= 0 { break }
            written += result
        }
    }
}
