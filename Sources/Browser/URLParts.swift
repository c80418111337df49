import Foundation

/// The parts of an http(s) URL that cookies, storage and origins need.
public struct URLParts: Equatable {
    public var scheme: String
    public var host: String
    public var port: Int?
    public var path: String

    /// Parses `string`; nil when it has no scheme or host.
    public init?(_ string: String) {
        guard let components = URLComponents(string: string),
              let scheme = components.scheme?.lowercased() else { return nil }
        self.scheme = scheme
        host = (components.host ?? "").lowercased()
        port = components.port
        let path = components.percentEncodedPath
        self.path = path.isEmpty ? "/" : path
        if host.isEmpty && (scheme == "http" || scheme == "https") { return nil }
    }

    /// True for https and other schemes a browser treats as secure.
    public var isSecure: Bool { scheme == "https" || scheme == "wss" || host == "localhost" || host == "127.0.0.1" }

    /// The serialized origin, `scheme://host[:port]` with default ports left out.
    public var origin: String {
        let defaultPort = scheme == "https" ? 443 : scheme == "http" ? 80 : nil
        if let port, port != defaultPort { return "\(scheme)://\(host):\(port)" }
        return "\(scheme)://\(host)"
    }
}
