import Browser
import Foundation
import Testing
@testable import Scenarios

/// The snapshot script both browsers run: what text counts as shown, and what reading it costs.
@Suite struct PageSnapshotTests {
    static let html = """
        <!DOCTYPE html><html><body>
        <p id="shown">Sales 020 7946 0001</p>
        <p hidden>Hidden 020 7946 0002</p>
        <p style="display: none">Styled away 020 7946 0003</p>
        <p style="color: red">Styled, shown 020 7946 0004</p>
        <div><span>In a span 020 7946 0005</span></div><div><b>020 7946 0006</b></div>
        <script>var n = '020 7946 0007';</script>
        </body></html>
        """

    func snapshot(of page: Page, selectors: [String] = ["#shown"]) throws -> PageSnapshot {
        var snapshot = PageSnapshot()
        let json = try page.evaluate("JSON.stringify(\(SnapshotScript.expression(selectors: selectors)))").string
        try snapshot.read(json: json, selectors: selectors)
        return snapshot
    }

    @Test func textHiddenByAttributeStyleOrScriptIsNotOnThePage() throws {
        let browser = Browser(network: { _ in .html(Self.html) })
        defer { browser.close() }
        let page = try browser.newTab().visit("https://shop.example/")
        let snapshot = try snapshot(of: page)
        #expect(snapshot.numbers == ["020 7946 0001", "020 7946 0004", "020 7946 0005", "020 7946 0006"])
        #expect(snapshot.elements["#shown"]?.text == "Sales 020 7946 0001")
        #expect(snapshot.html.hasPrefix("<!DOCTYPE html><html>"))
    }

    @Test func onlyElementsWithAStyleAttributeGetAStyleObject() throws {
        // The runtime makes an element's CSSStyleDeclaration on its first `style` read and keeps it in
        // `_style`; making one for every element was most of a snapshot's walk. (No selectors: an element
        // asked for is read with getComputedStyle, which reads the style of it and its ancestors.)
        let browser = Browser(network: { _ in .html(Self.html) })
        defer { browser.close() }
        let page = try browser.newTab().visit("https://shop.example/")
        _ = try snapshot(of: page, selectors: [])
        let styled = try page.evaluate("""
            Array.prototype.filter.call(document.querySelectorAll('*'), function (e) { return e._style !== undefined; })
              .map(function (e) { return e.getAttribute('style'); }).join('|')
            """).string
        #expect(styled == "display: none|color: red")
    }
}
