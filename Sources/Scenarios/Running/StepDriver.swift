import Foundation

/// Carries out a scenario's steps on any `ScenarioBrowser` and checks each `expect` step.
public final class StepDriver {
    let scenario: Scenario
    let browser: ScenarioBrowser
    let calls: () -> [ScenarioNetwork.APICall]
    let addFaults: ([FaultSpec]) -> Void
    public private(set) var lastSnapshot: PageSnapshot?
    /// The snapshot of every `expect` step, in order, for comparing browsers.
    public private(set) var snapshots: [PageSnapshot] = []
    /// When true, every `requests` check matches in any order: a real server sees requests sent at once
    /// in whatever order the connections deliver them.
    public var requestsInAnyOrder = false
    /// When true (the build has source detection), the last snapshot records the client's own
    /// `iovox.explainMedium()` once all steps have run, for reports. A build without the module would warn
    /// on the call, so it is made only when the module is there.
    public var explainsSource = false
    /// Called after each step with its index, for tracing and progress.
    public var afterStep: ((Int, Step) -> Void)?

    public init(scenario: Scenario, browser: ScenarioBrowser, calls: @escaping () -> [ScenarioNetwork.APICall],
                addFaults: @escaping ([FaultSpec]) -> Void) {
        self.scenario = scenario
        self.browser = browser
        self.calls = calls
        self.addFaults = addFaults
    }

    /// Runs every step; returns the failures (a step that cannot run ends the scenario).
    public func run() -> [Failure] {
        var failures: [Failure] = []
        do { try browser.prepare(visitor: scenario.visitor) } catch {
            return [Failure(step: 0, stepLabel: "prepare visitor", check: "visitor", expected: "usable visitor state",
                            actual: String(describing: error))]
        }
        for (index, step) in scenario.steps.enumerated() {
            do {
                failures += try perform(step, index: index)
            } catch {
                failures.append(Failure(step: index, stepLabel: step.label, check: "step", expected: "step runs",
                                        actual: String(describing: error)))
                break
            }
            afterStep?(index, step)
        }
        if explainsSource, lastSnapshot != nil { lastSnapshot?.source = try? PageSnapshot.Source.explained(by: browser) }
        return failures
    }

    func perform(_ step: Step, index: Int) throws -> [Failure] {
        switch step {
        case .visit(let url, let referrer):
            // The visitor's own visit comes with their referrer; another URL has none unless given.
            let from = referrer ?? (url == nil ? scenario.visitor.referrer : "")
            try browser.visit(url: url ?? scenario.visitor.url, referrer: from)
        case .follow(let selector): try browser.follow(selector: selector)
        case .pushState(let url): try browser.pushState(url: url)
        case .advance(let ms): try browser.advance(milliseconds: ms)
        case .closeBrowser: try browser.closeBrowser()
        case .newVisitor: try browser.newVisitor()
        case .insert(let selector, let html): try browser.insert(selector: selector, html: html)
        case .visibility(let hidden): try browser.setHidden(hidden)
        case .eval(let code): _ = try browser.evaluateJSON("(function () { \(code)\n; return null; })()")
        case .faults(let faults): addFaults(faults)
        case .expect(var expectation):
            if requestsInAnyOrder { expectation.requestsInAnyOrder = true }
            let selectors = expectation.elements.map(\.selector)
            let snapshot = try browser.snapshot(selectors: selectors)
            lastSnapshot = snapshot
            snapshots.append(snapshot)
            let medium = try expectation.medium.map { _ in try browser.evaluateJSON(
                "typeof iovox !== 'undefined' && iovox.detectMedium ? iovox.detectMedium() : null") }
            var evals: [String] = []
            for (expression, _) in expectation.evals { evals.append(try browser.evaluateJSON(expression)) }
            let checker = ExpectationChecker(step: index, label: step.label)
            return checker.check(expectation, snapshot: snapshot, calls: calls(), console: browser.consoleLines(),
                                 medium: medium, evals: evals)
        }
        return []
    }
}
