/// The status line and headers a scenario page is served with (the body stays in `Scenario.pages`).
///
/// ```yaml
/// pages:
///   https://shop.example/:
///     status: 200
///     headers: {Referrer-Policy: no-referrer, Set-Cookie: ["a=1; Path=/", "b=2; Path=/; HttpOnly"]}
///     body: <p>Call 020 7946 0001</p>
/// ```
public struct PageHead: Sendable, Equatable {
    public var status = 200
    /// Header names in lower case with their values, in the order given; a name may repeat (Set-Cookie).
    public var headers: [(name: String, value: String)] = []

    public init(status: Int = 200, headers: [(name: String, value: String)] = []) {
        self.status = status
        self.headers = headers
    }

    /// The value of a header, or nil.
    public func header(_ name: String) -> String? {
        headers.first { $0.name == name.lowercased() }?.value
    }

    /// The Content-Type given, else one from the URL's extension (`.js`, `.json`, `.css`), else HTML.
    public func contentType(for url: String) -> String {
        if let given = header("content-type") { return given }
        let path = url.split(separator: "?").first.map(String.init) ?? url
        if path.hasSuffix(".js") || path.hasSuffix(".mjs") { return "text/javascript" }
        if path.hasSuffix(".json") { return "application/json" }
        if path.hasSuffix(".css") { return "text/css" }
        return "text/html; charset=utf-8"
    }

    /// True when the page is HTML, so the customer's tag is pasted into it.
    public func isHTML(_ url: String) -> Bool { contentType(for: url).lowercased().hasPrefix("text/html") }

    /// The headers as the browser bridge carries them: lower-case names, repeated values joined by newlines.
    public func responseHeaders(for url: String) -> [String: String] {
        var result = ["content-type": contentType(for: url)]
        for (name, value) in headers where name != "content-type" {
            result[name] = result[name].map { $0 + "\n" + value } ?? value
        }
        return result
    }

    public static func == (a: PageHead, b: PageHead) -> Bool {
        a.status == b.status && a.headers.map(\.name) == b.headers.map(\.name) && a.headers.map(\.value) == b.headers.map(\.value)
    }
}

/// How the scenario's network behaves: the latency of each answer.
public struct NetworkSpec: Sendable {
    /// Latency of each answer in milliseconds; a range is drawn from per answer with the ordering seed.
    public var latencyMs: ClosedRange<Double>?

    public init(latencyMs: ClosedRange<Double>? = nil) { self.latencyMs = latencyMs }
}
