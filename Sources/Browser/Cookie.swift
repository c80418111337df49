/// One stored cookie (RFC 6265bis section 5.7).
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
    /// `strict`, `lax` or `none` when the SameSite attribute gave one of them.
    public var sameSite: String?
    /// True for a `Partitioned` cookie (CHIPS): Chromium keys it by the top-level site as well.
    public var partitioned = false
    /// When it was first created, for ordering.
    public var created: Double

    /// True for a cookie that lives only until the browser closes.
    public var isSession: Bool { expires == nil }

    /// The `name=value` pair as `document.cookie` shows it.
    public var pair: String { name.isEmpty ? value : "\(name)=\(value)" }
}
