import Browser
import Engine
import Testing

/// A page must be freed, with its JavaScript context, once its tab moves on: no growth over many pages.
@Suite struct PageLifetimeTests {
    @Test func aPageAndItsContextAreFreedAfterNavigation() throws {
        let html = "<p>x</p><script>document.cookie = 'a=1'; sessionStorage.x = '1'; localStorage.y = '2';"
            + "setTimeout(function () {}, 100000); fetch('/api').catch(function () {});</script>"
        let browser = Browser(network: { request in request.url.hasSuffix("/api") ? .json("{}") : .html(html) })
        defer { browser.close() }
        let tab = browser.newTab()
        weak var first: Page?
        weak var firstContext: ScriptContext?
        do {
            let page = try tab.visit("https://a.example/")
            first = page
            firstContext = page.context
            #expect(try page.evaluate("sessionStorage.x").string == "1")
        }
        _ = try tab.visit("https://a.example/two")
        #expect(first == nil, "the first page is still alive")
        #expect(firstContext == nil, "the first page's context is still alive")
    }
}
