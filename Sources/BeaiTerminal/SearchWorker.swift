import BeaiApp
import BeaiDomain
import BeaiSearch
import Dispatch
import Foundation
import Synchronization

/// Runs deferred searches (`State.defersSearch`) on a thread of its own, newest query first: a
/// query asked for while another runs replaces any that waits, so a burst of typing costs one
/// search per pause, and the event loop never waits for one.
final class SearchWorker: Sendable {
    private struct Request: Sendable {
        let query: String
        let filter: ProgrammeFilter
        let index: SearchIndex
        /// When the key that made this query was read (`DispatchTime` nanoseconds).
        let asked: UInt64
    }

    private let waiting = Mutex<Request?>(nil)
    private let finished = Mutex<(results: SearchResults, filter: ProgrammeFilter, asked: UInt64)?>(nil)
    private let wake = DispatchSemaphore(value: 0)

    init() {
        WorkerThread.start { [self] in
            while true {
                wake.wait()
                guard let request = waiting.withLock({ request in defer { request = nil }; return request }) else { continue }
                let results = SearchState.run(request.query, index: request.index, filter: request.filter)
                finished.withLock { $0 = (results, request.filter, request.asked) }
            }
        }
    }

    /// Asks for the results of `query` among the programmes `filter` keeps, replacing any query
    /// still waiting.
    func ask(_ query: String, filter: ProgrammeFilter, index: SearchIndex, asked: UInt64) {
        waiting.withLock { $0 = Request(query: query, filter: filter, index: index, asked: asked) }
        wake.signal()
    }

    /// The latest finished search, once, with its filter and when its key was read.
    func take() -> (results: SearchResults, filter: ProgrammeFilter, asked: UInt64)? {
        finished.withLock { result in defer { result = nil }; return result }
    }
}
