import Browser
import Engine
import Foundation
import MockAPI

/// Runs one visit in the harness and tells what happened, for `dni run` and `dni detect`.
public struct VisitTracer {
    public var builds: BuildCache
    /// The CPU time and memory the visit may use.
    public var limits: ExecutionBudget.Limits

    public init(builds: BuildCache, limits: ExecutionBudget.Limits = .init()) {
        self.builds = builds
        self.limits = limits
    }

    /// Visits `html` served at `url`, with the build under test pasted in, and traces the visit.
    public func trace(html: String, url: String, referrer: String, build: BuildSpec, account: AccountSource,
                      cookies: [String] = []) throws -> VisitTrace {
        do {
            return try traceUnbounded(html: html, url: url, referrer: referrer, build: build, account: account,
                                      cookies: cookies)
        } catch {
            // A crossed CPU or memory limit is the error, whatever the stopped script threw.
            try ExecutionBudget.current.check()
            throw error
        }
    }

    private func traceUnbounded(html: String, url: String, referrer: String, build: BuildSpec,
                                account: AccountSource, cookies: [String]) throws -> VisitTrace {
        let key = ScenarioRunner.pageKey(url)
        let scenario = Scenario(file: "(command line)", name: "dni run", build: build, account: account,
                                pages: [key: html], visitor: Visitor(url: url, referrer: referrer, cookies: cookies),
                                steps: [])
        let session = try HarnessSession(scenario, builds: builds)
        ExecutionBudget.current.start(limits: limits)
        // The page as served, with no client, gives the numbers before replacement.
        let before = try Self.servedNodes(html: html, url: url)
        let browser = session.browser
        try browser.prepare(visitor: scenario.visitor)
        let start = browser.browser.clock.now
        try browser.visit(url: url, referrer: referrer)
        let after = try browser.snapshot(selectors: [])
        // Only a build with source detection is asked: another would warn on the call, into the console shown.
        let detection = session.setup.explainsSource ? try? PageSnapshot.Source.explained(by: browser) : nil
        let exchanges = browser.browser.log.filter { $0.request.kind != .document && $0.request.kind != .script }.map {
            VisitTrace.Exchange(method: $0.request.method, url: $0.request.url, body: $0.request.body,
                                status: $0.response?.hang == true ? nil : $0.response?.status,
                                answer: $0.response?.body, sentAt: $0.request.time - start)
        }
        let afterNodes = try ReplacementDiff.Nodes(json: try browser.evaluateJSON(ReplacementDiff.expression))
        let replacements = ReplacementDiff.changes(from: before, to: afterNodes)
        return VisitTrace(url: url, referrer: referrer, detection: detection, requests: exchanges,
                          replacements: replacements,
                          cookies: after.cookies,
                          sessionStorage: after.sessionStorage, localStorage: after.localStorage,
                          console: browser.consoleLines(), missingFeatures: browser.missingFeatures(), html: after.html)
    }

    /// The numbers and tel links of a page as served, scripts not run.
    /// The page's text nodes and tel links as served, before any script ran.
    static func servedNodes(html: String, url: String) throws -> ReplacementDiff.Nodes {
        let quiet = html.replacingOccurrences(of: "<script[^>]*>[\\s\\S]*?</script>", with: "",
                                              options: [.regularExpression, .caseInsensitive])
        let browser = Browser(network: { _ in .html(quiet) })
        defer { browser.close() }
        let page = try browser.newTab().visit(url)
        return try ReplacementDiff.Nodes(json: try page.evaluate("JSON.stringify(\(ReplacementDiff.expression))").string)
    }
}
