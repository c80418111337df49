/// A browser's cookie store, following RFC 6265: Domain, Path, Expires/Max-Age, Secure, HttpOnly, SameSite.
///
/// ```swift
/// jar.set("id=1; Path=/; Max-Age=60", for: URLParts("https://shop.example/a/b")!, fromScript: true)
/// jar.header(for: URLParts("https://shop.example/")!, fromScript: true)   // "id=1"
/// ```
public final class CookieJar {
    private let clock: VirtualClock
    public private(set) var cookies: [Cookie] = []

    public init(clock: VirtualClock) { self.clock = clock }

    /// Stores a `Set-Cookie` value (or a `document.cookie` assignment); returns false when it was rejected.
    @discardableResult
    public func set(_ header: String, for url: URLParts, fromScript: Bool) -> Bool {
        guard var cookie = parse(header, for: url) else { return false }
        if cookie.httpOnly && fromScript { return false }
        if cookie.secure && !url.isSecure { return false }
        dropExpired()
        let index = cookies.firstIndex {
            $0.name == cookie.name && $0.domain == cookie.domain && $0.path == cookie.path
        }
        if let index {
            let old = cookies[index]
            if old.httpOnly && fromScript { return false }
            cookie.created = old.created
            cookies.remove(at: index)
        }
        if let expires = cookie.expires, expires <= clock.now { return true }
        cookies.append(cookie)
        return true
    }

    /// The cookies sent to `url`, as a `Cookie` header or `document.cookie` string.
    public func header(for url: URLParts, fromScript: Bool) -> String {
        matching(url, fromScript: fromScript).map(\.pair).joined(separator: "; ")
    }

    /// The cookies that `url` sees, longest path first, then oldest first.
    public func matching(_ url: URLParts, fromScript: Bool) -> [Cookie] {
        dropExpired()
        return cookies.filter { cookie in
            (cookie.hostOnly ? url.host == cookie.domain : Self.domainMatches(url.host, cookie.domain))
                && Self.pathMatches(url.path, cookie.path)
                && (!cookie.secure || url.isSecure)
                && !(fromScript && cookie.httpOnly)
        }.sorted { a, b in
            a.path.count != b.path.count ? a.path.count > b.path.count : a.created < b.created
        }
    }

    /// Forgets session cookies, as closing the browser does.
    public func endSession() { cookies.removeAll { $0.isSession } }

    /// Forgets everything.
    public func clear() { cookies.removeAll() }

    private func dropExpired() {
        let now = clock.now
        cookies.removeAll { ($0.expires ?? .infinity) <= now }
    }

    // MARK: Parsing (RFC 6265 5.2)

    func parse(_ header: String, for url: URLParts) -> Cookie? {
        let parts = header.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first else { return nil }
        let name: String, value: String
        if let equals = first.firstIndex(of: "=") {
            name = first[..<equals].trimmingWhitespace
            value = first[first.index(after: equals)...].trimmingWhitespace
        } else {
            name = ""
            value = first.trimmingWhitespace
        }
        if name.isEmpty && value.isEmpty { return nil }
        var cookie = Cookie(name: name, value: value, domain: url.host, hostOnly: true,
                            path: Self.defaultPath(url.path), expires: nil, secure: false,
                            httpOnly: false, sameSite: nil, created: clock.now)
        var maxAge: Double?
        var expires: Double?
        for attribute in parts.dropFirst() {
            let key: String, argument: String
            if let equals = attribute.firstIndex(of: "=") {
                key = attribute[..<equals].trimmingWhitespace.lowercased()
                argument = attribute[attribute.index(after: equals)...].trimmingWhitespace
            } else {
                key = attribute.trimmingWhitespace.lowercased()
                argument = ""
            }
            switch key {
            case "expires":
                if let date = CookieDate.parse(argument) { expires = date }
            case "max-age":
                guard let first = argument.first, first == "-" || first.isNumber,
                      argument.dropFirst().allSatisfy(\.isNumber), let seconds = Double(argument) else { continue }
                maxAge = seconds <= 0 ? -.infinity : clock.now + seconds * 1000
            case "domain":
                var domain = argument.lowercased()
                if domain.hasPrefix(".") { domain.removeFirst() }
                if domain.isEmpty { continue }
                guard Self.domainMatches(url.host, domain), domain.contains(".") || domain == url.host else {
                    return nil
                }
                cookie.domain = domain
                cookie.hostOnly = false
            case "path":
                cookie.path = argument.hasPrefix("/") ? argument : Self.defaultPath(url.path)
            case "secure": cookie.secure = true
            case "httponly": cookie.httpOnly = true
            case "samesite": cookie.sameSite = argument.lowercased()
            default: continue
            }
        }
        // Max-Age wins over Expires.
        cookie.expires = maxAge ?? expires
        return cookie
    }

    /// RFC 6265 5.1.4: the directory of the request path.
    static func defaultPath(_ path: String) -> String {
        guard path.hasPrefix("/"), let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    static func domainMatches(_ host: String, _ domain: String) -> Bool {
        host == domain || (host.hasSuffix("." + domain) && !host.allSatisfy { $0.isNumber || $0 == "." })
    }

    static func pathMatches(_ requestPath: String, _ cookiePath: String) -> Bool {
        if requestPath == cookiePath { return true }
        guard requestPath.hasPrefix(cookiePath) else { return false }
        return cookiePath.hasSuffix("/") || requestPath.dropFirst(cookiePath.count).hasPrefix("/")
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) })!
        return String(self[start...end])
    }
}
