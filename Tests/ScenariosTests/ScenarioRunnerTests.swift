import Foundation
import Testing
@testable import Scenarios

/// The runner must pass what is right and fail what is wrong, with useful failures.
@Suite struct ScenarioRunnerTests {
    static let runner = try! ScenarioRunner()

    func scenario(expect: String, steps: String = "", faults: String = "") throws -> Scenario {
        let yaml = """
            name: runner check
            build:
              library: true
              script: |
                iovox.init({ access_key: 'example-access-key', action_key: 'example-action-key' });
                iovox.autoReplace({ medium: iovox.detectMedium() });
            pages:
              https://shop.example/: |
                <!DOCTYPE html><html><body><p>Sales: <a id="sales" href="tel:02079460001">020 7946 0001</a></p>
                <a id="next" href="/two">next</a></body></html>
              https://shop.example/two: |
                <!DOCTYPE html><html><body><p><a id="sales" href="tel:02079460001">020 7946 0001</a></p></body></html>
            visitor: {url: "https://shop.example/?utm_medium=email", referrer: ""}
            \(faults)
            \(steps)
            expect:
            \(expect)
            """
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try ScenarioParser.parse(yaml: yaml, file: root.appendingPathComponent("scenarios/runner.yaml").path)
    }

    @Test func aCorrectScenarioPasses() throws {
        let result = Self.runner.run(try scenario(expect: """
              elements: {"#sales": {text: "020 7946 0106", href: "tel:02079460106"}}
              numbers: ["020 7946 0106"]
              cookies: {iovox_filters: {matches: "email", session: true}}
              api_requests: 1
            """))
        #expect(result.failures.isEmpty, "\(result.failures)")
        // What a report shows beside the checks: the client's own account of the source, the API's answer,
        // the cookie's attributes, and a list failure's items.
        #expect(result.finalSnapshot?.source == PageSnapshot.Source(medium: "email", rule: "utm_medium", campaign: "", passed: ["click_id"]))
        #expect(result.apiCalls.first?.answer.contains("442079460106") == true)
        #expect(result.finalSnapshot?.cookies.first { $0.name == "iovox_filters" }?.attributes.contains("Path=/") == true)
    }

    @Test func aRunnerAskedForItSaysWhatTheClientChangedNodeByNode() throws {
        let runner = try ScenarioRunner(builds: Self.runner.builds)
        runner.recordsReplacements = true
        let result = runner.run(try scenario(expect: "  api_requests: 1"))
        #expect(result.replacements == [VisitTrace.Replacement(kind: "href", old: "tel:02079460001", new: "tel:02079460106"),
                                        VisitTrace.Replacement(kind: "text", old: "020 7946 0001", new: "020 7946 0106")])
        #expect(Self.runner.run(try scenario(expect: "  api_requests: 1")).replacements == nil)
    }

    @Test func aWrongListKeepsBothListsForADiff() throws {
        let result = Self.runner.run(try scenario(expect: """
              numbers: ["020 7946 0106", "020 7946 0999"]
            """))
        let failure = try #require(result.failures.first)
        #expect(failure.expectedItems == ["020 7946 0106", "020 7946 0999"])
        #expect(failure.actualItems == ["020 7946 0106"])
        let text = FailureReport.text(result)
        #expect(text.contains("        020 7946 0106\n      - 020 7946 0999   (expected, missing)"))
        #expect(text.contains("source as the client tells it: email (rule utm_medium)"))
        #expect(text.contains("answer: {"))
    }

    @Test func aWrongExpectationFailsWithBothValues() throws {
        let result = Self.runner.run(try scenario(expect: """
              elements: {"#sales": {text: "020 7946 0999"}}
            """))
        let failure = try #require(result.failures.first)
        #expect(failure.check == "elements.#sales.text")
        #expect(failure.expected == "\"020 7946 0999\"")
        #expect(failure.actual == "\"020 7946 0106\"")
        #expect(FailureReport.text(result).contains("/dni/fetch → 200"))
    }

    @Test func consoleErrorsFailUnlessAllowed() throws {
        // The client's own faults are warnings; a page script's error is an error.
        let steps = "steps:\n  - visit\n  - eval: \"console.error('widget broke')\""
        let strict = Self.runner.run(try scenario(expect: "  numbers: [\"020 7946 0106\"]", steps: steps))
        #expect(strict.failures.contains { $0.check == "console errors" })
        let lenient = Self.runner.run(try scenario(
            expect: "  numbers: [\"020 7946 0106\"]\n  allow_errors: true\n  console_contains: [\"widget broke\"]",
            steps: steps))
        #expect(lenient.failures.isEmpty, "\(lenient.failures)")
    }

    @Test func anExpectedFaultIsAWarningNotAnError() throws {
        let result = Self.runner.run(try scenario(
            expect: "  numbers: [\"020 7946 0001\"]\n  console_contains: [\"HTTP 500\"]",
            faults: "faults: [{path: /dni/fetch, status: 500}]"))
        #expect(result.failures.isEmpty, "\(result.failures)")
    }

    @Test func followCarriesTheSourceAndUsesTheCache() throws {
        let result = Self.runner.run(try scenario(expect: """
              elements: {"#sales": {text: "020 7946 0106"}}
              api_requests: 1
            """, steps: "steps: [visit, {follow: '#next'}]"))
        #expect(result.failures.isEmpty, "\(result.failures)")
        #expect(result.finalSnapshot?.url == "https://shop.example/two")
    }

    @Test func suiteRunsInParallelAndKeepsOrder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dni-suite-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let good = dir.appendingPathComponent("a.yaml")
        let bad = dir.appendingPathComponent("b.yaml")
        try "name: [broken".write(to: bad, atomically: true, encoding: .utf8)
        try "name: x\nbuild: {library: true}\nvisitor: {url: 'https://a.example/'}\n"
            .write(to: good, atomically: true, encoding: .utf8)
        let files = try ScenarioDiscovery.files(in: [dir.path])
        #expect(files == [good.path, bad.path])
        let results = SuiteRunner(workers: 2).run(files: files, using: Self.runner.run)
        #expect(results.count == 2)
        #expect(results.allSatisfy { !$0.failures.isEmpty })
        #expect(ScenarioDiscovery.shard(["a", "b", "c"], index: 2, count: 2) == ["b"])
        let xml = JUnitReport.xml(results)
        #expect(xml.contains("failures=\"2\""))
    }
}
