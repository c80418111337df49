import CJavaScriptCore
import Foundation

/// Bounds the CPU time and memory that JavaScript may use on one thread, and stops it when it goes over.
///
/// Three mechanisms, from cheapest to last resort:
/// - JavaScriptCore's watchdog asks `shouldTerminate` each time a script has run for a slice (1 ms)
///   without returning. It compares the thread's CPU time since `start` with the CPU limit and, every few
///   milliseconds, how much the process's resident memory (`/proc/self/statm`) has grown since `start` with
///   the memory limit (growth, so memory an earlier stopped run left resident is not counted again). Endless loops,
///   allocation loops and long timer callbacks are stopped this way; the stop cannot be caught by script.
/// - A loop of short promise jobs is never one long run: each job is a new entry into the VM and restarts
///   the watchdog. Such loops allocate, so the heap is collected; after each collection the budget is
///   checked, and once over, the watchdog slice is made tiny so the next job is stopped.
/// - A backstop thread watches every armed thread's CPU time. A run still going at twice its CPU limit plus
///   10 s (script the engine could not interrupt, such as `for (;;) await null`, which neither runs long
///   nor allocates) ends the process with a message naming what was running: the run fails, it never hangs.
///
/// Once a limit is crossed the budget stays exceeded, so every later piece of script on the thread
/// (timers, answers, queued jobs) is stopped too, until the next `start`.
///
/// ```swift
/// let budget = ExecutionBudget.current
/// budget.start(limits: .init(cpuSeconds: 2))
/// try? ScriptContext().evaluate("while (true) {}")   // stops after about 2 s of CPU time
/// print(budget.exceeded!)   // stopped: CPU-time limit of 2 s reached (used 2 s) while running script
/// ```
public final class ExecutionBudget {
    /// How much a run may use.
    public struct Limits: Sendable, Equatable {
        /// CPU seconds of the thread, counted from `start`.
        public var cpuSeconds: Double
        /// Bytes the process's resident memory may grow by while the run goes on.
        public var memoryBytes: Int

        public init(cpuSeconds: Double = 20, memoryBytes: Int = 2048 << 20) {
            self.cpuSeconds = cpuSeconds
            self.memoryBytes = memoryBytes
        }
    }

    /// Why script was stopped: which limit, how much was used, and what was running.
    public struct Exceeded: Error, CustomStringConvertible, Sendable {
        public enum Kind: String, Sendable { case cpu = "CPU-time", memory = "memory" }
        public var kind: Kind
        /// The limit, in seconds or bytes.
        public var limit: Double
        /// What was used when the limit was noticed.
        public var used: Double
        /// What was running: the page and the script or callback.
        public var activity: String

        public var description: String {
            switch kind {
            case .cpu:
                return "stopped: CPU-time limit of \(Self.seconds(limit)) reached (used \(Self.seconds(used))) "
                    + "while running \(activity)"
            case .memory:
                return "stopped: memory limit of \(Int(limit) >> 20) MB reached (the process grew by \(Int(used) >> 20) MB) "
                    + "while running \(activity)"
            }
        }

        /// Seconds as messages write them ("0.3 s", "20 s").
        public static func seconds(_ value: Double) -> String { String(format: "%.2g s", value) }
    }

    /// The limits of the current run.
    public private(set) var limits = Limits()
    /// Set once a limit is crossed; cleared by `start`.
    public private(set) var exceeded: Exceeded?
    /// What the thread is running now, for messages (`withActivity`).
    public private(set) var activity = "script"
    /// Watchdog callbacks since `start` (work done to enforce the budget, for tests).
    public private(set) var checks = 0

    private let group: JSContextGroupRef
    private let owner = pthread_self()
    private var cpuStart: Double = 0
    private var residentAtStart = 0
    private var nextMemoryCheck: Double = 0
    private var armed = false

    /// Seconds of uninterrupted script between watchdog calls. Each call interrupts the script through
    /// JavaScriptCore's trap thread, which now and then aborts the process while it does: with 1 ms slices
    /// about one run of the scenario suite in ten lost a worker that way, with 10 ms none in 40
    /// (docs/limits.md). A limit is noticed at most one slice late.
    static let slice = 1e-2
    /// The slice once the budget is exceeded: short enough to catch one of many short promise jobs.
    /// (Much shorter slices for every run make JavaScriptCore's trap delivery abort under heavy job loops.)
    static let tightSlice = 1e-4
    /// CPU seconds between reads of the process's resident memory.
    static let memoryInterval = 0.005

