import Foundation

/// The API's answer, plus how a transport should deliver it (at once, late, or never).
public struct APIResponse: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// Response headers, e.g. `Content-Type` and `Allow`.
    public var headers: [String: String]
    /// The raw response body.
    public var body: Data
    /// When true the transport must never answer (a simulated hung server).
    public var hang: Bool
    /// Milliseconds the transport waits before answering.
    public var delayMs: Double

    public init(status: Int, headers: [String: String] = [:], body: Data = Data(), hang: Bool = false, delayMs: Double = 0) {
        self.status = status
        self.headers = headers
        self.body = body
        self.hang = hang
        self.delayMs = delayMs
    }

    /// The body as UTF-8 text, for logs and tests.
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// A JSON answer with `Content-Type: application/json`.
    public static func json(_ status: Int, _ body: Data) -> APIResponse {
        APIResponse(status: status, headers: ["Content-Type": "application/json"], body: body)
    }

    /// An error answer `{"error": message}`.
    public static func error(_ status: Int, _ message: String) -> APIResponse {
        let payload = (try? JSONEncoder.api.encode(["error": message])) ?? Data(#"{"error":"error"}"#.utf8)
        return json(status, payload)
    }
}

extension JSONEncoder {
    /// The encoder for every API body: compact, keys sorted so answers are byte-stable.
    static let api: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}
