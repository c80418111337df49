import Foundation

extension DNIService {
    /// The `200` body of `/dni/allocate`: one entry per allocation, `null` where none was possible.
    struct AllocateAnswer: Encodable {
        struct Entry: Encodable {
            var voxnumber: String
            var destinationNumber: String
            enum CodingKeys: String, CodingKey {
                case voxnumber
                case destinationNumber = "destination_number"
            }
        }
        var numbers: [Entry?]
    }

    /// One validated entry of an allocate body.
    struct AllocationRequest {
        var filters: [String: String]
        var destination: String
        var sessionKey: String
        var siteData: [String: JSONValue]
        var pageURL: String?
    }

    func allocate(_ body: [String: JSONValue]) throws -> Data {
        let entries = try BodyReader.array(body, "allocations", at: "")
        let requests = try entries.enumerated().map { index, value in
            try allocationRequest(value, at: "allocations[\(index)]")
        }
        let time = now()
        lock.lock()
        defer { lock.unlock() }
        let numbers = requests.map { request -> AllocateAnswer.Entry? in
            guard let poolID = pool(for: request.filters, destination: request.destination)?.id else { return nil }
            ledgers[poolID]!.expire(now: time)
            let holder = PoolLedger.Holder(sessionKey: request.sessionKey, destination: request.destination)
            return ledgers[poolID]!.allocate(holder, siteData: request.siteData, pageURL: request.pageURL, now: time)
                .map { AllocateAnswer.Entry(voxnumber: $0, destinationNumber: request.destination) }
        }
        return try JSONEncoder.api.encode(AllocateAnswer(numbers: numbers))
    }

    private func allocationRequest(_ value: JSONValue, at path: String) throws -> AllocationRequest {
        let entry = try BodyReader.element(value, at: path)
        let filters = try BodyReader.filters(entry, at: path)
        guard let destination = filters["call_destination"] else {
            throw BadRequest(message: "missing field '\(path).filters.call_destination'")
        }
        let sessionKey = try BodyReader.string(entry, "session_key", at: path)
        guard !sessionKey.isEmpty else { throw BadRequest(message: "field '\(path).session_key' must not be empty") }
        return AllocationRequest(
            filters: filters, destination: destination, sessionKey: sessionKey,
            siteData: try BodyReader.optionalObject(entry, "site_data", at: path) ?? [:],
            pageURL: try BodyReader.optionalString(entry, "page_url", at: path))
    }

    /// The pool a filter set selects, or `nil` when none does.
    ///
    /// `pool_id` names the pool directly. Otherwise every filter except `call_destination`
    /// is a category that the pool must have, and at least one is required; the first pool in
    /// file order that matches wins. A pool that lists `destinations` serves only those.
    func pool(for filters: [String: String], destination: String) -> Account.Pool? {
        let pool: Account.Pool?
        if let id = filters["pool_id"] {
            pool = ledgers[id]?.pool
        } else {
            let categories = filters.filter { $0.key != "call_destination" }
            guard !categories.isEmpty else { return nil }
            pool = account.pools.first { candidate in
                categories.allSatisfy { candidate.categories[$0.key] == $0.value }
            }.flatMap { ledgers[$0.id]?.pool }
        }
        guard let pool, pool.destinations.isEmpty || pool.destinations.contains(destination) else { return nil }
        return pool
    }
}
