/// Cookies of the current page, as WebDriver sees them.
///
/// WebDriver shows only the cookies the current document's URL would get, httpOnly ones included.
extension WebDriverClient {
    /// Every cookie visible to the current page.
    public func cookies() throws -> [WebDriverCookie] {
        (try sessionCommand("GET", "/cookie").arrayValue ?? []).compactMap(WebDriverCookie.init(json:))
    }

    /// One cookie by name, nil when the page doesn't see it.
    public func cookie(named name: String) throws -> WebDriverCookie? {
        do {
            return WebDriverCookie(json: try sessionCommand("GET", "/cookie/\(name)"))
        } catch let error as WebDriverError where error.code == "no such cookie" {
            return nil
        }
    }

    /// Adds a cookie for the current page's domain (a page must be loaded first).
    public func addCookie(_ cookie: WebDriverCookie) throws {
        try sessionCommand("POST", "/cookie", ["cookie": cookie.json])
    }

    /// Deletes one cookie of the current page by name.
    public func deleteCookie(named name: String) throws {
        try sessionCommand("DELETE", "/cookie/\(name)")
    }

    /// Deletes every cookie the current page sees.
    public func deleteAllCookies() throws {
        try sessionCommand("DELETE", "/cookie")
    }
}