    private var slice = ExecutionBudget.slice
    /// The thread's CPU clock, readable from the backstop thread.
    private var clock = clockid_t()

    init(group: JSContextGroupRef) {
        self.group = group
        pthread_getcpuclockid(pthread_self(), &clock)
        JSContextGroupAddHeapFinalizer(group, { _, raw in
            guard let raw else { return }
            Unmanaged<ExecutionBudget>.fromOpaque(raw).takeUnretainedValue().afterCollection()
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    /// The budget of the calling thread's context group.
    public static var current: ExecutionBudget { ContextGroup.current.budget }

    /// Starts a new run with `limits`: CPU time counts from now and any earlier stop is forgotten.
    public func start(limits: Limits) {
        self.limits = limits
        cpuStart = Self.threadCPUTime()
        residentAtStart = Self.residentBytes()
        nextMemoryCheck = 0
        checks = 0
        activity = "script"
        slice = Self.slice
        Backstop.shared.watch(self, limit: limits.cpuSeconds, start: cpuStart)
        if exceeded != nil {
            exceeded = nil
            // A stop noticed while queued promise jobs ran is reported by the VM's next call; take it here.
            let scratch = JSGlobalContextCreateInGroup(group, nil)
            JSStrings.with("0") { _ = JSEvaluateScript(scratch, $0, nil, nil, 1, nil) }
            JSGlobalContextRelease(scratch)
        }
        arm()
    }

    /// Stops enforcing limits on this thread.
    public func stop() {
        Backstop.shared.forget(self)
        guard armed else { return }
        JSContextGroupClearExecutionTimeLimit(group)
        armed = false
    }

    /// Ends the run: the backstop stops watching the thread (the watchdog stays armed until the next `start`
    /// or `stop`, so later script on the thread is still bounded by these limits).
    public func finish() { Backstop.shared.forget(self) }

    /// Names the run for the backstop's message (a scenario and its file).
    public func describeRun(_ label: String) { Backstop.shared.label(self, label) }

    /// Throws `Exceeded` when a limit was crossed since `start`.
    public func check() throws {
        if let exceeded { throw exceeded }
    }

    /// Runs `body` with `label` as what is running, for the message if a limit is crossed inside it.
    public func withActivity<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
        let previous = activity
        activity = label
        defer { activity = previous }
        return try body()
    }

    /// CPU seconds used since `start`.
    public var cpuUsed: Double { Self.threadCPUTime() - cpuStart }

    private func arm() {
        let context = Unmanaged.passUnretained(self).toOpaque()
        JSContextGroupSetExecutionTimeLimit(group, slice, { _, raw in
            guard let raw else { return false }
            return Unmanaged<ExecutionBudget>.fromOpaque(raw).takeUnretainedValue().shouldTerminate()
        }, context)
        armed = true
    }

    /// The watchdog's question: stop now? Re-arms the watchdog either way, so script that continues after
    /// a stop (the caller of a stopped nested script) is stopped too.
    private func shouldTerminate() -> Bool {
        checks += 1
        arm()
        return isOver()
    }

    /// After a garbage collection: a loop of short promise jobs that went over gets the tight slice.
    private func afterCollection() {
        guard pthread_equal(pthread_self(), owner) != 0, armed, slice != Self.tightSlice, isOver() else { return }
        slice = Self.tightSlice
        arm()
    }

    /// True when a limit is crossed (recording which, the first time).
    private func isOver() -> Bool {
        if exceeded != nil { return true }
        let used = cpuUsed
        if used > limits.cpuSeconds {
            exceeded = Exceeded(kind: .cpu, limit: limits.cpuSeconds, used: used, activity: activity)
            return true
        }
        if used >= nextMemoryCheck {
            nextMemoryCheck = used + Self.memoryInterval
            let grown = Self.residentBytes() - residentAtStart
            if grown > limits.memoryBytes {
                exceeded = Exceeded(kind: .memory, limit: Double(limits.memoryBytes), used: Double(grown),
                                    activity: activity)
                return true
            }
        }
        return false
    }

    /// CPU seconds used by the budget's thread, read from any thread.
    var ownerCPUTime: Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// CPU seconds used by the calling thread.
    static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The process's resident memory in bytes, from `/proc/self/statm` (0 where there is none).
    public static func residentBytes() -> Int {
        let fd = open("/proc/self/statm", O_RDONLY)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let count = read(fd, &buffer, buffer.count)
        guard count > 0 else { return 0 }
        // "size resident shared ...", in pages.
        let fields = buffer[0..<count].split(separator: UInt8(ascii: " "))
        guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
