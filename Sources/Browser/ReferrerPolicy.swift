import Foundation

/// A document's referrer policy (W3C Referrer Policy), as Chromium applies it to navigations and requests.
///
/// ```swift
/// let policy = ReferrerPolicy(header: "no-referrer, strict-origin")     // .strictOrigin: the last known token wins
/// policy.referrer(from: "https://shop.example/a?x=1", to: "https://api.example/")   // "https://shop.example/"
/// ```
public enum ReferrerPolicy: String, Sendable, CaseIterable {
    case noReferrer = "no-referrer"
    case noReferrerWhenDowngrade = "no-referrer-when-downgrade"
    case sameOrigin = "same-origin"
    case origin
    case strictOrigin = "strict-origin"
    case originWhenCrossOrigin = "origin-when-cross-origin"
    case strictOriginWhenCrossOrigin = "strict-origin-when-cross-origin"
    case unsafeURL = "unsafe-url"

    /// Chromium's default when a page sets none.
    public static let `default` = ReferrerPolicy.strictOriginWhenCrossOrigin

    /// Longer referrer URLs are cut to their origin, as Chromium does.
    static let maxURLLength = 4096

    /// The policy of a `Referrer-Policy` header value: a comma list whose last recognised token wins;
    /// nil when no token is recognised.
    public init?(header: String) {
        let tokens = header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let last = tokens.reversed().compactMap(ReferrerPolicy.init(rawValue:)).first else { return nil }
        self = last
    }

    /// The policy of a `<meta name="referrer" content>` value: one token, or a legacy keyword (`never`,
    /// `always`, `default`, `origin-when-crossorigin`); nil when unknown.
    public init?(meta content: String) {
        let token = content.trimmingCharacters(in: .whitespaces).lowercased()
        switch token {
        case "never": self = .noReferrer
        case "always": self = .unsafeURL
        case "default": self = .default
        case "origin-when-crossorigin": self = .originWhenCrossOrigin
        default:
            guard let policy = ReferrerPolicy(rawValue: token) else { return nil }
            self = policy
        }
    }

    /// The referrer a request from `source` to `target` carries (the `Referer` header, and the next
    /// page's `document.referrer`); empty when none is sent.
    public func referrer(from source: String, to target: String) -> String {
        guard var components = URLComponents(string: source), let from = URLParts(source),
              from.scheme == "http" || from.scheme == "https" else { return "" }
        components.user = nil
        components.password = nil
        components.fragment = nil
        var full = components.string ?? source
        let originOnly = from.origin + "/"
        if full.count > Self.maxURLLength { full = originOnly }
        let to = URLParts(target)
        let sameOrigin = to?.origin == from.origin
        let downgrade = from.isSecure && !(to?.isSecure ?? false)
        switch self {
        case .noReferrer: return ""
        case .noReferrerWhenDowngrade: return downgrade ? "" : full
        case .sameOrigin: return sameOrigin ? full : ""
        case .origin: return originOnly
        case .strictOrigin: return downgrade ? "" : originOnly
        case .originWhenCrossOrigin: return sameOrigin ? full : originOnly
        case .strictOriginWhenCrossOrigin: return sameOrigin ? full : downgrade ? "" : originOnly
        case .unsafeURL: return full
        }
    }
}
