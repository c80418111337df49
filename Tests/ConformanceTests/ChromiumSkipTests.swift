import Conformance
import Foundation
import Scenarios
import Testing

/// Which scenarios Chromium can run: after a long advance, pages load again only in a fresh tab.
@Suite struct ChromiumSkipTests {
    /// The reason to skip a scenario with these steps (YAML list items), or nil.
    func reason(_ steps: String) throws -> String? {
        let yaml = """
            name: steps
            build: {library: true, script: "1"}
            pages: {"https://shop.example/": "<html><body><a id=next href=/b>b</a></body></html>"}
            visitor: {url: "https://shop.example/"}
            steps: [\(steps)]
            expect: {api_requests: 0}
            """
        return ChromiumScenarioRunner.reasonToSkip(try scenario(yaml: yaml, named: "x"))
    }

    @Test func aNewVisitorAfterALongAdvanceLoadsInAFreshTab() throws {
        #expect(try reason("visit, {advance: 31m}, new_visitor, visit") == nil)
        #expect(try reason("visit, {advance: 31m}, close_browser, visit") == nil)
    }

    @Test func aPageLoadInTheSameTabAfterALongAdvanceIsSkipped() throws {
        #expect(try reason("visit, {advance: 31m}, visit")?.contains("same tab after a long advance") == true)
    }

    @Test func aFollowedLinkSpendsVirtualTimeInTheFreshTabToo() throws {
        #expect(try reason("{advance: 31m}, new_visitor, visit, {follow: '#next'}") == nil)
        #expect(try reason("{advance: 31m}, new_visitor, visit, {follow: '#next'}, visit") != nil)
    }

    @Test func shortAdvancesAreRealWaits() throws {
        #expect(try reason("visit, {advance: 2s}, visit") == nil)
    }
}
