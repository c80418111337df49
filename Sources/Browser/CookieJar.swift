/// A browser's cookie store, following RFC 6265bis as Chromium applies it: Domain, Path, Expires/Max-Age, Secure,
/// HttpOnly, SameSite, Partitioned, the `__Secure-` and `__Host-` prefixes and the size limits.
///
/// ```swift
/// jar.set("id=1; Path=/; Max-Age=60", for: URLParts("https://shop.example/a/b")!, fromScript: true)
/// jar.header(for: URLParts("https://shop.example/")!, fromScript: true)   // "id=1"
/// ```
public final class CookieJar {
    private let clock: VirtualClock
    private let suffixes: PublicSuffixList
    public private(set) var cookies: [Cookie] = []

    public init(clock: VirtualClock, suffixes: PublicSuffixList = .shared) {
        self.clock = clock
        self.suffixes = suffixes
    }

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

    // MARK: Parsing (RFC 6265bis 5.6, as Chromium applies it)

    /// Longest name plus value, in bytes; longer cookies are rejected.
    static let maxPairBytes = 4096
    /// Longest attribute value, in bytes; a longer attribute is ignored as if absent.
    static let maxAttributeBytes = 1024
    /// Longest lifetime: a later Expires or a larger Max-Age is capped to 400 days.
    static let maxLifetimeMs: Double = 400 * 24 * 3600 * 1000

    func parse(_ header: String, for url: URLParts) -> Cookie? {
        // A control character other than tab anywhere rejects the whole line.
        if header.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F }) {
            return nil
        }
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
        // Chromium refuses a tab inside the name, the value or an attribute too (around them it is trimmed).
        if name.contains("\t") || value.contains("\t") { return nil }
        if name.utf8.count + value.utf8.count > Self.maxPairBytes { return nil }
        // A nameless cookie must not look like a prefixed one.
        if name.isEmpty && CookiePrefix(value) != nil { return nil }
        var attributes: [String: String] = [:]
        for attribute in parts.dropFirst() {
            let key: String, argument: String
            if let equals = attribute.firstIndex(of: "=") {
                key = attribute[..<equals].trimmingWhitespace.lowercased()
                argument = attribute[attribute.index(after: equals)...].trimmingWhitespace
            } else {
                key = attribute.trimmingWhitespace.lowercased()
                argument = ""
            }
            if key.contains("\t") || argument.contains("\t") { return nil }
            // Each attribute's last valid occurrence wins.
            if argument.utf8.count > Self.maxAttributeBytes { continue }
            switch key {
            case "expires": if CookieDate.parse(argument) != nil { attributes[key] = argument }
            case "max-age":
                if let first = argument.first, first == "-" || first.isNumber,
                   argument.dropFirst().allSatisfy(\.isNumber) { attributes[key] = argument }
            case "domain", "path", "samesite": attributes[key] = argument
            case "secure", "httponly", "partitioned": attributes[key] = ""
            default: continue
            }
        }
        var cookie = Cookie(name: name, value: value, domain: url.host, hostOnly: true,
                            path: Self.defaultPath(url.path), expires: nil, secure: attributes["secure"] != nil,
                            httpOnly: attributes["httponly"] != nil, sameSite: nil, created: clock.now)
        cookie.partitioned = attributes["partitioned"] != nil
        if var domain = attributes["domain"]?.lowercased() {
            if domain.hasPrefix(".") { domain.removeFirst() }
            // A public suffix (`co.uk`, `github.io`) is refused, unless it is the host itself: then host-only.
            if !domain.isEmpty && !(domain == url.host && suffixes.isPublicSuffix(domain)) {
                guard Self.domainMatches(url.host, domain), !suffixes.isPublicSuffix(domain) else { return nil }
                cookie.domain = domain
                cookie.hostOnly = false
            }
        }
        if let path = attributes["path"], path.hasPrefix("/") { cookie.path = path }
        if let sameSite = attributes["samesite"]?.lowercased(), ["strict", "lax", "none"].contains(sameSite) {
            cookie.sameSite = sameSite
        }
        // SameSite=None and Partitioned both need Secure.
        if (cookie.sameSite == "none" || cookie.partitioned) && !cookie.secure { return nil }
        if let prefix = CookiePrefix(name), !prefix.allows(cookie, pathAttribute: attributes["path"]) { return nil }
        // Max-Age wins over Expires; both are capped at 400 days from now.
        let latest = clock.now + Self.maxLifetimeMs
        if let maxAge = attributes["max-age"].flatMap(Double.init) {
            cookie.expires = maxAge <= 0 ? -.infinity : min(clock.now + maxAge * 1000, latest)
        } else if let expires = attributes["expires"].flatMap(CookieDate.parse) {
            cookie.expires = min(expires, latest)
        }
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
