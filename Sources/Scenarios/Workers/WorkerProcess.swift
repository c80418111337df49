import Engine
import Foundation

/// One worker process seen from its parent: starts it, hands it a scenario, and watches it while it runs.
///
/// While a job runs the parent polls the reply pipe and, four times a second, reads the worker's CPU time and
/// resident memory from `/proc`. A worker past its limits with a margin (its own budget should have stopped the
/// scenario first), past a wall-clock bound, or that ends without a reply, is killed if need be and the
/// scenario fails with what happened and the worker's last lines on standard error. The next job starts a
/// fresh worker.
final class WorkerProcess {
    /// How far past a worker's own limits the parent lets it go before killing it.
    struct Margins: Sendable {
        /// CPU seconds beyond twice the CPU limit (the worker's own backstop ends it at twice plus 10 s).
        var cpuSeconds = 20.0
        /// Bytes beyond the memory limit.
        var memoryBytes = 512 << 20
        /// Wall-clock seconds beyond four times the CPU limit.
        var wallSeconds = 60.0
    }

    private let child: ChildProcess
    private let errors: StandardErrorTail
    private let lines: PipeLines

    /// Starts `executable` with `arguments` (the worker subcommand and its options).
    init(executable: URL, arguments: [String]) throws {
        child = try ChildProcess(executable: executable.path, arguments: arguments)
        errors = StandardErrorTail(fd: child.error)
        lines = PipeLines(fd: child.output)
    }

    var isRunning: Bool { child.isRunning }

    /// Runs `scenario` in the worker; any way the worker fails becomes a failed result.
    func run(_ scenario: Scenario, limits: ExecutionBudget.Limits, margins: Margins) -> (ScenarioResult, alive: Bool) {
        let start = Date()
        errors.reset()
        var line = (try? JSONEncoder().encode(WorkerJob(file: scenario.file))) ?? Data()
        line.append(UInt8(ascii: "\n"))
        guard PipeLines.writeAll(child.input, line) else {
            child.kill()
            return (failed(scenario, start, "the worker process " + ending()), false)
        }
        let usage = ProcessUsage(pid: child.pid)
        let cpuStart = usage.cpuSeconds
        let residentStart = usage.residentBytes
        let cpuBound = 2 * limits.cpuSeconds + margins.cpuSeconds
        let wallBound = 4 * limits.cpuSeconds + margins.wallSeconds
        while true {
            switch lines.next(timeoutMs: 250) {
            case .line(let data):
                guard let reply = try? JSONDecoder().decode(WorkerReply.self, from: data) else {
                    return (failed(scenario, start, "the worker process answered something that is not a result"),
                            false)
                }
                return (reply.result(for: scenario), true)
            case .closed:
                child.wait()
                return (failed(scenario, start, "the worker process " + ending()), false)
            case .timeout:
                let used = usage.cpuSeconds - cpuStart
                let grown = usage.residentBytes - residentStart
                var why: String?
                if used > cpuBound {
                    why = String(format: "used %.0f s of CPU time, past its CPU-time limit of %@ (with a margin), "
                                 + "in script the engine could not interrupt", used,
                                 ExecutionBudget.Exceeded.seconds(limits.cpuSeconds))
                } else if grown > limits.memoryBytes + margins.memoryBytes {
                    why = "grew by \(grown >> 20) MB, past its memory limit of \(limits.memoryBytes >> 20) MB (with a margin)"
                } else if Date().timeIntervalSince(start) > wallBound {
                    why = String(format: "ran for %.0f s of wall-clock time without answering", wallBound)
                }
                if let why {
                    child.kill()
                    return (failed(scenario, start, "stopped: the worker process " + why + " and was killed"), false)
                }
            }
        }
    }

    /// Ends the worker: its input closes, so it finishes its loop; a worker that does not is killed.
    func close() {
        child.closeInput()
        let deadline = Date().addingTimeInterval(2)
        while child.isRunning && Date() < deadline { usleep(5_000) }
        child.kill()
    }

    func kill() { child.kill() }

    /// How the worker ended: its exit status or signal, and what it left on standard error.
    private func ending() -> String {
        let how: String
        switch child.wait() {
        case .signalled(let signal):
            let name = signal == SIGABRT ? " (abort)" : signal == SIGSEGV ? " (segmentation fault)"
                : signal == SIGKILL ? " (killed)" : ""
            how = "ended by signal \(signal)\(name) while running this scenario"
        case .exited(let status):
            how = "exited with status \(status) while running this scenario"
        }
        // From a crash report, the crashed thread; else the last lines it wrote.
        let crash = errors.crash(frames: 8)
        let (label, lines): (String, [String])
        if crash.isEmpty {
            (label, lines) = ("its last words", errors.lines(last: 12))
        } else {
            // JavaScriptCore's trap thread sometimes aborts while it interrupts a script (docs/limits.md).
            let engine = crash[1].contains("Signal Sender") ? " (JavaScriptCore's own trap thread, docs/limits.md)" : ""
            (label, lines) = ("the crash" + engine, crash)
        }
        return lines.isEmpty ? how : how + "; \(label):\n" + lines.map { "      " + $0 }.joined(separator: "\n")
    }

    private func failed(_ scenario: Scenario, _ start: Date, _ actual: String) -> ScenarioResult {
        ScenarioResult(scenario: scenario, browser: "harness",
                       failures: [Failure(step: 0, stepLabel: "worker", check: "worker process",
                                          expected: "the scenario runs to its end", actual: actual)],
                       skipped: nil, seconds: Date().timeIntervalSince(start), finalSnapshot: nil,
                       originalHTML: nil, apiCalls: [], console: [])
    }
}
