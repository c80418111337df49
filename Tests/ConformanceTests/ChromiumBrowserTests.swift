import Conformance
import Foundation
import Testing

@Suite("Chromium over WebDriver", .serialized)
struct ChromiumBrowserTests {
    @Test("a visit gives the page exactly the cross-origin referrer asked for")
    func referrerIsExact() throws {
        try withChromium { server, browser in
            let referrer = "https://www.google.com/search?q=call%20tracking&gclid=Cj0KCQ_x"
            try browser.visit(url: server.url("/plain?utm_source=google"), referrer: referrer)
            #expect(try browser.evaluate("document.referrer") == .string(referrer))
            #expect(try browser.currentURL() == server.url("/plain?utm_source=google"))
            #expect(server.log.last(where: { $0.path == "/plain" })?.headers["referer"] == referrer)
        }
    }

    @Test("a visit without a referrer leaves document.referrer empty")
    func noReferrer() throws {
        try withChromium { server, browser in
            try browser.visit(url: server.url("/plain"))
            #expect(try browser.evaluate("document.referrer") == .string(""))
            #expect(try browser.evaluate("document.title") == .string("Plain"))
        }
    }

    @Test("cookies set by script come back with the right session flag")
    func cookiesFromScript() throws {
        try withChromium { server, browser in
            try browser.visit(url: server.url("/cookies"))
            let cookies = try browser.cookies()
            let kept = try #require(cookies.first { $0.name == "kept" })
            let sessionOnly = try #require(cookies.first { $0.name == "session_only" })
            #expect(kept.value == "1" && !kept.isSession && kept.domain == "127.0.0.1" && kept.hostOnly)
            #expect(sessionOnly.value == "2" && sessionOnly.isSession && sessionOnly.path == "/")
            #expect(try browser.allCookies().map(\.name).sorted() == ["kept", "session_only"])
        }
    }

    @Test("closing and reopening keeps persistent cookies and drops session cookies")
    func closeAndReopen() throws {
        try withChromium { server, browser in
            try browser.visit(url: server.url("/cookies"))
            try browser.closeAndReopen()
            try browser.visit(url: server.url("/plain"))
            #expect(try browser.cookies().map(\.name) == ["kept"])
            #expect(try browser.evaluate("document.cookie") == .string("kept=1"))
        }
    }

    @Test("sessionStorage and localStorage read back; a new tab has its own sessionStorage")
    func storage() throws {
        try withChromium { server, browser in
            try browser.visit(url: server.url("/storage"))
            #expect(try browser.sessionStorage() == ["dni_session": "abc"])
            #expect(try browser.localStorage() == ["dni_number": "442079460500"])
            try browser.newTab()
            try browser.visit(url: server.url("/plain"))
            #expect(try browser.sessionStorage() == [:])
            #expect(try browser.localStorage() == ["dni_number": "442079460500"])
        }
    }

    @Test("console lines, uncaught errors and failed scripts are recorded in the harness's format")
    func consoleCapture() throws {
        try withChromium { server, browser in
            try browser.visit(url: server.url("/console"))
            try browser.evaluate("console.error('after load')")
            let lines = browser.console().map(\.description)
            #expect(lines == [
                #"[log] hello {"a":1} 3"#, "[warn] careful", "[error] Uncaught TypeError: boom",
                "[error] Failed to load script: \(server.url("/missing.js"))", "[error] after load",
            ])
            // Lines survive the next navigation.
            try browser.visit(url: server.url("/plain"))
            #expect(browser.console().count == 5)
        }
    }

    @Test("async scripts finish through their callback")
    func asyncScript() throws {
        try withChromium { server, browser in
            try browser.visit(url: server.url("/plain"))
            let value = try browser.evaluateAsync(
                "const done = arguments[arguments.length - 1]; setTimeout(() => done({ n: arguments[0] * 2 }), 30);",
                args: [21])
            #expect(value == ["n": 42])
        }
    }

    @Test("evaluate returns a script's completion value and awaits promises")
    func evaluateCompletion() throws {
        try withChromium { server, browser in
            try browser.visit(url: server.url("/plain"))
            #expect(try browser.evaluate("var n = 2; n * 21") == .number(42))
            #expect(try browser.evaluate("Promise.resolve('later')") == .string("later"))
            #expect(try browser.texts(matching: "p") == ["Call 020 7946 0001"])
            #expect(try browser.html().contains("<p>Call 020 7946 0001</p>"))
        }
    }

    @Test("driver errors carry the W3C error code")
    func errorCodes() throws {
        try withChromium { server, browser in
            try browser.visit(url: server.url("/plain"))
            do {
                try browser.evaluate("null.x")
                Issue.record("expected a javascript error")
            } catch let error as WebDriverError {
                #expect(error.code == "javascript error")
                #expect(error.message.contains("null"))
            }
            #expect(throws: WebDriverError.self) { try browser.client.findElements(css: "p[") }
            #expect(try browser.client.findElements(css: "p").count == 1)
        }
    }

    @Test("setVisibility changes visibilityState and fires visibilitychange once per change")
    func visibility() throws {
        try withChromium { server, browser in
            try browser.visit(url: server.url("/plain"))
            try browser.evaluate("window.seen = []; document.addEventListener('visibilitychange', "
                                 + "() => seen.push(document.visibilityState))")
            try browser.setVisibility(hidden: true)
            try browser.setVisibility(hidden: true)
            #expect(try browser.evaluate("[document.hidden, document.hasFocus()]") == [true, false])
            try browser.setVisibility(hidden: false)
            #expect(try browser.evaluate("seen") == ["hidden", "visible"])
        }
    }

    @Test("clearAll forgets cookies, storage and tabs")
    func clearAll() throws {
        try withChromium { server, browser in
            try browser.visit(url: server.url("/cookies"))
            try browser.visit(url: server.url("/storage"))
            try browser.newTab()
            try browser.clearAll()
            #expect(try browser.client.windowHandles().count == 1)
            #expect(try browser.allCookies().isEmpty)
            try browser.visit(url: server.url("/plain"))
            #expect(try browser.localStorage() == [:])
            #expect(try browser.sessionStorage() == [:])
        }
    }

    @Test("setCookie adds a cookie the page sees")
    func setCookie() throws {
        try withChromium { server, browser in
            try browser.visit(url: server.url("/plain"))
            try browser.setCookie(WebDriverCookie(name: "dni_visitor", value: "v1"))
            // Chromium caps lifetimes at 400 days, so ten days comes back as given.
            let expiry = (Date().timeIntervalSince1970 + 10 * 86_400).rounded(.down)
            try browser.setCookie(WebDriverCookie(name: "other", value: "o", expiry: expiry),
                                  forURL: "http://localhost:\(server.port)/")
            #expect(try browser.evaluate("document.cookie") == .string("dni_visitor=v1"))
            let other = try #require(try browser.allCookies().first { $0.name == "other" })
            #expect(other.domain == "localhost" && abs((other.expiry ?? 0) - expiry) < 2)
        }
    }
}
