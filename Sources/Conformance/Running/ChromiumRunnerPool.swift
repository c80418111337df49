import Engine
import Foundation
import Scenarios

/// Several `ChromiumScenarioRunner`s side by side, each its own Chromium and HTTPS server, so a suite runs on
/// more than one browser at once.
///
/// A scenario in Chromium spends most of its time waiting on real time (each step settles for at least
/// 300 ms), using about 0.4 of a core: two browsers on two cores take half the wall time. `run` may be called
/// from several threads (`SuiteRunner`); each call takes an idle runner for the whole scenario, or starts one
/// while fewer than `capacity` run, so a run of one scenario starts one browser.
///
/// ```swift
/// let pool = try ChromiumRunnerPool(capacity: 2, builds: builds)
/// defer { pool.close() }
/// let results = SuiteRunner(workers: pool.capacity).run(files: files, using: pool.run)
/// ```
public final class ChromiumRunnerPool: @unchecked Sendable {
    private let builds: BuildCache
    private let limits: ExecutionBudget.Limits
    private let lock = NSCondition()
    private var runners: [ChromiumScenarioRunner]
    private var idle: [ChromiumScenarioRunner]
    private var starting = 0
    private var room: Int

    /// How many browsers may run side by side; lowered when one more cannot be started.
    public var capacity: Int { lock.withLock { room } }
    /// How many browsers have been started.
    public var started: Int { lock.withLock { runners.count } }

    /// Starts the first browser now, so that a Chromium that cannot start is an error here; the others start
    /// when scenarios wait for them. All share `builds`.
    public init(capacity: Int, builds: BuildCache, limits: ExecutionBudget.Limits = .init()) throws {
        self.builds = builds
        self.limits = limits
        room = max(1, capacity)
        let first = try ChromiumScenarioRunner(builds: builds, limits: limits)
        runners = [first]
        idle = [first]
    }

    /// Runs one scenario on an idle browser; never throws, as `ChromiumScenarioRunner.run`.
    public func run(_ scenario: Scenario) -> ScenarioResult {
        let runner = take()
        defer {
            lock.lock()
            idle.append(runner)
            lock.signal()
            lock.unlock()
        }
        return runner.run(scenario)
    }

    /// Ends every browser and server.
    public func close() {
        lock.withLock { runners }.forEach { $0.close() }
    }

    /// An idle runner, a newly started one while there is room, or the next one another scenario gives back.
    private func take() -> ChromiumScenarioRunner {
        lock.lock()
        defer { lock.unlock() }
        while true {
            if let runner = idle.popLast() { return runner }
            if runners.count + starting < room {
                starting += 1
                lock.unlock()
                let runner = try? ChromiumScenarioRunner(builds: builds, limits: limits)
                lock.lock()
                starting -= 1
                if let runner {
                    runners.append(runner)
                    return runner
                }
                // One more browser would not start: go on with those that did.
                room = runners.count + starting
                continue
            }
            lock.wait()
        }
    }
}
