import Foundation
@testable import MockAPI

/// A clock the test moves by hand.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var seconds: Double = 1_000

    var now: Double {
        lock.lock()
        defer { lock.unlock() }
        return seconds
    }

    func advance(by delta: Double) {
        lock.lock()
        seconds += delta
        lock.unlock()
    }
}

enum Fixture {
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let exampleAccount = repoRoot.appendingPathComponent("examples/account.yaml")

    static func service(_ account: Account? = nil, clock: ManualClock = ManualClock()) throws -> DNIService {
        let account = try account ?? Account.load(contentsOf: exampleAccount)
        return DNIService(account: account, now: { clock.now })
    }

    static let keys = #""access_key": "example-access-key", "action_key": "example-action-key""#

    static func fetchBody(_ filters: [String]) -> String {
        let entries = filters.map { #"{"filters": \#($0)}"# }.joined(separator: ",")
        return #"{\#(keys), "replacements": [\#(entries)]}"#
    }

    static func allocateBody(_ entries: [String]) -> String {
        #"{\#(keys), "allocations": [\#(entries.joined(separator: ","))]}"#
    }

    static func allocation(pool: String = "my-pool", destination: String = "442079460001", session: String,
                           extra: String = "") -> String {
        #"{"filters": {"pool_id": "\#(pool)", "call_destination": "\#(destination)"}, "session_key": "\#(session)"\#(extra)}"#
    }
}

extension APIResponse {
    /// The body parsed as JSON.
    var json: Any? { try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) }

    /// `numbers[i].key` for each entry, `nil` for null entries.
    func numbers(_ key: String) -> [String?] {
        guard let object = json as? [String: Any], let list = object["numbers"] as? [Any] else { return [] }
        return list.map { ($0 as? [String: Any])?[key] as? String }
    }

    /// The `error` message of an error body.
    var errorMessage: String? { (json as? [String: Any])?["error"] as? String }
}

extension DNIService {
    func fetch(_ filters: String...) -> APIResponse {
        handle(.post(DNIService.fetchPath, json: Fixture.fetchBody(filters)))
    }

    func allocate(_ entries: String...) -> APIResponse {
        handle(.post(DNIService.allocatePath, json: Fixture.allocateBody(entries)))
    }

    /// The voxnumber a session gets from a pool, or `nil`.
    func number(for session: String, pool: String = "my-pool", destination: String = "442079460001") -> String? {
        allocate(Fixture.allocation(pool: pool, destination: destination, session: session)).numbers("voxnumber").first ?? nil
    }
}
