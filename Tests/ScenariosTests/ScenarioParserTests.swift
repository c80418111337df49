import Foundation
import Generator
import Testing
@testable import Scenarios

@Suite struct ScenarioParserTests {
    static let folder: String = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dni-parser-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.path
    }()

    func parse(_ yaml: String) throws -> Scenario {
        try ScenarioParser.parse(yaml: yaml, file: Self.folder + "/s.yaml")
    }

    let minimal = """
        name: minimal
        build: {library: true, script: "iovox.init({})"}
        account: {keys: {access_key: a, action_key: b}}
        pages: {"https://shop.example/": "<p>hi</p>"}
        visitor: {url: "https://shop.example/"}
        expect: {numbers: []}
        """

    @Test func minimalScenarioParses() throws {
        let scenario = try parse(minimal)
        #expect(scenario.name == "minimal")
        #expect(scenario.steps.count == 2)
        if case .library(let script) = scenario.build { #expect(script == "iovox.init({})") } else {
            Issue.record("expected a library build")
        }
    }

    @Test func errorsNameFileLineAndField() {
        let yaml = minimal.replacingOccurrences(of: "visitor: {url: \"https://shop.example/\"}",
                                                with: "visitor: {url: \"https://shop.example/\", refferer: x}")
        do {
            _ = try parse(yaml)
            Issue.record("expected an error")
        } catch let error as ConfigError {
            let text = error.description
            #expect(text.contains("s.yaml:5:"))
            #expect(text.contains("visitor.refferer"))
            #expect(text.contains("did you mean 'referrer'"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func aFaultWithNoEffectIsAnError() {
        for fault in ["{}", "{path: /dni/fetch, times: 2}", "{hang: false}"] {
            do {
                _ = try parse(minimal + "\nfaults: [\(fault)]\n")
                Issue.record("expected an error for \(fault)")
            } catch let error as ConfigError {
                #expect(error.description.contains("faults[0]: a fault with no effect"))
                #expect(error.description.contains("s.yaml:"))
            } catch { Issue.record("unexpected \(error)") }
        }
        #expect(throws: Never.self) { _ = try parse(minimal + "\nfaults: [{delay_ms: 10}]\n") }
    }

    @Test func aScenarioMustCheckSomething() {
        let yaml = minimal.replacingOccurrences(of: "expect: {numbers: []}", with: "")
        #expect(throws: ConfigError.self) { try parse(yaml) }
    }

    @Test func stepsParseWithDurations() throws {
        let yaml = minimal + """

            steps:
              - visit
              - advance: 61s
              - follow: "a.next"
              - visit: {url: "https://shop.example/b", referrer: ""}
              - close_browser
              - expect: {api_requests: 2}
            """
        let scenario = try parse(yaml)
        #expect(scenario.steps.map(\.label) == [
            "visit (visitor url)", "advance 61000 ms", "follow a.next", "visit https://shop.example/b from (no referrer)",
            "close browser", "expect", "expect",
        ])
    }

    @Test func unknownStepsAndBadDurationsAreReported() {
        let yaml = minimal + "\nsteps: [{jump: 1}, {advance: soon}]\n"
        do { _ = try parse(yaml); Issue.record("expected an error") } catch let error as ConfigError {
            #expect(error.issues.count == 2)
            #expect(error.description.contains("steps[0].jump"))
            #expect(error.description.contains("steps[1].advance"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func durations() {
        #expect(ScenarioParser.duration("250ms") == 250)
        #expect(ScenarioParser.duration("61s") == 61_000)
        #expect(ScenarioParser.duration("30m") == 1_800_000)
        #expect(ScenarioParser.duration("2h") == 7_200_000)
        #expect(ScenarioParser.duration("15") == 15)
        #expect(ScenarioParser.duration("-1s") == nil)
        #expect(ScenarioParser.duration("soon") == nil)
    }

    @Test func jsonMatching() {
        #expect(JSONMatch.contains(#"{"a":1,"b":{"c":[1,2],"d":"x"}}"#, #"{"b":{"c":[1,2]}}"#))
        #expect(!JSONMatch.contains(#"{"a":1}"#, #"{"a":2}"#))
        #expect(!JSONMatch.contains(#"{"a":[1,2]}"#, #"{"a":[1]}"#))
        #expect(JSONMatch.equal("[1, \"a\"]", "[1,\"a\"]"))
        #expect(!JSONMatch.equal("1", "\"1\""))
    }
}
