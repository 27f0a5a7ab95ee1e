import Foundation

/// The last terminating signal received (SIGTERM, SIGHUP, SIGINT), read by the event loop, which
/// restores the terminal and exits with 128 + the signal number.
nonisolated(unsafe) var pendingSignal: Int32 = 0

enum Signals {
    /// Installs handlers before `initscr`, so that ncurses does not install its own, and unblocks
    /// the signals the explorer relies on: a parent may hand down a mask that blocks them, and
    /// then neither a resize (SIGWINCH) nor SIGTERM would ever arrive.
    static func install() {
        var set = handled
        sigprocmask(SIG_UNBLOCK, &set, nil)
        for number in [SIGTERM, SIGHUP, SIGINT] {
            signal(number) { received in pendingSignal = received }
        }
    }

    /// Blocks the explorer's signals in the calling thread (a `WorkerThread`), so that they are
    /// delivered to the event loop's thread, whose wait for input they interrupt.
    static func blockInThisThread() {
        var set = handled
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    private static var handled: sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for number in [SIGTERM, SIGHUP, SIGINT, SIGWINCH] { sigaddset(&set, number) }
        return set
    }
}
