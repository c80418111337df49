import Foundation

/// How a `ChromiumBrowser` starts Chromium and waits for pages.
public struct ChromiumOptions: Sendable {
    /// What `visit` waits for after the page's load event.
    public var settle: SettlePolicy = .delay(milliseconds: 200)
    /// The longest `visit` waits for `document.readyState == "complete"`, in seconds.
    public var loadTimeout: TimeInterval = 30
    /// The WebDriver script timeout (async scripts), in milliseconds.
    public var scriptTimeoutMilliseconds = 30_000
    /// Installs the console recorder in every page (see `ChromiumBrowser.console()`).
    public var recordConsole = true
    /// Host names sent elsewhere, e.g. `["shop.example": "127.0.0.1:8080"]`, through `--host-resolver-rules`.
    public var hostMap: [String: String] = [:]
    /// The window size, which also sets the layout viewport.
    public var windowSize = "1280,800"
    /// More Chromium switches, appended after the standard ones.
    public var extraArguments: [String] = []
    /// The binaries; nil finds them with `ChromiumInstallation.locate()`.
    public var installation: ChromiumInstallation?

    public init() {}

    /// The Chromium command-line switches for a profile folder.
    public func arguments(userDataDir: String) -> [String] {
        var arguments = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--user-data-dir=\(userDataDir)", "--window-size=\(windowSize)",
            // Quiet, deterministic start: no first-run UI, no background traffic, no throttled timers.
            "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
            "--disable-backgrounding-occluded-windows", "--password-store=basic", "--use-mock-keychain",
        ]
        if !hostMap.isEmpty {
            let rules = hostMap.keys.sorted().map { "MAP \($0) \(hostMap[$0]!)" }
            arguments.append("--host-resolver-rules=\(rules.joined(separator: ", "))")
        }
        return arguments + extraArguments
    }

    /// The `alwaysMatch` capabilities for a new session.
    public func capabilities(binary: String, userDataDir: String) -> WebDriverJSON {
        [
            "browserName": "chrome",
            "pageLoadStrategy": "normal",
            "goog:chromeOptions": [
                "binary": .string(binary),
                "args": .array(arguments(userDataDir: userDataDir).map(WebDriverJSON.string)),
            ],
        ]
    }
}

/// What a visit waits for once the document is complete: real time passes, so this is a real wait.
public enum SettlePolicy: Sendable, Equatable {
    /// Return as soon as `document.readyState` is `"complete"`.
    case none
    /// Sleep this long after the load.
    case delay(milliseconds: Int)
    /// Poll a JavaScript expression until it is truthy; fail with a `timeout` error after `timeoutMilliseconds`.
    case until(String, timeoutMilliseconds: Int)
}
