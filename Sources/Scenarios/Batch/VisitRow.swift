/// One visit read from a batch file: its line, landing URL and referrer.
public struct VisitRow: Sendable, Equatable {
    public var line: Int
    public var url: String
    public var referrer: String

    public init(line: Int, url: String, referrer: String) {
        self.line = line
        self.url = url
        self.referrer = referrer
    }
}

/// A line of a batch file that holds no usable visit, and why.
public struct MalformedRow: Sendable, Equatable, Codable {
    public var line: Int
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }
}

/// What a line of a batch file turned out to be.
public enum ParsedLine: Sendable, Equatable {
    case visit(url: String, referrer: String)
    /// A line that is no page visit (an access log's image request); counted, not reported.
    case skipped
    case malformed(String)
}
