/// Cookies and web storage of the browser.
extension ChromiumBrowser {
    /// Cookies the current page sees (WebDriver "get all cookies"), httpOnly ones included.
    public func cookies() throws -> [WebDriverCookie] {
        try client.cookies()
    }

    /// Every cookie in the browser, for all sites (DevTools `Storage.getCookies`).
    public func allCookies() throws -> [WebDriverCookie] {
        let answer = try client.devTools("Storage.getCookies")
        return (answer["cookies"]?.arrayValue ?? []).compactMap { cookie in
            guard var parsed = WebDriverCookie(json: cookie) else { return nil }
            // DevTools marks session cookies with `session: true` and `expires: -1`.
            let isSession = cookie["session"]?.boolValue ?? true
            parsed.expiry = isSession ? nil : cookie["expires"]?.numberValue
            return parsed
        }
    }

    /// Adds a cookie for the current page's site through WebDriver; an empty domain means host-only.
    public func setCookie(_ cookie: WebDriverCookie) throws {
        try client.addCookie(cookie)
    }

    /// Adds a cookie for any URL through DevTools `Network.setCookie`, without visiting it first.
    public func setCookie(_ cookie: WebDriverCookie, forURL url: String) throws {
        var params: [String: WebDriverJSON] = [
            "name": .string(cookie.name), "value": .string(cookie.value), "url": .string(url),
            "path": .string(cookie.path), "secure": .bool(cookie.secure), "httpOnly": .bool(cookie.httpOnly),
        ]
        if !cookie.domain.isEmpty { params["domain"] = .string(cookie.domain) }
        if let expiry = cookie.expiry { params["expires"] = .number(expiry) }
        if let sameSite = cookie.sameSite { params["sameSite"] = .string(sameSite) }
        let answer = try client.devTools("Network.setCookie", .object(params))
        if answer["success"]?.boolValue == false {
            throw WebDriverError(code: "unable to set cookie", message: "\(cookie.name) for \(url)",
                                 command: "Network.setCookie")
        }
    }

    /// The current page's `sessionStorage` as a dictionary.
    public func sessionStorage() throws -> [String: String] {
        try storage(named: "sessionStorage")
    }

    /// The current page's `localStorage` as a dictionary.
    public func localStorage() throws -> [String: String] {
        try storage(named: "localStorage")
    }

    private func storage(named area: String) throws -> [String: String] {
        let script = """
            const area = window.\(area), items = {};
            if (!area) return items;
            for (let i = 0; i < area.length; i++) { const key = area.key(i); items[key] = area.getItem(key); }
            return items;
            """
        let value = try client.executeScript(script)
        return (value.objectValue ?? [:]).compactMapValues(\.stringValue)
    }
}
