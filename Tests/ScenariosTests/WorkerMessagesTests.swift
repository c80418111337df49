import Foundation
import Testing
@testable import Scenarios

@Suite struct WorkerMessagesTests {
    /// A result whose two `expect` snapshots and served page carry HTML.
    func result(failed: Bool) -> ScenarioResult {
        let scenario = Scenario(file: "x.yaml", name: "x", build: .library(script: ""), account: .file(""),
                                visitor: Visitor(url: "https://shop.example/", referrer: ""), steps: [])
        var snapshot = PageSnapshot()
        snapshot.url = "https://shop.example/"
        snapshot.html = "<html><body>Call 020 7946 0500</body></html>"
        snapshot.numbers = ["020 7946 0500"]
        let failures = failed ? [Failure(step: 1, stepLabel: "expect", check: "numbers", expected: "a", actual: "b")] : []
        var result = ScenarioResult(scenario: scenario, browser: "harness", failures: failures, skipped: nil, seconds: 0.01,
                                    finalSnapshot: snapshot, originalHTML: "<html><body>Call 020 7946 0001</body></html>",
                                    apiCalls: [], console: [])
        result.snapshots = [snapshot, snapshot]
        return result
    }

    /// The reply as the parent reads it, after the JSON line.
    func sent(_ result: ScenarioResult, pages: Bool) throws -> ScenarioResult {
        let line = try JSONEncoder().encode(WorkerReply(result, pages: pages))
        return try JSONDecoder().decode(WorkerReply.self, from: line).result(for: result.scenario)
    }

    @Test func aPassingScenarioIsSentWithoutItsPages() throws {
        let back = try sent(result(failed: false), pages: false)
        #expect(back.finalSnapshot?.html == "")
        #expect(back.snapshots.map(\.html) == ["", ""])
        #expect(back.originalHTML == nil)
        // Everything the comparison and the record read is still there.
        #expect(back.snapshots.map(\.numbers) == [["020 7946 0500"], ["020 7946 0500"]])
        #expect(back.finalSnapshot?.numbers == ["020 7946 0500"])
        #expect(back.passed)
    }

    @Test func aFailureKeepsTheFinalPageForItsExcerpt() throws {
        let back = try sent(result(failed: true), pages: false)
        #expect(back.finalSnapshot?.html.contains("020 7946 0500") == true)
        #expect(back.snapshots.map(\.html) == ["", ""])
        #expect(back.failures.count == 1)
    }

    @Test func aReportGetsThePagesOfEveryScenario() throws {
        let back = try sent(result(failed: false), pages: true)
        #expect(back.finalSnapshot?.html.contains("020 7946 0500") == true)
        #expect(back.originalHTML?.contains("020 7946 0001") == true)
    }
}
