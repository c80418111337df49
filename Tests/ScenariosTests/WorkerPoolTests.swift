import Engine
import Foundation
import Testing
@testable import Scenarios

/// Scenarios in worker processes: whatever happens to a worker fails that scenario only, and the pool goes on.
@Suite struct WorkerPoolTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func scenario(_ path: String) throws -> Scenario {
        try ScenarioParser.load(path: root.appendingPathComponent(path).path)
    }

    /// The `dni` executable built beside this test bundle.
    static var dni: URL {
        get throws {
            let own = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            let dni = own.deletingLastPathComponent().appendingPathComponent("dni")
            try #require(FileManager.default.isExecutableFile(atPath: dni.path),
                         "build the dni executable first (swift build)")
            return dni
        }
    }

    /// A pool whose "worker" is a shell script: each case makes the worker fail one way.
    static func shellPool(_ script: String, margins: WorkerProcess.Margins = .init()) -> WorkerPool {
        WorkerPool(executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", script],
                   limits: .init(cpuSeconds: 0.2), margins: margins)
    }

    @Test func promiseJobsTheEngineCannotStopFailThatScenarioAndTheNextOneRuns() throws {
        let pool = WorkerPool(executable: try Self.dni, arguments: ["worker", "--cpu-limit", "0.3"],
                              limits: .init(cpuSeconds: 0.3), margins: .init())
        defer { pool.close() }
        let loop = pool.run(try Self.scenario("hostile/scenarios/promise-loop.yaml"))
        let control = pool.run(try Self.scenario("hostile/scenarios/passes.yaml"))
        #expect(!loop.passed)
        // Stopped by the engine's watchdog or by the worker's backstop, which name the limit; or the engine
        // aborted in its signal sender while stopping it (docs/limits.md), which ends only that worker.
        let actual = loop.failures.map(\.actual).joined()
        #expect(actual.contains("CPU-time limit of 0.3 s") || actual.contains("ended by signal 6 (abort)"), "\(actual)")
        #expect(loop.seconds < 30)
        #expect(control.passed, "\(control.failures)")
    }

    @Test func aWorkerThatAbortsIsAFailedScenarioWithItsLastWords() throws {
        let pool = Self.shellPool("read job; echo 'Signal Sender: assertion failed' >&2; kill -ABRT $$")
        let result = pool.run(try Self.scenario("hostile/scenarios/passes.yaml"))
        let actual = result.failures.first?.actual ?? ""
        #expect(result.failures.count == 1)
        #expect(actual.contains("ended by signal 6 (abort)"))
        #expect(actual.contains("Signal Sender: assertion failed"))
    }

    @Test func aCrashReportIsShortenedToTheCrashedThread() throws {
        // A crash report lists every thread; the crashed one is in the middle, idle ones follow it.
        var report = ["*** Signal 6: Backtracing from 0x1... done ***", "*** Program crashed: Aborted at 0x52f9 ***",
                      "Thread 0 \"dni\":", "0 0x1 sigsuspend + 65 in libc.so.6",
                      "Thread 10 \"s Signal Sender\" crashed:", "0 0x2 __pthread_kill_implementation + 268 in libc.so.6",
                      "1 [ra] 0x3 VMTraps::SignalSender::work in libjavascriptcoregtk-4.1.so"]
        report += (11..<30).flatMap { ["Thread \($0) \"JITWorker\":", "0 0x4 __futex_abstimed_wait_common + 198 in libc.so.6"] }
        let script = report.map { "echo '\($0)' >&2" }.joined(separator: "; ")
        let pool = Self.shellPool("read job; \(script); kill -ABRT $$")
        let result = pool.run(try Self.scenario("hostile/scenarios/passes.yaml"))
        let actual = result.failures.first?.actual ?? ""
        #expect(actual.contains("ended by signal 6 (abort)"))
        #expect(actual.contains("JavaScriptCore's own trap thread"), "\(actual)")
        #expect(actual.contains("Thread 10 \"s Signal Sender\" crashed:"))
        #expect(actual.contains("VMTraps::SignalSender::work"))
        #expect(!actual.contains("JITWorker"), "\(actual)")
    }

    @Test func aWorkerThatAnswersNonsenseIsAFailedScenario() throws {
        let pool = Self.shellPool("read job; echo 'not json'; read next")
        defer { pool.close() }
        let result = pool.run(try Self.scenario("hostile/scenarios/passes.yaml"))
        #expect(result.failures.first?.actual.contains("answered something that is not a result") == true)
    }

    @Test func aWorkerSpinningPastItsCPUBoundIsKilled() throws {
        let pool = Self.shellPool("read job; while :; do :; done", margins: .init(cpuSeconds: 0.5))
        let result = pool.run(try Self.scenario("hostile/scenarios/passes.yaml"))
        #expect(result.failures.first?.actual.contains("past its CPU-time limit of 0.2 s") == true)
        #expect(result.failures.first?.actual.contains("was killed") == true)
        #expect(result.seconds < 10)
    }

    @Test func aWorkerThatNeverAnswersIsKilledAtTheWallClockBound() throws {
        let pool = Self.shellPool("read job; sleep 600", margins: .init(wallSeconds: 0.5))
        let result = pool.run(try Self.scenario("hostile/scenarios/passes.yaml"))
        #expect(result.failures.first?.actual.contains("of wall-clock time without answering") == true)
        #expect(result.seconds < 10)
    }

    @Test func aWorkerThatCannotStartIsAFailedScenario() throws {
        let pool = WorkerPool(executable: URL(fileURLWithPath: "/nonexistent/dni"), arguments: [],
                              limits: .init(), margins: .init())
        let result = pool.run(try Self.scenario("hostile/scenarios/passes.yaml"))
        #expect(result.failures.first?.actual.contains("could not start /nonexistent/dni") == true)
    }

    @Test func aHealthyWorkerIsReusedForTheNextScenario() throws {
        // The shell worker answers each job with an empty result and counts the jobs it served on stderr.
        let reply = #"{"failures":[],"seconds":0,"snapshots":[],"apiCalls":[],"console":[],"missingFeatures":[]}"#
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("dni-worker-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: log) }
        let counting = WorkerPool(executable: URL(fileURLWithPath: "/bin/sh"),
                                  arguments: ["-c", "n=0; while read job; do n=$((n+1)); echo \"$$ $n\" >> \(log.path); echo '\(reply)'; done"],
                                  limits: .init(), margins: .init())
        defer { counting.close() }
        let scenario = try Self.scenario("hostile/scenarios/passes.yaml")
        #expect(counting.run(scenario).passed)
        #expect(counting.run(scenario).passed)
        let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(Set(lines.map { $0.split(separator: " ")[0] }).count == 1, "one worker served both: \(lines)")
    }
}
