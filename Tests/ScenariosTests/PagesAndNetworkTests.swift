import Foundation
import Generator
import Testing
@testable import Scenarios

/// Pages with status and headers, and the seeded network latency behind `dni test --orders`.
@Suite struct PagesAndNetworkTests {
    static let runner = try! ScenarioRunner()
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func parse(_ yaml: String) throws -> Scenario {
        try ScenarioParser.parse(yaml: yaml, file: Self.root.appendingPathComponent("scenarios/t.yaml").path)
    }

    func problems(_ yaml: String) -> String {
        do {
            _ = try parse(yaml)
            return ""
        } catch { return String(describing: error) }
    }

    func scenario(pages: String, network: String = "", expect: String) -> String {
        """
        name: pages and network
        build:
          library: true
          script: |
            window.order = [];
            ['a', 'b', 'c'].forEach(function (name) {
              fetch('/' + name + '.json').then(function (r) { return r.json(); })
                .then(function (j) { order.push(j.name); });
            });
        pages:
          https://shop.example/: "<!DOCTYPE html><html><body><p>hi</p></body></html>"
        \(pages)
        \(network)
        visitor: {url: "https://shop.example/"}
        expect:
        \(expect)
        """
    }

    let jsonPages = """
          https://shop.example/a.json: '{"name": "a"}'
          https://shop.example/b.json: '{"name": "b"}'
          https://shop.example/c.json: '{"name": "c"}'
        """

    @Test func pageEntriesGiveStatusAndHeaders() throws {
        let parsed = try parse(scenario(pages: """
              https://shop.example/x:
                status: 404
                headers: {Referrer-Policy: no-referrer, Set-Cookie: ["a=1", "b=2"]}
                body: gone
            """, expect: "  numbers: []"))
        let head = try #require(parsed.pageHeads["https://shop.example/x"])
        #expect(head.status == 404)
        #expect(head.headers.map(\.name) == ["referrer-policy", "set-cookie", "set-cookie"])
        #expect(head.responseHeaders(for: "https://shop.example/x")["set-cookie"] == "a=1\nb=2")
        #expect(parsed.pages["https://shop.example/x"] == "gone")
        #expect(parsed.pageHeads["https://shop.example/"] == nil)
    }

    @Test func badPagesAndLatenciesAreNamed() {
        let badStatus = problems(scenario(pages: "  https://shop.example/x: {status: 99, body: x}", expect: "  numbers: []"))
        #expect(badStatus.contains("pages.https://shop.example/x.status"))
        let badName = problems(scenario(pages: "  https://shop.example/x: {headers: {\"Bad Name\": x}, body: x}",
                                        expect: "  numbers: []"))
        #expect(badName.contains("'Bad Name' is not a header name"))
        let noBody = problems(scenario(pages: "  https://shop.example/x: {status: 200}", expect: "  numbers: []"))
        #expect(noBody.contains("a page needs a body or a file"))
        for latency in ["fast", "400ms..10ms", "1ms..2ms..3ms", "2h"] {
            let text = problems(scenario(pages: "", network: "network: {latency: \(latency)}", expect: "  numbers: []"))
            #expect(text.contains("network.latency"), "\(latency): \(text)")
        }
        #expect(problems(scenario(pages: "", network: "network: {latency: 10ms..400ms}", expect: "  numbers: []")) == "")
    }

    @Test func contentTypeComesFromTheExtensionAndOnlyHTMLGetsTheTag() throws {
        let parsed = try parse(scenario(pages: jsonPages + "\n  https://shop.example/w.js: 'window.w = 1;'",
                                        expect: "  numbers: []"))
        let setup = try ScenarioSetup(parsed, builds: Self.runner.builds)
        #expect(setup.pages["https://shop.example/a.json"] == "{\"name\": \"a\"}")
        #expect(setup.pages["https://shop.example/w.js"] == "window.w = 1;")
        #expect(setup.pages["https://shop.example/"]?.contains("/dni.js") == true)
        #expect(PageHead().contentType(for: "https://shop.example/a.json?v=2") == "application/json")
        #expect(PageHead().contentType(for: "https://shop.example/w.js") == "text/javascript")
        #expect(PageHead(headers: [("content-type", "text/plain")]).contentType(for: "https://x.example/a.json")
            == "text/plain")
    }

    /// The arrival order of three answers under one ordering seed.
    func order(seed: UInt64?, network: String) throws -> String {
        let parsed = try parse(scenario(pages: jsonPages, network: network,
                                        expect: "  eval: {\"order.join(',')\": \"a,b,c\"}"))
        let result = Self.runner.run(parsed, ordering: seed)
        if result.passed { return "a,b,c" }
        let failure = try #require(result.failures.first { $0.check.hasPrefix("eval") }, "\(result.failures)")
        return failure.actual.replacingOccurrences(of: "\"", with: "")
    }

    @Test func aFixedLatencyAnswersInOrder() throws {
        for seed: UInt64? in [nil, 1, 2] {
            #expect(try order(seed: seed, network: "network: {latency: 40ms}") == "a,b,c")
        }
        #expect(try order(seed: nil, network: "") == "a,b,c", "20 ms each by default")
    }

    @Test func orderingSeedsReorderAnswersReproducibly() throws {
        let network = "network: {latency: 10ms..400ms}"
        var seen: Set<String> = []
        for seed: UInt64 in 1...12 {
            let first = try order(seed: seed, network: network)
            #expect(try order(seed: seed, network: network) == first, "seed \(seed) replays the same ordering")
            seen.insert(first)
        }
        #expect(seen.count >= 3, "twelve seeds give several orderings: \(seen)")
        #expect(seen.allSatisfy { $0.split(separator: ",").sorted() == ["a", "b", "c"] })
    }

    @Test func ordersReportTheFailingSeed() throws {
        let parsed = try parse(scenario(pages: jsonPages, expect: "  eval: {\"order.join(',')\": \"a,b,c\"}"))
        let result = Self.runner.run(parsed, orderings: Array(1...20))
        let seed = try #require(result.ordering)
        #expect(!result.passed, "some of 20 orderings with 5..250 ms answers must reorder three requests")
        #expect(FailureReport.text(result).contains("replay with: dni test \(parsed.file) --seed \(seed)"))
        #expect(!Self.runner.run(parsed, ordering: seed).passed, "the reported seed fails again")
        #expect(Self.runner.run(parsed).passed, "without an ordering the scenario's own fixed latency applies")
    }
}
