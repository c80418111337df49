/// One stored cookie (RFC 6265 section 5.3).
public struct Cookie: Equatable, Sendable {
    public var name: String
    public var value: String
    /// The domain without a leading dot.
    public var domain: String
    /// True when no Domain attribute was given: only the exact host gets the cookie.
    public var hostOnly: Bool
    public var path: String
    /// Expiry in virtual epoch milliseconds; nil for a session cookie.
    public var expires: Double?
    public var secure: Bool
    public var httpOnly: Bool
    public var sameSite: String?
    /// When it was first created, for ordering.
    public var created: Double

    /// True for a cookie that lives only until the browser closes.
    public var isSession: Bool { expires == nil }

    /// The `name=value` pair as `document.cookie` shows it.
    public var pair: String { name.isEmpty ? value : "\(name)=\(value)" }
}
