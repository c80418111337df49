@testable import Browser
import Testing

@Suite struct CookieJarTests {
    let clock = VirtualClock(start: 1_000_000)
    var jar: CookieJar { CookieJar(clock: clock) }
    let page = URLParts("https://www.shop.example/products/phones/list")!

    @Test func hostOnlyCookiesStayOnTheirHost() {
        let jar = self.jar
        #expect(jar.set("a=1", for: page, fromScript: true))
        #expect(jar.header(for: URLParts("https://www.shop.example/")!, fromScript: true) == "")  // default path
        #expect(jar.header(for: URLParts("https://www.shop.example/products/phones/x")!, fromScript: true) == "a=1")
        #expect(jar.header(for: URLParts("https://sub.www.shop.example/products/phones/x")!, fromScript: true) == "")
    }

    @Test func domainAttributeCoversSubdomains() {
        let jar = self.jar
        #expect(jar.set("d=1; Domain=.shop.example; Path=/", for: page, fromScript: true))
        #expect(jar.header(for: URLParts("https://shop.example/")!, fromScript: true) == "d=1")
        #expect(jar.header(for: URLParts("https://a.b.shop.example/x")!, fromScript: true) == "d=1")
        #expect(jar.header(for: URLParts("https://notshop.example/")!, fromScript: true) == "")
    }

    @Test func foreignOrTopLevelDomainsAreRejected() {
        let jar = self.jar
        #expect(!jar.set("x=1; Domain=other.example", for: page, fromScript: true))
        #expect(!jar.set("x=1; Domain=example", for: page, fromScript: true))
        #expect(jar.cookies.isEmpty)
    }

    @Test func pathMatchingFollowsRFC6265() {
        #expect(CookieJar.pathMatches("/a/b", "/a"))
        #expect(CookieJar.pathMatches("/a/", "/a/"))
        #expect(!CookieJar.pathMatches("/ab", "/a"))
        #expect(CookieJar.pathMatches("/a/b", "/"))
        #expect(CookieJar.defaultPath("/a/b/c") == "/a/b")
        #expect(CookieJar.defaultPath("/a") == "/")
        #expect(CookieJar.defaultPath("") == "/")
    }

    @Test func longerPathsComeFirst() {
        let jar = self.jar
        jar.set("n=root; Path=/", for: page, fromScript: true)
        jar.set("n=deep; Path=/products", for: page, fromScript: true)
        #expect(jar.header(for: page, fromScript: true) == "n=deep; n=root")
    }

    @Test func maxAgeUsesTheVirtualClockAndWinsOverExpires() throws {
        let clock = VirtualClock(start: 1_000_000)
        let jar = CookieJar(clock: clock)
        jar.set("m=1; Path=/; Max-Age=60; Expires=Thu, 01 Jan 1970 00:00:01 GMT", for: page, fromScript: true)
        #expect(jar.header(for: page, fromScript: true) == "m=1")
        let loop = EventLoop(clock: clock)
        try loop.advance(by: 59_999)
        #expect(jar.header(for: page, fromScript: true) == "m=1")
        try loop.advance(by: 1)
        #expect(jar.header(for: page, fromScript: true) == "")
    }

    @Test func zeroMaxAgeDeletes() {
        let jar = self.jar
        jar.set("z=1; Path=/", for: page, fromScript: true)
        jar.set("z=; Path=/; Max-Age=0", for: page, fromScript: true)
        #expect(jar.cookies.isEmpty)
    }

    @Test func expiresDatesParse() {
        #expect(CookieDate.parse("Wed, 21 Oct 2015 07:28:00 GMT") == 1_445_412_480_000)
        #expect(CookieDate.parse("Wednesday, 21-Oct-15 07:28:00 GMT") == 1_445_412_480_000)
        #expect(CookieDate.parse("Wed Oct 21 07:28:00 2015") == 1_445_412_480_000)
        #expect(CookieDate.parse("not a date") == nil)
    }

    @Test func secureCookiesNeedASecureScheme() {
        let jar = self.jar
        let http = URLParts("http://shop.example/")!
        #expect(!jar.set("s=1; Secure", for: http, fromScript: true))
        #expect(jar.set("s=1; Secure; Path=/", for: URLParts("https://shop.example/")!, fromScript: true))
        #expect(jar.header(for: http, fromScript: false) == "")
    }

    @Test func httpOnlyIsHiddenFromScripts() {
        let jar = self.jar
        let root = URLParts("https://shop.example/")!
        #expect(!jar.set("h=1; HttpOnly", for: root, fromScript: true))
        #expect(jar.set("h=1; HttpOnly; Path=/", for: root, fromScript: false))
        #expect(jar.header(for: root, fromScript: true) == "")
        #expect(jar.header(for: root, fromScript: false) == "h=1")
        #expect(!jar.set("h=2; Path=/", for: root, fromScript: true), "a script cannot overwrite an HttpOnly cookie")
    }

    @Test func sessionCookiesEndWithTheBrowser() {
        let jar = self.jar
        let root = URLParts("https://shop.example/")!
        jar.set("s=1; Path=/; SameSite=Lax", for: root, fromScript: true)
        jar.set("p=1; Path=/; Max-Age=3600", for: root, fromScript: true)
        jar.endSession()
        #expect(jar.header(for: root, fromScript: true) == "p=1")
        #expect(jar.cookies.first?.sameSite == nil)
    }
}
