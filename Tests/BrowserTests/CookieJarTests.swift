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

    // MARK: RFC 6265bis as Chromium applies it (scenarios/cookies/ checks the same lines in Chromium)

    let root = URLParts("https://www.shop.example/")!

    /// The names a fresh jar keeps after setting each line from a script on `root`.
    func kept(_ lines: [String], at url: URLParts? = nil) -> [String] {
        let jar = self.jar
        return lines.filter { jar.set($0, for: url ?? root, fromScript: true) }.map { String($0.prefix { $0 != "=" && $0 != ";" }) }
    }

    @Test func sameSiteNoneNeedsSecure() {
        #expect(kept(["a=1; SameSite=None", "b=1; SameSite=None; Secure", "c=1; SameSite=Lax"]) == ["b", "c"])
        let jar = self.jar
        jar.set("d=1; SameSite=Bogus; Path=/", for: root, fromScript: true)
        #expect(jar.cookies.first?.sameSite == nil, "an unknown SameSite value is no SameSite")
    }

    @Test func securePrefixNeedsSecure() {
        #expect(kept(["__Secure-a=1; Path=/", "__Secure-b=1; Path=/; Secure", "__secure-c=1; Path=/"]) == ["__Secure-b"])
    }

    @Test func hostPrefixNeedsSecureNoDomainAndRootPath() {
        let lines = ["__Host-a=1; Path=/; Secure", "__Host-b=1; Path=/; Secure; Domain=www.shop.example",
                     "__Host-c=1; Path=/x; Secure", "__Host-d=1; Secure", "__HOST-e=1; Path=/"]
        #expect(kept(lines) == ["__Host-a"])
    }

    @Test func namelessCookiesCannotLookPrefixed() {
        #expect(kept(["__Secure-x; Path=/; Secure", "__Host-y; Path=/; Secure", "plain; Path=/"]) == ["plain"])
    }

    @Test func partitionedNeedsSecure() {
        let jar = self.jar
        #expect(!jar.set("a=1; Partitioned; Path=/", for: root, fromScript: true))
        #expect(jar.set("b=1; Partitioned; Secure; Path=/", for: root, fromScript: true))
        #expect(jar.cookies.map(\.partitioned) == [true])
    }

    @Test func controlCharactersRejectTheCookie() {
        let lines = ["a=x\u{01}y", "b=x\u{7F}y", "c=x\ny", "d=x\u{0}y", "e\u{02}f=1", "g=1; Comment=\u{01}",
                     "h=x\ty", "i=1; Comment=a\tb", "j=1\t; Path=/"]
        #expect(kept(lines) == ["j"], "a tab only around the pair or an attribute")
    }

    @Test func sizeLimits() {
        let value4093 = String(repeating: "x", count: 4093)
        #expect(kept(["a=" + value4093 + "xxx", "bb=" + value4093 + "x"]) == ["bb"],
                "name + value may be 4096 bytes, not more")
        let jar = self.jar
        #expect(jar.set("c=1; Path=/" + String(repeating: "a", count: 1100), for: page, fromScript: true))
        #expect(jar.cookies.first?.path == "/products/phones", "an attribute over 1024 bytes is ignored")
    }

    @Test func theLastAttributeWins() {
        let jar = self.jar
        #expect(jar.set("a=1; Path=/; Domain=other.example; Domain=shop.example", for: root, fromScript: true))
        #expect(jar.cookies.first?.domain == "shop.example")
        #expect(!jar.set("b=1; Path=/; Domain=shop.example; Domain=other.example", for: root, fromScript: true))
        #expect(jar.set("c=1; Path=/nope; Path=/", for: root, fromScript: true))
        #expect(jar.header(for: root, fromScript: true) == "a=1; c=1")
    }

    @Test func publicSuffixesCannotBeCookieDomains() {
        #expect(PublicSuffixList.shared.isLoaded, "Debian's publicsuffix package (scripts/setup.sh)")
        let shop = URLParts("https://www.shop.co.uk/")!
        #expect(kept(["a=1; Domain=co.uk", "b=1; Domain=uk", "c=1; Domain=shop.co.uk"], at: shop) == ["c"])
        #expect(kept(["d=1; Domain=github.io", "e=1; Domain=myshop.github.io"],
                     at: URLParts("https://myshop.github.io/")!) == ["e"])
        let jar = self.jar
        #expect(jar.set("f=1; Domain=github.io", for: URLParts("https://github.io/")!, fromScript: true))
        #expect(jar.cookies.first?.hostOnly == true, "a suffix that is the host itself makes a host-only cookie")
    }

    @Test func suffixRulesWildcardsAndExceptions() {
        let list = PublicSuffixList(text: "// comment\nuk\nco.uk\n*.ck\n!www.ck\n")
        #expect(list.isPublicSuffix("co.uk"))
        #expect(!list.isPublicSuffix("shop.co.uk"))
        #expect(list.isPublicSuffix("anything.ck"))
        #expect(!list.isPublicSuffix("www.ck"))
        #expect(list.isPublicSuffix("example"), "an unlisted single label is a suffix by the default rule")
        #expect(!list.isPublicSuffix("shop.example"))
        #expect(!PublicSuffixList(contentsOf: "/nonexistent").isLoaded)
    }

    @Test func lifetimeIsCappedAt400Days() throws {
        let jar = self.jar
        jar.set("a=1; Path=/; Max-Age=99999999", for: root, fromScript: true)
        jar.set("b=1; Path=/; Expires=Fri, 01 Jan 2100 00:00:00 GMT", for: root, fromScript: true)
        let cap = clock.now + 400 * 24 * 3600 * 1000
        #expect(jar.cookies.map(\.expires) == [cap, cap])
    }
}

