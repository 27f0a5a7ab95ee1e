import Foundation

/// The last terminating signal received (SIGTERM, SIGHUP, SIGINT), read by the event loop, which
/// restores the terminal and exits with 128 + the signal number.
nonisolated(unsafe) var pendingSignal: Int32 = 0

enum Signals {
    /// Installs handlers before `initscr`, so that ncurses does not install its own.
    static func install() {
        for number in [SIGTERM, SIGHUP, SIGINT] {
            signal(number) { received in pendingSignal = received }
        }
    }
}
