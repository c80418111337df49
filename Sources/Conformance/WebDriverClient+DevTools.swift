import MockAPI

/// Chrome DevTools Protocol commands through chromedriver's `goog/cdp/execute` extension.
extension WebDriverClient {
    /// Runs a DevTools command on the current window's target and returns its result.
    ///
    ///     try client.devTools("Page.navigate", ["url": "http://127.0.0.1:8080/", "referrer": "https://a.example/"])
    ///
    /// Events can't be received this way; commands only.
    @discardableResult
    public func devTools(_ command: String, _ params: WebDriverJSON = [:]) throws -> WebDriverJSON {
        try sessionCommand("POST", "/goog/cdp/execute", ["cmd": .string(command), "params": params])
    }
}
