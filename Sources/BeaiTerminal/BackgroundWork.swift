import BeaiApp
import Foundation
import Synchronization

/// A change to the explorer's state, worked out away from the event loop.
public typealias StateChange = @Sendable (inout State) -> Void

/// Runs one piece of work on a thread of its own and hands its result to the event loop, which
/// polls for it between events.
final class BackgroundWork: Sendable {
    private let result = Mutex<StateChange?>(nil)
    private let running = Atomic<Bool>(true)

    init(_ work: @escaping @Sendable () -> StateChange) {
        WorkerThread.start { [self] in
            let change = work()
            result.withLock { $0 = change }
            running.store(false, ordering: .releasing)
        }
    }

    /// True until the work has finished and its change been taken.
    var isRunning: Bool { running.load(ordering: .acquiring) || result.withLock { $0 != nil } }

    /// The change, once, when the work has finished.
    func take() -> StateChange? { result.withLock { change in defer { change = nil }; return change } }
}
