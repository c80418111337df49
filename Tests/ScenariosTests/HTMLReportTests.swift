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

    @Test func aFailedListShowsWhatIsMissingAndWhatIsUnexpected() {
        let failure = Failure(step: 1, stepLabel: "expect", check: "numbers", expected: "", actual: "",
                              expectedItems: ["020 7946 0101", "020 7946 0102"],
                              actualItems: ["020 7946 0101", "HRB 0309999999"])
        let block = HTMLReport.failureBlock(failure)
        #expect(block.contains("<li class=\"same\">  020 7946 0101</li>"))
        #expect(block.contains("<li class=\"missing\">− 020 7946 0102"))
        #expect(block.contains("<li class=\"unexpected\">+ HRB 0309999999"))
    }

    @Test func anyOtherFailureMarksTheDifferingPart() {
        let failure = Failure(step: 0, stepLabel: "expect", check: "elements.#sales.text",
                              expected: "\"020 7946 0101\"", actual: "\"020 7946 0500\"")
        let block = HTMLReport.failureBlock(failure)
        #expect(block.contains("&quot;020 7946 0<del>101</del>&quot;"))
        #expect(block.contains("&quot;020 7946 0<ins>500</ins>&quot;"))
    }

    @Test func aSectionShowsTheSourceTheAnswersAndCookieAttributes() {
        let scenario = Scenario(file: "x.yaml", name: "a visit", build: .library(script: ""), account: .file(""),
                                visitor: Visitor(url: "https://shop.example/", referrer: ""), steps: [])
        var snapshot = PageSnapshot()
        snapshot.source = PageSnapshot.Source(medium: "organic", rule: "search:google", campaign: "spring")
        snapshot.cookies = [CookieState(name: "iovox_filters", value: "x", session: true,
                                        attributes: ["host shop.example", "Path=/", "Secure"])]
        var call = ScenarioNetwork.APICall(path: "/dni/fetch", body: "{\"medium\":\"organic\"}", status: 200)
        call.answer = "{\"numbers\":[{\"number\":\"442079460101\"}]}"
        let result = ScenarioResult(scenario: scenario, browser: "harness", failures: [], skipped: nil, seconds: 0,
                                    finalSnapshot: snapshot, originalHTML: "", apiCalls: [call], console: [])
        let section = HTMLReport.section(result)
        #expect(section.contains("<b>organic</b> by rule <code>search:google</code>, campaign spring"))
        #expect(section.contains("{&quot;numbers&quot;:[{&quot;number&quot;:&quot;442079460101&quot;}]}"))
        #expect(section.contains("<td>host shop.example; Path=/; Secure</td>"))
        #expect(!section.contains("<pre>step"))
    }

    @Test func theNumbersTheClientChangedAreMarkedOnBothSidesAndListed() {
        let scenario = Scenario(file: "x.yaml", name: "a visit", build: .library(script: ""), account: .file(""),
                                visitor: Visitor(url: "https://shop.example/", referrer: ""), steps: [])
        var snapshot = PageSnapshot()
        snapshot.html = "<html><body><p>Ruf an: 089 / 1234560</p></body></html>"
        var result = ScenarioResult(scenario: scenario, browser: "harness", failures: [], skipped: nil, seconds: 0,
                                    finalSnapshot: snapshot, originalHTML: "<html><body><p>Ruf an: 030 / 1234567</p></body></html>",
                                    apiCalls: [], console: [])
        result.replacements = [VisitTrace.Replacement(kind: "text", old: "030 / 1234567", new: "089 / 1234560")]
        let section = HTMLReport.section(result)
        // Marked inside the escaped srcdoc of each frame; a slash is no obstacle.
        #expect(section.contains("Ruf an: &lt;mark&gt;030 / 1234567&lt;/mark&gt;"))
        #expect(section.contains("Ruf an: &lt;mark&gt;089 / 1234560&lt;/mark&gt;"))
        #expect(section.contains("<li>text: <code>030 / 1234567</code> → <code>089 / 1234560</code></li>"))
    }
}
