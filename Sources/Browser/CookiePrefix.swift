/// The cookie name prefixes of RFC 6265bis 4.1.3, matched case-insensitively as Chromium does.
///
/// `__Secure-id=1; Secure` is accepted from an HTTPS page; `__Host-id=1; Secure; Path=/` also needs no
/// Domain attribute and an explicit `Path=/`.
enum CookiePrefix {
    case secure, host

    /// The prefix a cookie name starts with, or nil.
    init?(_ name: String) {
        let lower = name.prefix(9).lowercased()
        if lower.hasPrefix("__secure-") { self = .secure } else if lower.hasPrefix("__host-") { self = .host } else {
            return nil
        }
    }

    /// True when the parsed cookie meets the prefix's conditions.
    func allows(_ cookie: Cookie, pathAttribute: String?) -> Bool {
        switch self {
        case .secure: return cookie.secure
        case .host: return cookie.secure && cookie.hostOnly && pathAttribute == "/"
        }
    }
}
