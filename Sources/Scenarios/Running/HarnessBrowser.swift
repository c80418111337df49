import Browser
import Engine
import Foundation

/// The harness side of `ScenarioBrowser`: the fake browser on a virtual clock.
public final class HarnessBrowser: ScenarioBrowser {
    public private(set) var browser: Browser
    public private(set) var tab: Tab
    let network: ScenarioNetwork
    var options: BrowserOptions
    /// Console lines of browsers replaced by `newVisitor`.
    private var earlierConsole: [ConsoleLine] = []
    /// Features the harness lacks, of pages already left.
    private var earlierMissing: [MissingFeatures] = []

    /// A browser for `visitor`; answers take `latency` ms (drawn per answer from a range with `networkSeed`).
    init(network: ScenarioNetwork, visitor: Visitor, latency: ClosedRange<Double>? = nil, networkSeed: UInt64? = nil) {
        self.network = network
        var options = BrowserOptions()
        if let latency {
            if latency.lowerBound == latency.upperBound { options.latencyMs = latency.lowerBound } else {
                options.latencyRangeMs = latency
            }
        }
        if let seed = networkSeed ?? visitor.seed { options.networkSeed = seed }
        if let agent = visitor.userAgent { options.userAgent = agent }
        options.storageThrows = visitor.storageThrows
        options.cookiesEnabled = visitor.cookiesEnabled
        if let start = visitor.clock { options.clockStart = start }
        if let seed = visitor.seed { options.seed = seed }
        self.options = options
        browser = Browser(options: options, network: network.handle)
        tab = browser.newTab()
    }

    deinit { browser.close() }

    /// The page shown now.
    public var page: Page? { tab.page }

    public func prepare(visitor: Visitor) throws {
        guard let parts = URLParts(visitor.url) else { throw RunError("visitor.url is not an http(s) URL") }
        for cookie in visitor.cookies where !browser.cookies.set(cookie, for: parts, fromScript: false) {
            throw RunError("visitor cookie rejected by the browser: \(cookie)")
        }
        for (key, value) in visitor.sessionStorage { try tab.sessionStorage(for: parts.origin).set(key, value) }
        for (key, value) in visitor.localStorage { try browser.localStorage(for: parts.origin).set(key, value) }
    }

    public func visit(url: String, referrer: String) throws {
        noteMissingFeatures()
        try bounded("the visit to \(url)") { _ = try tab.visit(url, referrer: referrer) }
    }

    public func follow(selector: String) throws {
        let page = try currentPage()
        let target = try page.evaluate("""
            (function () { var a = document.querySelector(\(jsonLiteral(selector)));
              if (!a) return null; var u = __rt.parseURL(a.getAttribute('href') || '', location.href);
              return u ? JSON.stringify([u.href, a.getAttribute('referrerpolicy') || '',
                /(^|\\s)noreferrer(\\s|$)/i.test(a.getAttribute('rel') || '')]) : null; })()
            """)
        guard let json = target.stringValue,
              let link = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [Any],
              let href = link.first as? String else {
            throw RunError("follow: no link with an href matches \(selector)")
        }
        // The link's referrerpolicy attribute or rel=noreferrer, else the page's policy (Chromium's default:
        // strict-origin-when-cross-origin, so only the origin crosses origins).
        let policy = (link[2] as? Bool == true ? .noReferrer : nil)
            ?? ReferrerPolicy(rawValue: (link[1] as? String ?? "").lowercased()) ?? page.effectiveReferrerPolicy
        noteMissingFeatures()
        try bounded("the visit to \(href)") { _ = try tab.visit(href, referrer: policy.referrer(from: page.url, to: href)) }
    }

    public func pushState(url: String) throws {
        try bounded("pushState to \(url)") {
            try currentPage().evaluate("history.pushState({}, '', \(jsonLiteral(url)))")
            try browser.settle()
        }
    }

    public func advance(milliseconds: Double) throws {
        try bounded("timers and answers of an advance by \(milliseconds) ms") { try browser.advance(by: milliseconds) }
    }

