import Foundation
import Yams

/// A scripted misbehaviour of the API: an error status, a hang, a delay, or a hostile body.
///
/// Scenario files write faults as mappings:
///
///     faults:
///       - {path: /dni/fetch, status: 500, times: 1}   # one 500, then normal answers
///       - {hang: true}                                 # every path, never answers
///       - {malformed: true}                            # 200 with a body that is not JSON
///       - {body: '{"numbers":[{"number":"<b>1</b>"}]}'} # 200 with this exact body
///       - {delay_ms: 200}                              # normal answers, 200 ms late
public struct Fault: Sendable, Equatable {
    /// The route this fault applies to (`/dni/fetch`), or `nil` for every route.
    public var path: String?
    /// How many requests it applies to before it is spent; `nil` means for ever.
    public var times: Int?
    /// Answer with this status instead of handling the request.
    public var status: Int?
    /// The raw body to answer with (with `status`, or `200` when no status is given).
    public var body: String?
    /// Never answer.
    public var hang: Bool
    /// Answer `200` with a body that is not JSON.
    public var malformed: Bool
    /// Milliseconds added before the answer, whatever the answer is.
    public var delayMs: Double

    public init(
        path: String? = nil, times: Int? = nil, status: Int? = nil, body: String? = nil,
        hang: Bool = false, malformed: Bool = false, delayMs: Double = 0
    ) {
        self.path = path
        self.times = times
        self.status = status
        self.body = body
        self.hang = hang
        self.malformed = malformed
        self.delayMs = delayMs
    }

    /// The body a `malformed` fault sends: plausible-looking, but not JSON.
    public static let malformedBody = #"{"numbers": [{"number": "44207946"#

    /// True when this fault applies to a request for `route`.
    func applies(to route: String) -> Bool {
        path == nil || path == route
    }

    /// The answer this fault gives, or `nil` when it only delays the normal answer.
    func response() -> APIResponse? {
        if hang {
            return APIResponse(status: 504, hang: true, delayMs: delayMs)
        }
        var answer: APIResponse
        if malformed {
            answer = .json(status ?? 200, Data(Fault.malformedBody.utf8))
        } else if let body {
            answer = .json(status ?? 200, Data(body.utf8))
        } else if let status {
            answer = .error(status, "injected fault: status \(status)")
        } else {
            return nil
        }
        answer.delayMs = delayMs
        return answer
    }
}

extension Fault: Decodable {
    private enum Key: String, CodingKey, CaseIterable {
        case path, times, status, body, hang, malformed
        case delayMs = "delay_ms"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        self.init(
            path: try container.decodeIfPresent(String.self, forKey: .path),
            times: try container.decodeIfPresent(Int.self, forKey: .times),
            status: try container.decodeIfPresent(Int.self, forKey: .status),
            body: try container.decodeIfPresent(String.self, forKey: .body),
            hang: try container.decodeIfPresent(Bool.self, forKey: .hang) ?? false,
            malformed: try container.decodeIfPresent(Bool.self, forKey: .malformed) ?? false,
            delayMs: try container.decodeIfPresent(Double.self, forKey: .delayMs) ?? 0)
        if let problem = validationProblem() {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: problem))
        }
    }

    /// Why this fault is unusable, or `nil` when it is fine.
    public func validationProblem() -> String? {
        if let times, times < 1 { return "'times' must be at least 1" }
        if let status, !(100...599).contains(status) { return "'status' must be an HTTP status code" }
        if delayMs < 0 || !delayMs.isFinite { return "'delay_ms' must be zero or more" }
        if !hang && !malformed && status == nil && body == nil && delayMs == 0 {
            return "a fault needs one of status, body, hang, malformed or delay_ms"
        }
        return nil
    }

    /// Decodes a fault from a composed YAML mapping.
    public static func parse(_ node: Node) throws -> Fault {
        try checkKeys(node.mapping?.keys.compactMap { $0.string } ?? [])
        return try YAMLDecoder().decode(Fault.self, from: node)
    }

    /// Decodes a fault from a dictionary such as `JSONSerialization` or `Yams.load` produce.
    public static func parse(_ dictionary: [String: Any]) throws -> Fault {
        try checkKeys(Array(dictionary.keys))
        var fault = Fault()
        fault.path = try value(dictionary, "path")
        fault.times = try value(dictionary, "times")
        fault.status = try value(dictionary, "status")
        fault.body = try value(dictionary, "body")
        fault.hang = try value(dictionary, "hang") ?? false
        fault.malformed = try value(dictionary, "malformed") ?? false
        if let delay = dictionary["delay_ms"] {
            guard let number = (delay as? Double) ?? (delay as? Int).map(Double.init) else {
                throw FaultError(message: "fault field 'delay_ms' must be a number")
            }
            fault.delayMs = number
        }
        if let problem = fault.validationProblem() { throw FaultError(message: "invalid fault: \(problem)") }
        return fault
    }

    private static func value<T>(_ dictionary: [String: Any], _ key: String) throws -> T? {
        guard let raw = dictionary[key] else { return nil }
        guard let typed = raw as? T else { throw FaultError(message: "fault field '\(key)' has the wrong type") }
        return typed
    }

    private static func checkKeys(_ keys: [String]) throws {
        let known = Set(Key.allCases.map(\.rawValue))
        if let unknown = keys.first(where: { !known.contains($0) }) {
            throw FaultError(message: "unknown fault field '\(unknown)' (expected one of: \(known.sorted().joined(separator: ", ")))")
        }
    }
}

/// A fault description that cannot be used.
public struct FaultError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}
