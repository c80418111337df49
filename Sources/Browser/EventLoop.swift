import Engine

/// The one task queue of a browser: timers, network answers and navigations, ordered by virtual time.
///
/// Nothing runs by itself: `advance(by:)` and `settle()` run due tasks in order of due time, then of
/// scheduling, moving the clock to each task's time (like swift-clocks' `TestClock`).
public final class EventLoop {
    /// A scheduled piece of work.
    struct Task {
        var id: Int
        var due: Double
        var owner: ObjectIdentifier?
        var label: String
        var run: () -> Void
    }

    /// Thrown when tasks keep coming: a runaway interval or a loop of zero-delay timers.
    public struct RunawayError: Error, CustomStringConvertible {
        public var limit: Int
        public var pending: [String]
        public var description: String {
            "more than \(limit) tasks ran without the page settling; still pending: "
                + pending.prefix(5).joined(separator: ", ")
        }
    }

    public let clock: VirtualClock
    private var tasks: [Task] = []
    private var nextID = 1

    public init(clock: VirtualClock) { self.clock = clock }

    /// Number of tasks waiting.
    public var pendingCount: Int { tasks.count }

    /// Labels of the waiting tasks, soonest first.
    public var pendingLabels: [String] { tasks.map { "\($0.label) at +\(Int($0.due - clock.now)) ms" } }

    /// Schedules `run` after `delay` milliseconds; returns an id for `cancel`.
    @discardableResult
    func schedule(after delay: Double, owner: AnyObject? = nil, label: String, _ run: @escaping () -> Void) -> Int {
        let id = nextID
        nextID += 1
        let task = Task(id: id, due: clock.now + max(0, delay), owner: owner.map(ObjectIdentifier.init),
                        label: label, run: run)
        // Tasks stay sorted by due time; equal times keep scheduling order.
        var low = 0, high = tasks.count
        while low < high {
            let mid = (low + high) / 2
            if tasks[mid].due <= task.due { low = mid + 1 } else { high = mid }
        }
        tasks.insert(task, at: low)
        return id
    }

    /// Cancels a task; unknown ids are ignored.
    func cancel(_ id: Int) {
        if let index = tasks.firstIndex(where: { $0.id == id }) { tasks.remove(at: index) }
    }

    /// Drops every task owned by `owner` (a page being unloaded).
    func cancelAll(owner: AnyObject) {
        let key = ObjectIdentifier(owner)
        tasks.removeAll { $0.owner == key }
    }

    /// Runs every task due within `milliseconds` from now, then sets the clock to now + `milliseconds`.
    public func advance(by milliseconds: Double, limit: Int = 100_000) throws {
        let target = clock.now + milliseconds
        try run(until: target, limit: limit)
        clock.move(to: target)
    }

    /// Runs tasks due within `horizon` ms of now, including ones they schedule, leaving the clock at the last task.
    ///
    /// Long intervals such as a 60-second heartbeat stay pending; a 10 ms interval would exhaust `limit`.
    public func settle(horizon: Double = 10_000, limit: Int = 10_000) throws {
        try run(until: clock.now + horizon, limit: limit)
    }

    /// Runs tasks until none is left; fails on a runaway.
    public func runUntilIdle(limit: Int = 10_000) throws {
        try run(until: .infinity, limit: limit)
    }

    private func run(until deadline: Double, limit: Int) throws {
        var count = 0
        while let first = tasks.first, first.due <= deadline {
            count += 1
            if count > limit { throw RunawayError(limit: limit, pending: pendingLabels) }
            tasks.removeFirst()
            clock.move(to: first.due)
            first.run()
            // A task stopped for going over the CPU or memory bound ends the run: nothing after it can be trusted.
            try ExecutionBudget.current.check()
        }
    }
}