    public func closeBrowser() throws {
        // Same profile, new session: persistent cookies and localStorage survive.
        noteMissingFeatures()
        let old = browser
        old.close()
        tab = old.newTab()
    }

    public func newVisitor() throws {
        earlierConsole += consoleOfCurrent()
        noteMissingFeatures()
        browser.close()
        var options = self.options
        options.seed &+= 1
        options.clockStart = browser.clock.now
        browser = Browser(options: options, network: network.handle)
        tab = browser.newTab()
    }

    public func insert(selector: String, html: String) throws {
        try bounded("an insert into \(selector)") {
            try currentPage().evaluate("""
                (function () { var host = document.querySelector(\(jsonLiteral(selector)));
                  if (!host) throw new Error('insert: nothing matches ' + \(jsonLiteral(selector)));
                  host.insertAdjacentHTML('beforeend', \(jsonLiteral(html))); })()
                """)
            try browser.settle()
        }
    }

    public func setHidden(_ hidden: Bool) throws {
        try bounded("a visibility change") {
            try currentPage().evaluate("__rt.setVisibility(\(hidden))")
            try browser.settle()
        }
    }

    public func evaluateJSON(_ expression: String) throws -> String {
        let page = try currentPage()
        let value = try bounded("a harness evaluation on page \(page.url)") {
            try page.evaluate("JSON.stringify((function () { return (\(expression)); })())")
        }
        return value.isUndefined ? "null" : value.string
    }

    public func snapshot(selectors: [String]) throws -> PageSnapshot {
        var snapshot = PageSnapshot()
        let json = try evaluateJSON(SnapshotScript.expression(selectors: selectors))
        try snapshot.read(json: json, selectors: selectors)
        if let parts = URLParts(snapshot.url) {
            snapshot.cookies = browser.cookies.matching(parts, fromScript: false)
                .map {
                    CookieState(name: $0.name, value: $0.value, session: $0.isSession, attributes: CookieState.describe(
                        domain: $0.domain, hostOnly: $0.hostOnly, path: $0.path, expires: $0.expires, secure: $0.secure,
                        httpOnly: $0.httpOnly, sameSite: $0.sameSite))
                }
        }
        return snapshot
    }

    public func consoleLines() -> [ConsoleLine] { earlierConsole + consoleOfCurrent() }

    /// Per page, the platform features it reached for that the harness lacks (pages left and the current one).
    public func missingFeatures() -> [MissingFeatures] {
        var list = earlierMissing
        if let page = tab.page { MissingFeatures.add(MissingFeatures(page: page.url, features: page.missingFeatures), to: &list) }
        return list
    }

    /// Keeps the current page's missing features before the page is left.
    private func noteMissingFeatures() {
        guard let page = tab.page else { return }
        MissingFeatures.add(MissingFeatures(page: page.url, features: page.missingFeatures), to: &earlierMissing)
    }

    private func consoleOfCurrent() -> [ConsoleLine] {
        browser.console.map { ConsoleLine(level: $0.level.rawValue, text: $0.text) }
    }

    /// Runs `body` as `activity`; a crossed CPU or memory bound is the error, whatever the script threw.
    func bounded<T>(_ activity: String, _ body: () throws -> T) throws -> T {
        let budget = ExecutionBudget.current
        do {
            let value = try budget.withActivity(activity, body)
            try budget.check()
            return value
        } catch {
            try budget.check()
            throw error
        }
    }

    private func currentPage() throws -> Page {
        guard let page = tab.page else { throw RunError("no page is loaded yet: add a visit step first") }
        return page
    }
}

/// A scenario step that could not be carried out.
public struct RunError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// A string as a JavaScript string literal.
func jsonLiteral(_ text: String) -> String {
    let data = try! JSONSerialization.data(withJSONObject: [text])
    return String(decoding: data, as: UTF8.self).dropFirst().dropLast().description
}
