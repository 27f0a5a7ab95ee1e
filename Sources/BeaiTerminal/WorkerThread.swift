import Foundation

/// Threads of the explorer's own, beside the event loop.
enum WorkerThread {
    /// Runs `body` on a new thread with the explorer's signals blocked (they must reach the event
    /// loop, whose wait for input they interrupt) and a stack large enough to build a large index.
    static func start(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread {
            Signals.blockInThisThread()
            body()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
}
