import Foundation

/// The DNI API contract, `POST /dni/fetch` and `POST /dni/allocate`, with no I/O.
///
/// The same instance serves the in-process harness (on a virtual clock) and `dni serve` (on the
/// wall clock). It is thread-safe: pool state sits behind one lock.
///
///     let service = DNIService(account: account, now: { clock.seconds })
///     let answer = service.handle(.post("/dni/fetch", json: body))
public final class DNIService: @unchecked Sendable {
    /// The largest request body accepted; larger ones get `413`.
    public static let maxBodyBytes = 1_048_576
    /// The routes the API answers.
    public static let fetchPath = "/dni/fetch"
    public static let allocatePath = "/dni/allocate"

    /// The account as loaded; pool sizes may since have changed through ``resizePool(_:to:)``.
    public let account: Account
    /// Scenario-controlled misbehaviour, consulted before every request.
    public let faults = FaultQueue()

    let now: @Sendable () -> Double
    let itemsByID: [String: Account.Item]
    let lock = NSLock()
    /// Pool state by pool ID, guarded by `lock`.
    var ledgers: [String: PoolLedger]

    public init(account: Account, now: @escaping @Sendable () -> Double) {
        self.account = account
        self.now = now
        self.itemsByID = Dictionary(account.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.ledgers = Dictionary(uniqueKeysWithValues: account.pools.map { ($0.id, PoolLedger(pool: $0)) })
    }

    /// Answers one request: faults first, then routing, size, JSON, keys and the endpoint itself.
    public func handle(_ request: APIRequest) -> APIResponse {
        let route = request.route
        var delay = 0.0
        if let fault = faults.take(for: route) {
            if let answer = fault.response() { return answer }
            delay = fault.delayMs
        }
        var answer = respond(to: request, route: route)
        answer.delayMs += delay
        return answer
    }

    private func respond(to request: APIRequest, route: String) -> APIResponse {
        guard route == Self.fetchPath || route == Self.allocatePath else {
            return .error(404, "no such endpoint: \(route)")
        }
        guard request.method.uppercased() == "POST" else {
            var answer = APIResponse.error(405, "method \(request.method) is not allowed on \(route); use POST")
            answer.headers["Allow"] = "POST"
            return answer
        }
        guard request.body.count <= Self.maxBodyBytes else {
            return .error(413, "request body is larger than \(Self.maxBodyBytes) bytes")
        }
        do {
            let body = try BodyReader.object(from: request.body)
            let accessKey = try BodyReader.string(body, "access_key", at: "")
            let actionKey = try BodyReader.string(body, "action_key", at: "")
            guard accessKey == account.keys.accessKey, actionKey == account.keys.actionKey else {
                return .error(401, "invalid access_key or action_key")
            }
            let payload = route == Self.fetchPath ? try fetch(body) : try allocate(body)
            return .json(200, payload)
        } catch let bad as BadRequest {
            return .error(400, bad.message)
        } catch {
            return .error(500, "internal error: \(error)")
        }
    }
}
