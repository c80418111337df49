/// Navigation, scripts and elements.
extension WebDriverClient {
    /// Loads `url` in the current window and waits as the page load strategy says.
    public func navigate(to url: String) throws {
        try sessionCommand("POST", "/url", ["url": .string(url)])
    }

    /// The current top-level document's URL.
    public func currentURL() throws -> String {
        try sessionCommand("GET", "/url").stringValue ?? ""
    }

    /// The current document's title.
    public func title() throws -> String {
        try sessionCommand("GET", "/title").stringValue ?? ""
    }

    /// Runs `script` as a function body (`return` gives the result) with `args` as `arguments`.
    ///
    ///     try client.executeScript("return arguments[0] + 1", args: [41])  // .number(42)
    @discardableResult
    public func executeScript(_ script: String, args: [WebDriverJSON] = []) throws -> WebDriverJSON {
        try sessionCommand("POST", "/execute/sync", ["script": .string(script), "args": .array(args)])
    }

    /// Runs `script` with a callback as its last argument and waits until it is called (or the script timeout).
    ///
    ///     try client.executeAsyncScript("const done = arguments[0]; setTimeout(() => done('ok'), 50)")
    @discardableResult
    public func executeAsyncScript(_ script: String, args: [WebDriverJSON] = []) throws -> WebDriverJSON {
        try sessionCommand("POST", "/execute/async", ["script": .string(script), "args": .array(args)])
    }

    /// Sets the session timeouts in milliseconds; nil leaves one unchanged.
    public func setTimeouts(script: Int? = nil, pageLoad: Int? = nil, implicit: Int? = nil) throws {
        var members: [String: WebDriverJSON] = [:]
        if let script { members["script"] = .number(Double(script)) }
        if let pageLoad { members["pageLoad"] = .number(Double(pageLoad)) }
        if let implicit { members["implicit"] = .number(Double(implicit)) }
        try sessionCommand("POST", "/timeouts", .object(members))
    }

    /// Every element matching a CSS selector, in document order.
    public func findElements(css selector: String) throws -> [WebElement] {
        let value = try sessionCommand("POST", "/elements",
                                       ["using": "css selector", "value": .string(selector)])
        return (value.arrayValue ?? []).compactMap(WebElement.init(json:))
    }

    /// An element's rendered text.
    public func text(of element: WebElement) throws -> String {
        try sessionCommand("GET", "/element/\(element.id)/text").stringValue ?? ""
    }

    /// An element's attribute, nil when absent.
    public func attribute(_ name: String, of element: WebElement) throws -> String? {
        try sessionCommand("GET", "/element/\(element.id)/attribute/\(name)").stringValue
    }
}
