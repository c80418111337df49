import Engine
import Foundation
import Scenarios

/// Several `ChromiumScenarioRunner`s side by side, each its own Chromium and HTTPS server, so a suite runs on
/// more than one browser at once.
///
/// A scenario in Chromium spends most of its time waiting on real time (each step settles for at least
/// 300 ms), using about 0.4 of a core: two browsers on two cores take half the wall time. `run` may be called
/// from several threads (`SuiteRunner`); each call takes an idle runner for the whole scenario.
///
/// ```swift
/// let pool = try ChromiumRunnerPool(count: 2, builds: builds)
/// defer { pool.close() }
/// let results = SuiteRunner(workers: pool.count).run(files: files, using: pool.run)
/// ```
public final class ChromiumRunnerPool: @unchecked Sendable {
    private let runners: [ChromiumScenarioRunner]
    private let lock = NSCondition()
    private var idle: [ChromiumScenarioRunner]

    /// How many browsers run side by side.
    public var count: Int { runners.count }

    /// Starts `count` browsers (at least one), one after another; all share `builds`.
    public init(count: Int, builds: BuildCache, limits: ExecutionBudget.Limits = .init()) throws {
        var started: [ChromiumScenarioRunner] = []
        do {
            for _ in 0..<max(1, count) { started.append(try ChromiumScenarioRunner(builds: builds, limits: limits)) }
        } catch {
            started.forEach { $0.close() }
            throw error
        }
        runners = started
        idle = started
    }

    /// Runs one scenario on the next idle browser; never throws, as `ChromiumScenarioRunner.run`.
    public func run(_ scenario: Scenario) -> ScenarioResult {
        lock.lock()
        while idle.isEmpty { lock.wait() }
        let runner = idle.removeLast()
        lock.unlock()
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
        runners.forEach { $0.close() }
    }
}
