/// Reading the current page: scripts, HTML, URL and elements.
extension ChromiumBrowser {
    /// Runs `source` as a classic script in the page (indirect eval) and returns its completion value.
    ///
    /// A returned promise is awaited. DOM nodes come back as element references, `undefined` as null.
    ///
    ///     try browser.evaluate("document.title")          // .string("Shop")
    ///     try browser.evaluate("var n = 2; n * 21")       // .number(42)
    @discardableResult
    public func evaluate(_ source: String) throws -> WebDriverJSON {
        try client.executeScript("return (0, eval)(arguments[0]);", args: [.string(source)])
    }

    /// Runs an async function body; it finishes by calling `arguments[arguments.length - 1]` with the result.
    @discardableResult
    public func evaluateAsync(_ body: String, args: [WebDriverJSON] = []) throws -> WebDriverJSON {
        try client.executeAsyncScript(body, args: args)
    }

    /// The serialized document, `document.documentElement.outerHTML`.
    public func html() throws -> String {
        try client.executeScript("return document.documentElement ? document.documentElement.outerHTML : '';")
            .stringValue ?? ""
    }

    /// The current tab's URL.
    public func currentURL() throws -> String { try client.currentURL() }

    /// Texts of the elements matching a CSS selector, as `textContent` gives them.
    public func texts(matching selector: String) throws -> [String] {
        let value = try client.executeScript(
            "return Array.from(document.querySelectorAll(arguments[0]), (e) => e.textContent);",
            args: [.string(selector)])
        return (value.arrayValue ?? []).compactMap(\.stringValue)
    }

    /// Every console line and uncaught error recorded so far, oldest first, across pages and tabs.
    ///
    /// Lines are drained from the current page on each call and before each navigation `visit` makes.
    /// Lines of a page that navigated away by itself (`location.href = ...`) before a drain are lost.
    public func console() -> [ChromiumConsoleMessage] {
        drainConsole()
        return consoleLog
    }

    /// Moves the current page's recorded lines into `consoleLog`.
    func drainConsole() {
        guard options.recordConsole,
              let drained = try? client.executeScript(ConsoleRecorder.drainScript) else { return }
        consoleLog.append(contentsOf: (drained.arrayValue ?? []).compactMap(ChromiumConsoleMessage.init(json:)))
    }
}
