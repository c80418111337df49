/// A request made by a page: a navigation, a script load, an XHR, a `fetch` or a beacon.
public struct HTTPRequest: Sendable {
    /// What made the request.
    public enum Kind: String, Sendable { case document, script, xhr, fetch, beacon }

    public var id: Int
    public var kind: Kind
    public var method: String
    public var url: String
    public var headers: [String: String]
    public var body: String
    /// Virtual epoch milliseconds when it was sent.
    public var time: Double
    /// The page that sent it (empty for top-level navigations).
    public var pageURL: String

    public init(id: Int, kind: Kind, method: String, url: String, headers: [String: String], body: String,
                time: Double, pageURL: String) {
        self.id = id
        self.kind = kind
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.time = time
        self.pageURL = pageURL
    }
}

/// The answer a handler gives to a request.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: String
    /// Virtual time before the answer arrives, on top of the browser's base latency.
    public var delayMs: Double
    /// True when no answer ever comes (the page's own timeout must act).
    public var hang: Bool
    /// True for a network error (DNS, connection refused): XHR `error`, fetch rejects.
    public var networkError: Bool

    public init(status: Int = 200, headers: [String: String] = [:], body: String = "",
                delayMs: Double = 0, hang: Bool = false, networkError: Bool = false) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delayMs = delayMs
        self.hang = hang
        self.networkError = networkError
    }

    /// A 200 answer with a JSON body.
    public static func json(_ body: String, status: Int = 200) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["content-type": "application/json"], body: body)
    }

    /// A 200 answer with HTML.
    public static func html(_ body: String) -> HTTPResponse {
        HTTPResponse(headers: ["content-type": "text/html; charset=utf-8"], body: body)
    }
}

/// Answers a page's requests; nil means nobody handles it, which the browser reports as an error.
public typealias RequestHandler = (HTTPRequest) -> HTTPResponse?

/// One entry of the browser's ordered request log.
public struct LoggedRequest: Sendable {
    public var request: HTTPRequest
    /// nil while unanswered, or when nobody handled it.
    public var response: HTTPResponse?
    /// True when no handler answered.
    public var unhandled: Bool
}
