import CNcursesw
import Foundation

/// Checks made before ncurses starts, so that beai refuses a terminal it cannot draw on with a
/// clear message instead of letting `initscr` exit or draw garbage.
public enum TerminalCheck {
    /// Why the terminal cannot run the explorer, or nil when it can.
    public static func problem(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        guard let term = environment["TERM"], !term.isEmpty else {
            return "TERM is not set, so beai cannot tell how to draw on this terminal. Set TERM (for example TERM=xterm-256color)."
        }
        if term == "dumb" {
            return "this terminal (TERM=dumb) cannot move the cursor, which the explorer needs. Use a full terminal, or beai list / show."
        }
        guard beai_terminal_can_address_cursor() == 1 else {
            return "the terminal type TERM=\(term) is unknown here or cannot move the cursor. Try TERM=xterm-256color."
        }
        return nil
    }
}
