import Browser
import Foundation
import MockAPI

/// The virtual network of a scenario: its pages, the build under test and the mock DNI API.
///
/// API requests are any path under `/dni/`; pages are matched by URL without query or fragment and served
/// with the status and headers their entry gives (`Set-Cookie`, `Referrer-Policy`, ...);
/// the build is served at `/dni.js` of any origin and at its hosting URL. Anything else is unhandled.
public final class ScenarioNetwork {
    /// One API request as the checks see it.
    public struct APICall: Sendable, Codable {
        public var path: String
        public var body: String
        public var status: Int
        /// The `Referer` header it carried; empty when none.
        public var referer = ""
        /// The body the mock API answered with; empty for a network error or a held answer.
        public var answer = ""
    }

    public let service: DNIService
    let pages: [String: String]
    let heads: [String: PageHead]
    let script: String
    let hostedURL: String?
    public private(set) var calls: [APICall] = []
    private var networkErrors: [(path: String?, remaining: Int?)] = []

    public init(service: DNIService, pages: [String: String], heads: [String: PageHead] = [:], script: String,
                hostedURL: String?) {
        self.service = service
        self.pages = pages
        self.heads = heads
        self.script = script
        self.hostedURL = hostedURL
    }

    /// Adds scripted faults; network errors are the network's, the rest go to the mock API.
    public func add(_ faults: [FaultSpec]) {
        for fault in faults {
            if fault.networkError {
                networkErrors.append((fault.path, fault.times))
            } else {
                service.faults.add(fault.fault)
            }
        }
    }

    /// Answers one request of the harness browser.
    public func handle(_ request: HTTPRequest) -> HTTPResponse? {
        guard let components = URLComponents(string: request.url) else { return nil }
        let path = components.path
        if request.url == hostedURL || (path == "/dni.js" && request.kind == .script) {
            // A scenario may serve something else at the build's URL: a tampered or stale CDN copy.
            guard let body = pages[request.url] else {
                return HTTPResponse(headers: ["content-type": "text/javascript"], body: script)
            }
            return page(request.url, body: body, defaultType: "text/javascript")
        }
        if path.hasPrefix("/dni/") {
            if let index = networkErrors.firstIndex(where: { $0.path == nil || $0.path == path }) {
                if let left = networkErrors[index].remaining {
                    if left <= 1 { networkErrors.remove(at: index) } else { networkErrors[index].remaining = left - 1 }
                }
                calls.append(APICall(path: path, body: request.body, status: 0, referer: Self.referer(request)))
                return HTTPResponse(networkError: true)
            }
            let answer = service.handle(APIRequest(method: request.method, path: path, headers: request.headers,
                                                   body: Data(request.body.utf8)))
            calls.append(APICall(path: path, body: request.body, status: answer.status, referer: Self.referer(request),
                                 answer: answer.hang ? "" : answer.text))
            return HTTPResponse(status: answer.status, headers: answer.headers, body: answer.text,
                                delayMs: answer.delayMs, hang: answer.hang)
        }
        var pageKey = components
        pageKey.query = nil
        pageKey.fragment = nil
        if let url = pageKey.string {
            for key in [url, url + "/", request.url] {
                if let body = pages[key] { return page(key, body: body) }
            }
        }
        return nil
    }

    /// The request's `Referer` header, whatever the case of its name.
    static func referer(_ request: HTTPRequest) -> String {
        request.headers.first { $0.key.lowercased() == "referer" }?.value ?? ""
    }

    /// A page entry's answer: its status and headers when it gives them, else 200 with a type from its URL.
    func page(_ url: String, body: String, defaultType: String? = nil) -> HTTPResponse {
        let head = heads[url] ?? PageHead()
        var headers = head.responseHeaders(for: url)
        if let defaultType, head.header("content-type") == nil { headers["content-type"] = defaultType }
        return HTTPResponse(status: head.status, headers: headers, body: body)
    }
}
