import Browser
import Engine
import Foundation
import MockAPI

/// Runs scenarios in the harness: builds the setup, drives the steps, checks the expectations.
///
/// ```swift
/// let runner = try ScenarioRunner()
/// let result = runner.run(try ScenarioParser.load(path: "scenarios/detection/google-organic.yaml"))
/// print(result.passed)
/// ```
public final class ScenarioRunner: @unchecked Sendable {
    public let builds: BuildCache
    /// The CPU time and memory each scenario may use; a scenario that goes over fails with a clear message.
    public let limits: ExecutionBudget.Limits
    /// When true, each result says what the client changed on the last page, node by node, as `dni run`
    /// does (for reports; it costs a second parse of that page).
    public var recordsReplacements = false

    public init(builds: BuildCache? = nil, limits: ExecutionBudget.Limits = .init()) throws {
        self.builds = try builds ?? BuildCache()
        self.limits = limits
    }

    /// Latency range of `--orders` runs for scenarios that give none: wide enough for answers to overtake.
    public static let orderingLatencyMs: ClosedRange<Double> = 5...250

    /// Runs one scenario in the harness; never throws: problems become failures.
    public func run(_ scenario: Scenario) -> ScenarioResult { run(scenario, ordering: nil) }

    /// Runs a scenario under each ordering seed in turn; returns the first run that fails, else the last.
    public func run(_ scenario: Scenario, orderings seeds: [UInt64]) -> ScenarioResult {
        var last: ScenarioResult?
        var seconds = 0.0
        for seed in seeds {
            let result = run(scenario, ordering: seed)
            seconds += result.seconds
            last = result
            if !result.passed { break }
        }
        guard var result = last else { return run(scenario) }
        result.seconds = seconds
        return result
    }

    /// Runs one scenario with its answers' latencies drawn with `ordering` as the seed (nil: the scenario's
    /// own latency, drawn with the visitor's seed).
    public func run(_ scenario: Scenario, ordering: UInt64?) -> ScenarioResult {
        let start = Date()
        let budget = ExecutionBudget.current
        budget.start(limits: limits)
        budget.describeRun("scenario '\(scenario.name)' (\(scenario.file))")
        defer {
            if budget.exceeded != nil { ScriptContext().collectGarbage() }
            budget.finish()
        }
        var result = ScenarioResult(scenario: scenario, browser: "harness", failures: [], skipped: nil, seconds: 0,
                                    finalSnapshot: nil, originalHTML: nil, apiCalls: [], console: [])
        result.ordering = ordering
        do {
            let latency = scenario.network.latencyMs ?? (ordering == nil ? nil : Self.orderingLatencyMs)
            let session = try HarnessSession(scenario, builds: builds, latency: latency, networkSeed: ordering)
            let (setup, network, browser) = (session.setup, session.network, session.browser)
            result.originalHTML = setup.pages[Self.pageKey(scenario.visitor.url)] ?? setup.pages.values.first
            let driver = StepDriver(scenario: scenario, browser: browser, calls: { network.calls },
                                    addFaults: network.add)
            driver.explainsSource = setup.explainsSource
            result.failures = driver.run()
            result.finalSnapshot = driver.lastSnapshot
            result.snapshots = driver.snapshots
            result.apiCalls = network.calls
            result.console = browser.consoleLines()
            result.missingFeatures = browser.missingFeatures()
            if recordsReplacements { result.replacements = try? replacements(setup: setup, browser: browser) }
        } catch {
            result.failures = [Failure(step: 0, stepLabel: "setup", check: "setup", expected: "a runnable scenario",
                                       actual: String(describing: error))]
        }
        result.seconds = Date().timeIntervalSince(start)
        return result
    }

    /// What the client changed on the current page: its nodes as served (scripts not run) against now.
    func replacements(setup: ScenarioSetup, browser: HarnessBrowser) throws -> [VisitTrace.Replacement]? {
        guard let url = browser.page?.url, let served = setup.pages[Self.pageKey(url)] else { return nil }
        let before = try VisitTracer.servedNodes(html: served, url: url)
        let after = try ReplacementDiff.Nodes(json: try browser.evaluateJSON(ReplacementDiff.expression))
        return ReplacementDiff.changes(from: before, to: after)
    }

    /// A URL without query and fragment, as pages are keyed.
    static func pageKey(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        components.query = nil
        components.fragment = nil
        return components.string ?? url
    }
}
