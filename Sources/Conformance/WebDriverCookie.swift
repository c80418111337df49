/// A cookie as WebDriver reports it (W3C "serialized cookie").
public struct WebDriverCookie: Sendable, Equatable {
    public var name: String
    public var value: String
    /// As Chromium reports it: a leading dot for a cookie set with a Domain attribute.
    public var domain: String
    public var path: String
    /// Expiry in epoch seconds; nil for a session cookie.
    public var expiry: Double?
    public var secure: Bool
    public var httpOnly: Bool
    public var sameSite: String?

    public init(name: String, value: String, domain: String = "", path: String = "/", expiry: Double? = nil,
                secure: Bool = false, httpOnly: Bool = false, sameSite: String? = nil) {
        self.name = name
        self.value = value
        self.domain = domain
        self.path = path
        self.expiry = expiry
        self.secure = secure
        self.httpOnly = httpOnly
        self.sameSite = sameSite
    }

    /// True for a cookie that lives only until the browser closes.
    public var isSession: Bool { expiry == nil }

    /// True when no Domain attribute was given (Chromium shows such a domain without a leading dot).
    public var hostOnly: Bool { !domain.hasPrefix(".") }

    /// The domain without a leading dot, as the harness's `Cookie.domain` keeps it.
    public var bareDomain: String { domain.hasPrefix(".") ? String(domain.dropFirst()) : domain }

    /// Reads a serialized cookie; nil when name or value is missing.
    public init?(json: WebDriverJSON) {
        guard let name = json["name"]?.stringValue, let value = json["value"]?.stringValue else { return nil }
        self.name = name
        self.value = value
        domain = json["domain"]?.stringValue ?? ""
        path = json["path"]?.stringValue ?? "/"
        expiry = json["expiry"]?.numberValue
        secure = json["secure"]?.boolValue ?? false
        httpOnly = json["httpOnly"]?.boolValue ?? false
        sameSite = json["sameSite"]?.stringValue
    }

    /// The cookie as the "add cookie" command takes it; empty domain is left out (the current page's host).
    public var json: WebDriverJSON {
        var members: [String: WebDriverJSON] = [
            "name": .string(name), "value": .string(value), "path": .string(path),
            "secure": .bool(secure), "httpOnly": .bool(httpOnly),
        ]
        if !domain.isEmpty { members["domain"] = .string(domain) }
        if let expiry { members["expiry"] = .number(expiry.rounded(.down)) }
        if let sameSite { members["sameSite"] = .string(sameSite) }
        return .object(members)
    }
}
