import Browser
import Foundation
import Scenarios

/// The Chromium side of `ScenarioBrowser`: the same steps, in real headless Chromium on real time.
final class ChromiumScenarioBrowser: ScenarioBrowser {
    let chromium: ChromiumBrowser
    /// Real milliseconds to wait after each step for the page's requests and timers to finish.
    let settleMilliseconds: Int
    /// Virtual time, on from the first `advance` longer than the runner's longest real wait.
    let timeline: VirtualTimeline

    init(chromium: ChromiumBrowser, settleMilliseconds: Int, timeline: VirtualTimeline) {
        self.chromium = chromium
        self.settleMilliseconds = settleMilliseconds
        self.timeline = timeline
    }

    /// Lets the page settle after a step: a real wait, or a budget of virtual time once that is on.
    private func settle() throws {
        if timeline.isOn { try passVirtually(Double(settleMilliseconds)) } else {
            chromium.wait(milliseconds: settleMilliseconds)
        }
    }

    /// Gives the page `milliseconds` of virtual time. Virtual time runs on past a held or slowed request
    /// (policy `advance`), and an answer the passed time made due still travels in real time: wait for it.
    private func passVirtually(_ milliseconds: Double) throws {
        try timeline.pass(milliseconds, in: chromium)
        if !timeline.pausesForRequests { chromium.wait(milliseconds: 300) }
    }

    /// Page loads never finish once virtual time is on (see `VirtualTimeline`); `reasonToSkip` keeps such
    /// scenarios out, and this says so if one slips through.
    private func mayNavigate(_ step: String) throws {
        if timeline.tabIsVirtual {
            throw RunError("\(step) after a long advance: Chromium's virtual time stops page loads")
        }
    }

    /// Fills the origin's `sessionStorage` and `localStorage` to Chromium's quota, so that every later
    /// `setItem` throws Chromium's own QuotaExceededError: the visitor whose storage throws (`storage_throws`),
    /// made real. The filler keys start with `__dni_fill` and snapshots leave them out.
    static let fillStorage = """
        [sessionStorage, localStorage].forEach(function (s) {
          var i = 0;
          for (var size = 1 << 20; size >= 1; size >>= 1) {
            var chunk = new Array(size + 1).join('x');
            try { for (;;) s.setItem('__dni_fill' + i++, chunk); } catch (e) {}
          }
        });
        """

    func prepare(visitor: Visitor) throws {
        guard let parts = URLParts(visitor.url) else { throw RunError("visitor.url is not an http(s) URL") }
        try chromium.setDocumentCookies(disabled: !visitor.cookiesEnabled)
        // Parse Set-Cookie strings as the harness does, then hand Chromium the resulting cookies.
        let jar = CookieJar(clock: VirtualClock(start: Date().timeIntervalSince1970 * 1000))
        for cookie in visitor.cookies where !jar.set(cookie, for: parts, fromScript: false) {
            throw RunError("visitor cookie rejected: \(cookie)")
        }
        for cookie in jar.cookies {
            try chromium.setCookie(WebDriverCookie(
                name: cookie.name, value: cookie.value, domain: cookie.hostOnly ? "" : cookie.domain, path: cookie.path,
                expiry: cookie.expires.map { $0 / 1000 }, secure: cookie.secure, httpOnly: cookie.httpOnly,
                sameSite: cookie.sameSite.map { $0.prefix(1).uppercased() + $0.dropFirst() }), forURL: visitor.url)
        }
        if !visitor.sessionStorage.isEmpty || !visitor.localStorage.isEmpty || visitor.storageThrows {
            // Storage belongs to an origin: stand on a blank page of it to fill it.
            try chromium.visit(url: parts.origin + "/__dni_blank", settle: SettlePolicy.none)
            for (key, value) in visitor.sessionStorage {
                _ = try chromium.client.executeScript("sessionStorage.setItem(arguments[0], arguments[1])",
                                                      args: [.string(key), .string(value)])
            }
            for (key, value) in visitor.localStorage {
                _ = try chromium.client.executeScript("localStorage.setItem(arguments[0], arguments[1])",
                                                      args: [.string(key), .string(value)])
            }
            if visitor.storageThrows { _ = try chromium.client.executeScript(Self.fillStorage) }
        }
    }

    func visit(url: String, referrer: String) throws {
        try mayNavigate("visit")
        try chromium.visit(url: url, referrer: referrer, settle: .delay(milliseconds: settleMilliseconds))
    }

    func follow(selector: String) throws {
        try mayNavigate("follow")
        // A real click: the browser applies its own referrer policy.
        guard let element = try chromium.client.findElements(css: selector).first else {
            throw RunError("follow: nothing matches \(selector)")
        }
        _ = try chromium.client.executeScript("window.__dniLeaving = true;")
        _ = try chromium.client.sessionCommand("POST", "/element/\(element.id)/click", [:])
        try chromium.waitForLoad(of: selector)
        try settle()
    }

    func pushState(url: String) throws {
        _ = try chromium.client.executeScript("history.pushState({}, '', arguments[0])", args: [.string(url)])
        try settle()
    }

    func advance(milliseconds: Double) throws {
        if timeline.isOn || milliseconds > ChromiumScenarioRunner.longestRealWait {
            try passVirtually(milliseconds)
        } else {
            chromium.wait(milliseconds: Int(milliseconds))
        }
    }

    func closeBrowser() throws {
        try chromium.closeAndReopen()
        timeline.freshTab()
    }

    func newVisitor() throws {
        try chromium.clearAll()
        timeline.freshTab()
    }

    func insert(selector: String, html: String) throws {
        _ = try chromium.client.executeScript("""
            var host = document.querySelector(arguments[0]);
            if (!host) throw new Error('insert: nothing matches ' + arguments[0]);
            host.insertAdjacentHTML('beforeend', arguments[1]);
            """, args: [.string(selector), .string(html)])
        try settle()
    }

    func setHidden(_ hidden: Bool) throws {
        try chromium.setVisibility(hidden: hidden)
        try settle()
    }

    func evaluateJSON(_ expression: String) throws -> String {
        let value = try chromium.client.executeScript(
            "return JSON.stringify((function () { return (\(expression)); })());")
        return value.stringValue ?? "null"
    }

    func snapshot(selectors: [String]) throws -> PageSnapshot {
        var snapshot = PageSnapshot()
        try snapshot.read(json: try evaluateJSON(SnapshotScript.expression(selectors: selectors)), selectors: selectors)
        snapshot.cookies = try chromium.cookies().map {
            CookieState(name: $0.name, value: $0.value, session: $0.isSession, attributes: CookieState.describe(
                domain: $0.bareDomain, hostOnly: $0.hostOnly, path: $0.path, expires: $0.expiry, secure: $0.secure,
                httpOnly: $0.httpOnly, sameSite: $0.sameSite))
        }
        return snapshot
    }

    func consoleLines() -> [ConsoleLine] {
        chromium.console().map { ConsoleLine(level: $0.level, text: $0.text) }
    }
}
