import Browser
import Foundation
import MockAPI

/// The virtual network of a scenario: its pages, the build under test and the mock DNI API.
///
/// API requests are any path under `/dni/`; pages are matched by URL without query or fragment;
/// the build is served at `/dni.js` of any origin and at its hosting URL. Anything else is unhandled.
public final class ScenarioNetwork {
    /// One API request as the checks see it.
    public struct APICall: Sendable {
        public var path: String
        public var body: String
        public var status: Int
    }

    public let service: DNIService
    let pages: [String: String]
    let script: String
    let hostedURL: String?
    public private(set) var calls: [APICall] = []
    private var networkErrors: [(path: String?, remaining: Int?)] = []

    public init(service: DNIService, pages: [String: String], script: String, hostedURL: String?) {
        self.service = service
        self.pages = pages
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
            let body = pages[request.url] ?? script
            return HTTPResponse(headers: ["content-type": "text/javascript"], body: body)
        }
        if path.hasPrefix("/dni/") {
            if let index = networkErrors.firstIndex(where: { $0.path == nil || $0.path == path }) {
                if let left = networkErrors[index].remaining {
                    if left <= 1 { networkErrors.remove(at: index) } else { networkErrors[index].remaining = left - 1 }
                }
                calls.append(APICall(path: path, body: request.body, status: 0))
                return HTTPResponse(networkError: true)
            }
            let answer = service.handle(APIRequest(method: request.method, path: path, headers: request.headers,
                                                   body: Data(request.body.utf8)))
            calls.append(APICall(path: path, body: request.body, status: answer.status))
            return HTTPResponse(status: answer.status, headers: answer.headers, body: answer.text,
                                delayMs: answer.delayMs, hang: answer.hang)
        }
        var pageKey = components
        pageKey.query = nil
        pageKey.fragment = nil
        if let url = pageKey.string, let html = pages[url] ?? pages[url + "/"] ?? pages[request.url] {
            return .html(html)
        }
        return nil
    }
}
