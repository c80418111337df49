/// A customer's validated build settings, read from a YAML config.
///
/// Every optional field left `nil` is omitted from the generated `iovox.init`
/// call, so the client's own default applies.
///
/// ```swift
/// let config = try CustomerConfig.parse(yaml: text, file: "acme.yaml")
/// ```
public struct CustomerConfig: Sendable, Equatable {
    /// Short name used in file names and comments (`[a-z0-9][a-z0-9_-]*`).
    public var customer: String
    public var accessKey: String
    public var actionKey: String
    /// The resolved API base URL, without a trailing slash.
    public var apiURL: String
    public var countryCode: String?
    /// Extra CSS selectors scanned besides `a[href^="tel:"]`.
    public var selectors: [String] = []
    public var referrers: [ReferrerRule] = []
    public var persistFilters: Bool?
    public var useLoadingClass: Bool?
    public var timeoutMs: Int?
    public var fallbackNumber: String?
    /// The customer's own numbers as printed (`numbers:`); when given, the client touches and sends only these.
    public var targetNumbers: [String] = []
    /// Where the visitor's storage consent comes from (`consent:`); `nil` means no consent gating.
    public var consent: ConsentSource?
    /// Per-session tracking before consent (`session_without_consent:`): wait, or a key for the page only.
    public var sessionWithoutConsent: SessionWithoutConsent?
    public var paidOnly: Bool?
    public var heartbeatSeconds: Int?
    public var ignoreAttribute: String?
    public var debug: Bool = false
    public var observe: Bool = true
    public var onLoad = OnLoad()
    public var hosting: Hosting?

    public init(customer: String, accessKey: String, actionKey: String, apiURL: String = APIURL.production) {
        self.customer = customer
        self.accessKey = accessKey
        self.actionKey = actionKey
        self.apiURL = apiURL
    }
}

/// Where the client learns that the visitor agreed to cookies and storage.
public enum ConsentSource: String, Sendable, Equatable, CaseIterable {
    /// No gating: the client stores from the start (the default).
    case none
    /// The customer's code calls `iovox.consent(true)`.
    case manual
    /// Google Consent Mode v2: `ad_storage` and `analytics_storage` granted.
    case googleConsentMode = "google_consent_mode"
    /// IAB TCF v2.2 through `__tcfapi`: purpose 1, or GDPR not applying.
    case tcf
}

/// What per-session tracking does before consent.
public enum SessionWithoutConsent: String, Sendable, Equatable, CaseIterable {
    /// Allocate once consent is given.
    case wait
    /// Allocate at once with a session key kept for this page only, stored once consent is given.
    case page
}

/// The named API base URLs.
public enum APIURL {
    public static let production = "https://platform.iovox.com"
    public static let sandbox = "https://sandbox-platform.iovox.com"
}

/// A custom referrer mapping passed to `iovox.setReferrers`: a domain and its medium, or a built-in group
/// given another medium (`{group: ai, medium: ai}`), when `group` is set and `domain` is empty.
public struct ReferrerRule: Sendable, Equatable {
    public var domain: String
    public var medium: String
    public var group: String?

    /// The client's built-in referrer groups, in the order its rule table lists them first.
    public static let groups = ["email", "search", "social", "ads", "ai"]

    public init(domain: String, medium: String) {
        self.domain = domain
        self.medium = medium
    }

    public init(group: String, medium: String) {
        self.domain = ""
        self.medium = medium
        self.group = group
    }
}

/// Where a customer hosts `dni.js`; the snippet then loads it with SRI.
public struct Hosting: Sendable, Equatable {
    public var url: String

    public init(url: String) { self.url = url }
}
