import Foundation
import Testing
@testable import Scenarios

@Suite struct ProgressCounterTests {
    func result(_ name: String, failed: Bool) -> ScenarioResult {
        let scenario = Scenario(file: "x.yaml", name: name, build: .library(script: ""), account: .file(""),
                                visitor: Visitor(url: "https://shop.example/", referrer: ""), steps: [])
        let failures = failed ? [Failure(step: 0, stepLabel: "expect", check: "numbers", expected: "a", actual: "b")] : []
        return ScenarioResult(scenario: scenario, browser: "chromium", failures: failures, skipped: nil, seconds: 0,
                              finalSnapshot: nil, originalHTML: nil, apiCalls: [], console: [])
    }

    @Test func theLinesCountFailuresAndEstimateTheTimeLeft() {
        let start = Date(timeIntervalSince1970: 1_000)
        var counter = ProgressCounter(label: "chromium", started: start)
        counter.record(result("one", failed: false), done: 1, total: 4)
        counter.record(result("two", failed: true), done: 2, total: 4)
        // Two scenarios took 100 s, so two more take about 100 s.
        #expect(counter.remaining(now: start + 100) == 100)
        #expect(counter.terminalLine(now: start + 100) == "chromium [2/4] 1 failed, about 1 min 40 s left ✗ two")
        #expect(counter.logLine == "chromium: 2 of 4 scenarios run, 1 failed so far")
    }

    @Test func nothingIsEstimatedBeforeTheFirstScenario() {
        let counter = ProgressCounter(label: "harness")
        #expect(counter.remaining(now: Date()) == nil)
    }
}
