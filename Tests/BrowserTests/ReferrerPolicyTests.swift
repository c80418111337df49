import Testing
@testable import Browser

@Suite struct ReferrerPolicyTests {
    let page = "https://user:pw@shop.example/products?id=7#reviews"
    let sameSite = "https://shop.example/contact"
    let crossSite = "https://api.example/dni/fetch"
    let downgrade = "http://old.example/"

    func referrers(_ policy: ReferrerPolicy) -> [String] {
        [sameSite, crossSite, downgrade].map { policy.referrer(from: page, to: $0) }
    }

    @Test func eachPolicyAsTheStandardSays() {
        let full = "https://shop.example/products?id=7", origin = "https://shop.example/"
        #expect(referrers(.noReferrer) == ["", "", ""])
        #expect(referrers(.noReferrerWhenDowngrade) == [full, full, ""])
        #expect(referrers(.sameOrigin) == [full, "", ""])
        #expect(referrers(.origin) == [origin, origin, origin])
        #expect(referrers(.strictOrigin) == [origin, origin, ""])
        #expect(referrers(.originWhenCrossOrigin) == [full, origin, origin])
        #expect(referrers(.strictOriginWhenCrossOrigin) == [full, origin, ""])
        #expect(referrers(.unsafeURL) == [full, full, full])
        #expect(ReferrerPolicy.default == .strictOriginWhenCrossOrigin)
    }

    @Test func theHeaderTakesTheLastKnownToken() {
        #expect(ReferrerPolicy(header: "no-referrer, unsafe-url") == .unsafeURL)
        #expect(ReferrerPolicy(header: "origin, made-up") == .origin)
        #expect(ReferrerPolicy(header: " Same-Origin ") == .sameOrigin)
        #expect(ReferrerPolicy(header: "made-up") == nil)
        #expect(ReferrerPolicy(header: "") == nil)
    }

    @Test func metaContentTakesOneTokenOrALegacyKeyword() {
        #expect(ReferrerPolicy(meta: "never") == .noReferrer)
        #expect(ReferrerPolicy(meta: "Always") == .unsafeURL)
        #expect(ReferrerPolicy(meta: "default") == .strictOriginWhenCrossOrigin)
        #expect(ReferrerPolicy(meta: "origin-when-crossorigin") == .originWhenCrossOrigin)
        #expect(ReferrerPolicy(meta: " same-origin ") == .sameOrigin)
        #expect(ReferrerPolicy(meta: "origin, unsafe-url") == nil)
    }

    @Test func aMetaElementOverridesTheHeaderFromWhenItIsThere() throws {
        let browser = Browser { request in
            if request.url.hasSuffix("/page") {
                return HTTPResponse(headers: ["referrer-policy": "unsafe-url"], body: """
                    <meta name="referrer" content="bogus"><script>fetch('/one')</script>
                    <meta name="REFERRER" content="origin"><script>fetch('/two')</script>
                    """)
            }
            return .json("{}")
        }
        defer { browser.close() }
        let page = try browser.newTab().visit("https://shop.example/page")
        let referers = browser.log.dropFirst().map { $0.request.headers["referer"] }
        #expect(referers == ["https://shop.example/page", "https://shop.example/"])
        #expect(page.effectiveReferrerPolicy == .origin)
        #expect(page.referrerPolicy == .unsafeURL)
    }

    @Test func onlyPagesMentioningAReferrerAreSearchedForMeta() {
        #expect(Page.mentionsReferrer("<meta name=REFERRER content=origin>"))
        #expect(Page.mentionsReferrer("x referrer"))
        #expect(!Page.mentionsReferrer("<p>referer</p>"))
        #expect(!Page.mentionsReferrer("refer"))
    }

    @Test func longURLsAreCutToTheirOrigin() {
        let long = "https://shop.example/?q=" + String(repeating: "x", count: 5000)
        #expect(ReferrerPolicy.unsafeURL.referrer(from: long, to: sameSite) == "https://shop.example/")
        #expect(ReferrerPolicy.unsafeURL.referrer(from: "about:blank", to: sameSite) == "")
    }

    @Test func pagesSendTheirPolicysReferer() throws {
        let browser = Browser { request in
            if request.url.contains("/a?") {
                return HTTPResponse(headers: ["content-type": "text/html", "referrer-policy": "origin",
                                              "set-cookie": "x=1; Path=/\ny=2; Path=/; SameSite=None"],
                                    body: "<script>fetch('/data')</script>")
            }
            return .json("{}")
        }
        defer { browser.close() }
        let tab = browser.newTab()
        try tab.visit("https://shop.example/a?secret=1", referrer: "https://www.google.com/")
        let requests = browser.log.map(\.request)
        try #require(requests.map(\.url) == ["https://shop.example/a?secret=1", "https://shop.example/data"],
                     "\(browser.console.map(\.text))")
        #expect(requests[0].headers["referer"] == "https://www.google.com/")
        #expect(requests[1].headers["referer"] == "https://shop.example/")
        #expect(tab.page?.referrerPolicy == .origin)
        #expect(browser.cookies.header(for: URLParts("https://shop.example/")!, fromScript: false) == "x=1",
                "the SameSite=None cookie without Secure is refused")
    }
}
