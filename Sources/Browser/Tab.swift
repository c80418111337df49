/// A browser tab: a history of pages and its own `sessionStorage`.
public final class Tab {
    /// Thrown when a navigation cannot load its page.
    public struct NavigationError: Error, CustomStringConvertible {
        public var url: String
        public var reason: String
        public var description: String { "cannot load \(url): \(reason)" }
    }

    public let browser: Browser
    var sessionAreas: [String: StorageArea] = [:]
    /// The page shown now.
    public private(set) var page: Page?
    /// URLs visited in this tab, oldest first.
    public private(set) var history: [String] = []

    init(browser: Browser) { self.browser = browser }

    /// The `sessionStorage` area of an origin in this tab.
    public func sessionStorage(for origin: String) -> StorageArea {
        if let area = sessionAreas[origin] { return area }
        let area = StorageArea(quota: browser.options.storageQuota)
        sessionAreas[origin] = area
        return area
    }

    /// Navigates and then lets the page settle (scripts, timers and answers due within `horizon` ms).
    @discardableResult
    public func visit(_ url: String, referrer: String? = nil, horizon: Double = 10_000) throws -> Page {
        let page = try navigate(to: url, referrer: referrer)
        try browser.settle(horizon: horizon)
        return self.page ?? page
    }

    /// Loads `url` as a new page: fetches the HTML, runs its scripts in document order, fires the load events.
    @discardableResult
    public func navigate(to url: String, referrer: String? = nil) throws -> Page {
        page?.unload()
        page = nil
        let referrer = referrer ?? ""
        let (_, answer) = browser.send(kind: .document, method: "GET", url: url,
                                       headers: referrer.isEmpty ? [:] : ["referer": referrer], body: "", from: "")
        guard let response = answer else {
            throw NavigationError(url: url, reason: "no handler answers this URL")
        }
        if response.networkError || response.hang {
            throw NavigationError(url: url, reason: "network error")
        }
        let parsed: HTMLParser.Document
        do { parsed = try ParseCache.document(response.body) } catch {
            throw NavigationError(url: url, reason: String(describing: error))
        }
        let newPage = Page(tab: self, url: url, referrer: referrer)
        if let header = response.headers.first(where: { $0.key.lowercased() == "referrer-policy" }),
           let policy = ReferrerPolicy(header: header.value) {
            newPage.referrerPolicy = policy
        }
        newPage.mayHaveMetaReferrer = Page.mentionsReferrer(response.body)
        page = newPage
        history.append(url)
        newPage.load(parsed)
        return newPage
    }

    /// A navigation the page asked for (`location.href = ...`), run as a task.
    ///
    /// A navigation away from the page sends the referrer its policy allows; a reload keeps the page's own.
    func scheduleNavigation(to url: String, referrer: String, from page: Page) {
        let referrer = referrer == page.url ? page.effectiveReferrerPolicy.referrer(from: page.url, to: url) : referrer
        browser.loop.schedule(after: 0, owner: page, label: "navigation to \(url)") { [weak self] in
            guard let self, self.page === page else { return }
            do { try self.navigate(to: url, referrer: referrer) } catch {
                page.record(.error, "navigation failed: \(error)")
            }
        }
    }

    /// Records a same-document URL change (`history.pushState`).
    func replaceCurrentURL(_ url: String, push: Bool) {
        if push || history.isEmpty { history.append(url) } else { history[history.count - 1] = url }
    }

    func close() {
        page?.unload()
        page = nil
        sessionAreas.removeAll()
    }
}
