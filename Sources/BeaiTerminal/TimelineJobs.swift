import BeaiApp
import BeaiDomain

/// Lays out the timelines the explorer defers (`State.defersTimeline`), each on a thread of its
/// own, and hands each to the screen that asked for it.
struct TimelineJobs {
    private var started: Set<Int> = []
    private var running: [BackgroundWork] = []

    /// True while a timeline is being laid out.
    var isRunning: Bool { !running.isEmpty }

    /// Starts the requests not started yet.
    mutating func start(_ requests: [TimelineRequest], in dataset: Dataset) {
        for request in requests where started.insert(request.id).inserted {
            running.append(BackgroundWork {
                let timeline = request.layOut(in: dataset)
                return { state in state.timelineArrived(timeline, request: request.id) }
            })
        }
    }

    /// Applies the timelines laid out since the last call; true when there was one.
    mutating func take(into state: inout State) -> Bool {
        var arrived = false
        for job in running {
            guard let change = job.take() else { continue }
            change(&state)
            arrived = true
        }
        running.removeAll { !$0.isRunning }
        return arrived
    }
}
