import Foundation

/// Headless Chromium driven over WebDriver: the real counterpart of the harness's `Browser`.
///
///     let browser = try ChromiumBrowser()
///     defer { browser.close() }
///     try browser.visit(url: "http://127.0.0.1:8080/", referrer: "https://www.google.com/")
///     let referrer = try browser.evaluate("document.referrer")   // .string("https://www.google.com/")
///
/// Commands go to the current tab. Chromium runs on real time: see `wait(milliseconds:)`.
public final class ChromiumBrowser {
    public let options: ChromiumOptions
    public let installation: ChromiumInstallation
    /// The raw WebDriver client, for anything this type doesn't wrap.
    public let client: WebDriverClient
    /// The profile folder; kept across `closeAndReopen()` and deleted by `close()`.
    public let userDataDir: URL
    let driver: ChromeDriverProcess
    /// Console lines drained from pages that are gone or were read already.
    var consoleLog: [ChromiumConsoleMessage] = []
    /// Origins pages were loaded from, so `clearAll()` can clear their storage.
    var visitedOrigins: Set<String> = []
    /// Whether pages see no cookies (`setDocumentCookies(disabled:)`).
    private(set) var documentCookiesDisabled = false
    private var closed = false

    /// Starts chromedriver and a Chromium session with a fresh profile.
    ///
    /// Throws `ChromiumSetupError` naming `scripts/install-chromium.sh` when a binary is missing.
    public init(options: ChromiumOptions = ChromiumOptions()) throws {
        self.options = options
        installation = try options.installation ?? ChromiumInstallation.locate()
        driver = try ChromeDriverProcess.start(executable: installation.chromedriver)
        client = WebDriverClient(baseURL: driver.url)
        userDataDir = FileManager.default.temporaryDirectory
            .appendingPathComponent("dni-chromium-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: userDataDir, withIntermediateDirectories: true)
            try startSession()
        } catch {
            driver.stop()
            try? FileManager.default.removeItem(at: userDataDir)
            throw error
        }
    }

    deinit { close() }

    /// Opens a WebDriver session on the profile and prepares its first tab.
    func startSession() throws {
        let capabilities = options.capabilities(binary: installation.chromium, userDataDir: userDataDir.path)
        do {
            try client.newSession(capabilities: capabilities)
        } catch let error as WebDriverError {
            throw ChromiumSetupError("Chromium did not start (\(installation.chromium)): \(error)")
        }
        try client.setTimeouts(script: options.scriptTimeoutMilliseconds,
                               pageLoad: Int(options.loadTimeout * 1000))
        try prepareCurrentTab()
    }

    /// Installs per-tab DevTools settings: the console recorder runs in every later document of the tab.
    func prepareCurrentTab() throws {
        if documentCookiesDisabled { try applyDocumentCookies() }
        guard options.recordConsole else { return }
        try client.devTools("Page.enable")
        try client.devTools("Page.addScriptToEvaluateOnNewDocument", ["source": .string(ConsoleRecorder.source)])
    }

    /// Turns `document.cookie` off (or on again) in the current tab, as a visitor who blocks cookies has
    /// it: DevTools' `Emulation.setDocumentCookieDisabled`. Fresh tabs get the same setting.
    public func setDocumentCookies(disabled: Bool) throws {
        documentCookiesDisabled = disabled
        try applyDocumentCookies()
    }

    private func applyDocumentCookies() throws {
        try client.devTools("Emulation.setDocumentCookieDisabled", ["disabled": .bool(documentCookiesDisabled)])
    }

    /// Ends the session, stops the driver and deletes the profile. Safe to call twice.
    public func close() {
        guard !closed else { return }
        closed = true
        try? client.deleteSession()
        driver.stop()
        try? FileManager.default.removeItem(at: userDataDir)
    }

    /// Loads `url` as a typed navigation with an exact `document.referrer`, then waits for load and settle.
    ///
    /// Uses DevTools `Page.navigate` with `referrerPolicy: "unsafeUrl"`, so a cross-origin referrer
    /// keeps its path and query. Chromium drops a fragment (`#...`) from any referrer, as the spec says.
    public func visit(url: String, referrer: String? = nil, settle: SettlePolicy? = nil) throws {
        drainConsole()
        // A marker on the old document tells it apart from the new one while polling readyState.
        _ = try? client.executeScript("window.__dniLeaving = true;")
        var params: [String: WebDriverJSON] = ["url": .string(url)]
        if let referrer, !referrer.isEmpty {
            params["referrer"] = .string(referrer)
            params["referrerPolicy"] = "unsafeUrl"
        }
        let answer = try client.devTools("Page.navigate", .object(params))
        if let failure = answer["errorText"]?.stringValue, !failure.isEmpty {
            throw WebDriverError(code: "navigation failed", message: "\(url): \(failure)", command: "Page.navigate")
        }
        if let origin = Self.origin(of: url) { visitedOrigins.insert(origin) }
        try waitForLoad(of: url)
        try self.settle(settle ?? options.settle)
    }

    /// Waits for a document other than the one `visit` marked to reach `readyState == "complete"`.
    func waitForLoad(of url: String) throws {
        let ready = "return !window.__dniLeaving && document.readyState === 'complete';"
        let deadline = Date().addingTimeInterval(options.loadTimeout)
        while Date() < deadline {
            // Scripts can fail while the old document is torn down; that only means "not yet".
            if (try? client.executeScript(ready))?.boolValue == true { return }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw WebDriverError(code: "timeout", message: "\(url) did not finish loading in \(options.loadTimeout) s",
                             command: "visit")
    }

    /// Waits as `policy` says.
    public func settle(_ policy: SettlePolicy) throws {
        switch policy {
        case .none:
            return
        case .delay(let milliseconds):
            wait(milliseconds: milliseconds)
        case .until(let condition, let timeout):
            guard try waitUntil(condition, timeoutMilliseconds: timeout) else {
                throw WebDriverError(code: "timeout", message: "`\(condition)` still false after \(timeout) ms",
                                     command: "settle")
            }
        }
    }

    /// Polls a JavaScript expression every 25 ms until it is truthy; false when `timeoutMilliseconds` passed.
    public func waitUntil(_ condition: String, timeoutMilliseconds: Int) throws -> Bool {
        let deadline = Date().addingTimeInterval(Double(timeoutMilliseconds) / 1000)
        let script = "return !!(0, eval)(arguments[0]);"
        repeat {
            if try client.executeScript(script, args: [.string(condition)]).boolValue == true { return true }
            Thread.sleep(forTimeInterval: 0.025)
        } while Date() < deadline
        return false
    }

    /// Sleeps for real: Chromium has no virtual clock, so timers in the page need this much wall time.
    public func wait(milliseconds: Int) {
        guard milliseconds > 0 else { return }
        Thread.sleep(forTimeInterval: Double(milliseconds) / 1000)
    }

    /// The origin (`scheme://host[:port]`) of an http(s) URL.
    static func origin(of url: String) -> String? {
        guard let parts = URLComponents(string: url), let scheme = parts.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = parts.host else { return nil }
        return parts.port.map { "\(scheme)://\(host):\($0)" } ?? "\(scheme)://\(host)"
    }
}
