import Foundation

/// A cookie as the checks see it.
public struct CookieState: Sendable, Equatable, Codable {
    public var name: String
    public var value: String
    public var session: Bool
    /// Its attributes as a person reads them (`Domain=.shop.example`, `Path=/`, `Secure`, `SameSite=Lax`,
    /// `Expires=…`), for reports only: comparisons and checks use name, value and session.
    public var attributes: [String] = []

    public init(name: String, value: String, session: Bool, attributes: [String] = []) {
        self.name = name
        self.value = value
        self.session = session
        self.attributes = attributes
    }

    /// The attributes of a cookie in the words of a `Set-Cookie` header; `domain` without a leading dot (as the
    /// harness's jar and `WebDriverCookie.bareDomain` give it), `expires` in seconds since 1970.
    public static func describe(domain: String, hostOnly: Bool, path: String, expires: Double?, secure: Bool,
                                httpOnly: Bool, sameSite: String?) -> [String] {
        var list = [hostOnly ? "host \(domain)" : "Domain=.\(domain)", "Path=\(path)"]
        if let expires {
            list.append("Expires=" + Date(timeIntervalSince1970: expires).formatted(.iso8601))
        }
        if secure { list.append("Secure") }
        if httpOnly { list.append("HttpOnly") }
        if let sameSite, !sameSite.isEmpty { list.append("SameSite=" + sameSite.prefix(1).uppercased() + sameSite.dropFirst().lowercased()) }
        return list
    }

    /// The value as people read it: percent-decoded (the client stores JSON that way).
    public var decodedValue: String { value.removingPercentEncoding ?? value }

    public static func == (a: CookieState, b: CookieState) -> Bool {
        a.name == b.name && a.value == b.value && a.session == b.session
    }
}
