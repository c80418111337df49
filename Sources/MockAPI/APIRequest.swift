import Foundation

/// One HTTP request to the DNI API, independent of how it arrived (in-process or over a socket).
public struct APIRequest: Sendable {
    /// The HTTP method, e.g. `POST`.
    public var method: String
    /// The request path; a query string, if any, is ignored when routing.
    public var path: String
    /// Request headers. Lookups through ``header(_:)`` ignore case.
    public var headers: [String: String]
    /// The raw request body.
    public var body: Data

    public init(method: String, path: String, headers: [String: String] = [:], body: Data = Data()) {
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body
    }

    /// A `POST` of `json` (a JSON text) to `path`, the shape every valid API call has.
    public static func post(_ path: String, json: String) -> APIRequest {
        APIRequest(method: "POST", path: path, headers: ["Content-Type": "application/json"], body: Data(json.utf8))
    }

    /// The value of header `name`, compared without regard to case.
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.key.lowercased() == wanted }?.value
    }

    /// The path without its query string or fragment.
    var route: String {
        var end = path.endIndex
        if let mark = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { end = mark }
        return String(path[..<end])
    }
}
