/// What a customer build runs as soon as it loads.
public struct OnLoad: Sendable, Equatable {
    public var perSource: PerSource?
    public var perSession: PerSession?

    public init(perSource: PerSource? = nil, perSession: PerSession? = nil) {
        self.perSource = perSource
        self.perSession = perSession
    }
}

/// Per-source tracking: `iovox.autoReplace(filters, defaults)`.
public struct PerSource: Sendable, Equatable {
    public var filters: [Filter]
    public var defaults: [Filter]

    public init(filters: [Filter], defaults: [Filter] = []) {
        self.filters = filters
        self.defaults = defaults
    }
}

/// Per-session tracking: `iovox.autoAllocate(filters, site_data, defaults)`.
public struct PerSession: Sendable, Equatable {
    public var filters: [Filter]
    public var siteData: [SiteDataField]
    public var defaults: [Filter]

    public init(filters: [Filter], siteData: [SiteDataField] = [], defaults: [Filter] = []) {
        self.filters = filters
        self.siteData = siteData
        self.defaults = defaults
    }
}

/// One filter key and its value, in config order.
public struct Filter: Sendable, Equatable {
    public var key: String
    public var value: FilterValue

    public init(_ key: String, _ value: FilterValue) {
        self.key = key
        self.value = value
    }
}

/// A filter value: a literal, or detected in the visitor's browser.
public enum FilterValue: Sendable, Equatable {
    case literal(String)
    /// `detect`: the value of `iovox.detectMedium()`.
    case detect
    /// `campaign`: the value of `iovox.detectCampaign()`.
    case campaign

    /// Whether the value needs the detection module.
    public var isDetected: Bool {
        if case .literal = self { return false }
        return true
    }
}

/// One entry of the site_data sent with an allocation.
public enum SiteDataField: Sendable, Equatable {
    /// A URL query parameter read at run time (`utm_source`, `gclid`, ...).
    case query(String)
    /// `landing_page`: `location.href`.
    case landingPage
    /// `referrer`: `document.referrer`.
    case referrer
    /// A fixed value under a custom key.
    case custom(key: String, value: String)

    /// The query parameters that may be collected by name.
    public static let queryFields = [
        "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "gclid", "msclkid", "fbclid",
    ]

    /// Every field name accepted as a bare list item.
    public static let namedFields = queryFields + ["landing_page", "referrer"]

    /// The site_data key this field is sent under.
    public var key: String {
        switch self {
        case .query(let name): return name
        case .landingPage: return "landing_page"
        case .referrer: return "referrer"
        case .custom(let key, _): return key
        }
    }
}
