/// What must be true of the page, the browser and the API at a point of a scenario.
public struct Expectation: Sendable {
    /// Checks of single elements by selector.
    public var elements: [(selector: String, check: ElementCheck)] = []
    /// Every phone number shown in the page's text, in document order.
    public var numbers: [String]?
    /// The href of every `tel:` link, in document order.
    public var telLinks: [String]?
    public var cookies: [(name: String, check: ValueCheck)] = []
    public var sessionStorage: [(key: String, check: ValueCheck)] = []
    public var localStorage: [(key: String, check: ValueCheck)] = []
    /// How many API requests were made so far (all scenario pages).
    public var apiRequests: Int?
    /// The API requests so far, in order: path and a subset of the JSON body each must contain.
    public var requests: [RequestCheck]?
    /// When true, `requests` may match in any order (independent requests sent at once arrive in any order).
    public var requestsInAnyOrder = false
    /// `iovox.detectMedium()` in the current page.
    public var medium: String?
    /// Console lines that must appear (substring match), at any level.
    public var consoleContains: [String] = []
    /// When false (the default), any console error or uncaught error fails the scenario.
    public var allowErrors = false
    /// JavaScript expressions and the JSON value each must give.
    public var evals: [(expression: String, equals: String)] = []

    public init() {}
}

/// A check of one element.
public struct ElementCheck: Sendable {
    public var exists: Bool = true
    public var text: String?
    public var textContains: String?
    public var href: String?
    public var attributes: [String: String?] = [:]
    /// Computed `visibility`, e.g. `visible` (revealed after loading).
    public var visibility: String?
    /// Class names that must be absent, e.g. `iovox-loading`.
    public var classAbsent: [String] = []
}

/// A check of a cookie or storage value.
public struct ValueCheck: Sendable {
    public var absent = false
    public var equals: String?
    /// A regular expression the value must match.
    public var matches: String?
    /// For cookies: true for a session cookie, false for a persistent one.
    public var session: Bool?
}

/// One expected API request.
public struct RequestCheck: Sendable {
    public var path: String
    /// JSON text of an object whose every member must be in the request body (recursively).
    public var bodySubset: String?
    /// The `Referer` header the request must carry; empty when none may be sent.
    public var referer: String?
}
