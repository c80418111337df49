/// A fake web browser: one cookie jar, storage, a virtual clock and a request handler shared by its tabs.
///
/// ```swift
/// let browser = Browser(network: { request in .html("<p>Call 020 7946 0001</p>") })
/// let page = try browser.newTab().visit("https://shop.example/", referrer: "https://www.google.com/")
/// print(page.html)
/// ```
public final class Browser {
    public let options: BrowserOptions
    public let clock: VirtualClock
    public let loop: EventLoop
    public let cookies: CookieJar
    /// Answers every request the pages make.
    public var network: RequestHandler
    /// Every request made, in order.
    public private(set) var log: [LoggedRequest] = []
    /// Every console line and uncaught error of every page, in order.
    public internal(set) var console: [ConsoleMessage] = []
    public private(set) var tabs: [Tab] = []
    var localAreas: [String: StorageArea] = [:]
    var random: SeededRandom
    private var networkRandom: SeededRandom
    private var nextRequestID = 1

    public init(options: BrowserOptions = BrowserOptions(), network: @escaping RequestHandler = { _ in nil }) {
        self.options = options
        clock = VirtualClock(start: options.clockStart)
        loop = EventLoop(clock: clock)
        cookies = CookieJar(clock: clock)
        random = SeededRandom(seed: options.seed)
        networkRandom = SeededRandom(seed: options.networkSeed)
        self.network = network
    }

    /// Opens a new tab with its own session storage.
    public func newTab() -> Tab {
        let tab = Tab(browser: self)
        tabs.append(tab)
        return tab
    }

    /// Closes every tab and ends the session: session cookies and session storage are gone.
    ///
    /// Tabs and pages keep their browser alive; closing breaks those links, so close a browser when done.
    public func close() {
        for tab in tabs { tab.close() }
        tabs.removeAll()
        cookies.endSession()
    }

    /// The `localStorage` area of an origin.
    public func localStorage(for origin: String) -> StorageArea {
        if let area = localAreas[origin] { return area }
        let area = StorageArea(quota: options.storageQuota)
        localAreas[origin] = area
        return area
    }

    /// Advances virtual time, running what falls due (timers, answers, navigations).
    public func advance(by milliseconds: Double) throws { try loop.advance(by: milliseconds) }

    /// Runs what is due within `horizon` ms; see `EventLoop.settle`.
    public func settle(horizon: Double = 10_000) throws { try loop.settle(horizon: horizon) }

    /// The latency of the next answer: fixed, or drawn from the range with the network seed.
    func nextLatency() -> Double {
        guard let range = options.latencyRangeMs else { return options.latencyMs }
        let unit = Double(networkRandom.next() >> 11) / Double(1 << 53)
        return (range.lowerBound + unit * (range.upperBound - range.lowerBound)).rounded()
    }

    /// Sends a request through the handler, logs it and takes its cookies; nil when nobody handled it.
    ///
    /// A request from a page carries the `Referer` its `policy` allows.
    func send(kind: HTTPRequest.Kind, method: String, url: String, headers: [String: String],
              body: String, from pageURL: String, policy: ReferrerPolicy = .default) -> (index: Int, response: HTTPResponse?) {
        var headers = headers
        if !pageURL.isEmpty, headers["referer"] == nil {
            let referer = policy.referrer(from: pageURL, to: url)
            if !referer.isEmpty { headers["referer"] = referer }
        }
        if let parts = URLParts(url) {
            let cookie = cookies.header(for: parts, fromScript: false)
            if !cookie.isEmpty, kind != .xhr, kind != .fetch { headers["cookie"] = cookie }
        }
        let request = HTTPRequest(id: nextRequestID, kind: kind, method: method.uppercased(), url: url,
                                  headers: headers, body: body, time: clock.now, pageURL: pageURL)
        nextRequestID += 1
        let response = network(request)
        // Pages and scripts are logged without their bodies: a long session must not keep every page it saw.
        var logged = response
        if kind == .document || kind == .script { logged?.body = "" }
        log.append(LoggedRequest(request: request, response: logged, unhandled: response == nil))
        if let response, let setCookie = response.headers.first(where: { $0.key.lowercased() == "set-cookie" }),
           let parts = URLParts(url) {
            for line in setCookie.value.split(separator: "\n") {
                cookies.set(String(line), for: parts, fromScript: false)
            }
        }
        return (log.count - 1, response)
    }
}
