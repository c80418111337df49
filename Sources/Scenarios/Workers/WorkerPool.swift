import Engine
import Foundation

/// Runs harness scenarios in worker processes, so a crash, a hang or a runaway page fails one scenario and
/// never the run.
///
/// Each worker is a `dni worker` process that runs scenarios one after another (its runtime and builds stay
/// warm between them). A worker that dies or is killed is replaced for the next scenario. `run` may be called
/// from several threads at once (`SuiteRunner`): each call takes an idle worker or starts one.
///
/// ```swift
/// let pool = WorkerPool(arguments: ["worker", "--cpu-limit", "20"], limits: .init())
/// defer { pool.close() }
/// let results = SuiteRunner(workers: 2).run(files: files, using: pool.run)
/// ```
public final class WorkerPool: @unchecked Sendable {
    /// The `dni` executable that serves as worker: this process's own.
    public static var ownExecutable: URL {
        URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0])
    }

    private let executable: URL
    private let arguments: [String]
    private let limits: ExecutionBudget.Limits
    private let margins: WorkerProcess.Margins
    private let lock = NSLock()
    private var idle: [WorkerProcess] = []

    /// Workers run `executable` with `arguments`; `limits` are the workers' own, which the parent enforces
    /// with `margins`.
    init(executable: URL, arguments: [String], limits: ExecutionBudget.Limits, margins: WorkerProcess.Margins) {
        self.executable = executable
        self.arguments = arguments
        self.limits = limits
        self.margins = margins
        // A worker that dies closes its pipes; writing to one must be an error, not the end of this process.
        signal(SIGPIPE, SIG_IGN)
    }

    /// Workers run this process's own executable with `arguments` (the `worker` subcommand and its options).
    public convenience init(arguments: [String], limits: ExecutionBudget.Limits) {
        self.init(executable: Self.ownExecutable, arguments: arguments, limits: limits, margins: .init())
    }

    /// Runs one scenario in a worker; never throws: a worker that cannot start is a failed scenario.
    public func run(_ scenario: Scenario) -> ScenarioResult {
        let worker: WorkerProcess
        do {
            worker = try take()
        } catch {
            return ScenarioResult(scenario: scenario, browser: "harness",
                                  failures: [Failure(step: 0, stepLabel: "worker", check: "worker process",
                                                     expected: "a worker process for the scenario",
                                                     actual: "could not start \(executable.path): \(error)")],
                                  skipped: nil, seconds: 0, finalSnapshot: nil, originalHTML: nil, apiCalls: [],
                                  console: [])
        }
        let (result, alive) = worker.run(scenario, limits: limits, margins: margins)
        if alive && worker.isRunning {
            lock.withLock { idle.append(worker) }
        } else {
            worker.kill()
        }
        return result
    }

    /// Ends every idle worker.
    public func close() {
        let workers = lock.withLock { () -> [WorkerProcess] in
            defer { idle.removeAll() }
            return idle
        }
        for worker in workers { worker.close() }
    }

    private func take() throws -> WorkerProcess {
        if let worker = lock.withLock({ idle.popLast() }) { return worker }
        return try WorkerProcess(executable: executable, arguments: arguments)
    }
}
