import Testing
@testable import Scenarios

@Suite struct HTMLReportTests {
    @Test func everyShownNumberIsMarkedWhereverItStandsInText() {
        let html = """
            <p>Call us on 020 7946 0500 today, or 020 7946 0500 again.</p>
            <a href="tel:02079460500" title="020 7946 0500">020 7946 0500</a>
            <li>Sales: +44 (0)20 7946 0600<br>Fax 020 7946 0700</li><span>020 7946 0500</span>
            """
        let marked = HTMLReport.highlight(html, numbers: ["020 7946 0500", "+44 (0)20 7946 0600", "020 7946 0700"])
        #expect(marked.components(separatedBy: "<mark>").count - 1 == 6)
        // Attributes are never touched.
        #expect(marked.contains(#"<a href="tel:02079460500" title="020 7946 0500">"#))
        #expect(marked.contains("Call us on <mark>020 7946 0500</mark> today, or <mark>020 7946 0500</mark> again."))
        #expect(marked.contains("Sales: <mark>+44 (0)20 7946 0600</mark><br>Fax <mark>020 7946 0700</mark>"))
    }

    @Test func aSectionNamesTheVisitAndShowsCookiesDecoded() {
        let scenario = Scenario(file: "x.yaml", name: "a visit", build: .library(script: ""), account: .file(""),
                                visitor: Visitor(url: "https://shop.example/?utm_medium=cpc",
                                                 referrer: "https://www.google.com/"), steps: [])
        var snapshot = PageSnapshot()
        snapshot.cookies = [CookieState(name: "iovox_source", value: "paid%7Cgoogle", session: false)]
        let result = ScenarioResult(scenario: scenario, browser: "harness", failures: [], skipped: nil, seconds: 0,
                                    finalSnapshot: snapshot, originalHTML: "", apiCalls: [], console: [])
        let section = HTMLReport.section(result)
        #expect(section.contains("Visitor: https://shop.example/?utm_medium=cpc from https://www.google.com/"))
        #expect(section.contains("<td>paid|google <small>(raw: paid%7Cgoogle)</small></td>"))
    }
}
