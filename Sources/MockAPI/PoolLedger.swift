/// The live state of one pool: which numbers are free, who holds the rest, and the history.
///
/// Not thread-safe on its own; ``DNIService`` guards it with its lock.
struct PoolLedger {
    var pool: Account.Pool
    /// Free numbers, longest-free first, so a released number rests before it is lent again
    /// and a late call to it is less likely to reach the wrong visitor.
    private(set) var free: [String]
    /// Index into `records` of the live hold, by holder.
    private var holds: [Holder: Int] = [:]
    /// Live holder by number.
    private var holderOfNumber: [String: Holder] = [:]
    /// Every hold ever made, in start order.
    private(set) var records: [AllocationRecord] = []
    /// Numbers removed by shrinking, most recently removed last, reused first when growing.
    private var retired: [String] = []

    /// One session's claim on a pool for one destination.
    struct Holder: Hashable {
        var sessionKey: String
        var destination: String
    }

    init(pool: Account.Pool) {
        self.pool = pool
        self.free = pool.numbers
    }

    /// Ends holds whose session has been idle for the pool's timeout, as of `now`.
    mutating func expire(now: Double) {
        let timeout = pool.sessionTimeout
        let stale = holds.filter { now - records[$0.value].lastActivity >= timeout }
        // Release in order of expiry so the free list stays ordered by release time.
        for (holder, index) in stale.sorted(by: { records[$0.value].lastActivity < records[$1.value].lastActivity }) {
            release(holder, index: index, at: records[index].lastActivity + timeout, reason: .expired, toFree: true)
        }
    }

    /// The number held by `holder`, refreshed, or a newly lent one; `nil` when the pool is exhausted.
    mutating func allocate(
        _ holder: Holder, siteData: [String: JSONValue], pageURL: String?, now: Double
    ) -> String? {
        if let index = holds[holder] {
            records[index].lastActivity = now
            records[index].requests += 1
            if let pageURL, records[index].pages.last != pageURL { records[index].pages.append(pageURL) }
            return records[index].number
        }
        guard !free.isEmpty else { return nil }
        let number = free.removeFirst()
        records.append(AllocationRecord(
            poolID: pool.id, number: number, sessionKey: holder.sessionKey, destination: holder.destination,
            siteData: siteData, pageURL: pageURL, pages: pageURL.map { [$0] } ?? [],
            start: now, lastActivity: now, requests: 1, end: nil, endReason: nil))
        holds[holder] = records.count - 1
        holderOfNumber[number] = holder
        return number
    }

    /// Grows or shrinks the pool to `count` numbers.
    ///
    /// Shrinking removes free numbers first (the most recently listed first), then held
    /// numbers by oldest activity, ending their holds. Growing brings back removed numbers,
    /// then invents new ones by counting up from the highest number in the pool.
    mutating func resize(to count: Int, now: Double, taken: (String) -> Bool) {
        let target = max(0, count)
        var current = pool.numbers
        while current.count > target {
            let victim: String
            if let freeNumber = current.last(where: { holderOfNumber[$0] == nil }) {
                victim = freeNumber
                free.removeAll { $0 == victim }
            } else {
                let oldest = holds.min { records[$0.value].lastActivity < records[$1.value].lastActivity }!
                victim = records[oldest.value].number
                release(oldest.key, index: oldest.value, at: now, reason: .resized, toFree: false)
            }
            current.removeAll { $0 == victim }
            retired.append(victim)
        }
        while current.count < target {
            let number = retired.popLast() ?? invent(after: current + retired, taken: taken)
            current.append(number)
            free.append(number)
        }
        pool.numbers = current
    }

    /// Active holds, oldest start first.
    var activeRecords: [AllocationRecord] {
        holds.values.sorted().map { records[$0] }
    }

    private mutating func release(_ holder: Holder, index: Int, at end: Double, reason: AllocationRecord.EndReason, toFree: Bool) {
        records[index].end = end
        records[index].endReason = reason
        holds[holder] = nil
        holderOfNumber[records[index].number] = nil
        if toFree { free.append(records[index].number) }
    }

    private func invent(after existing: [String], taken: (String) -> Bool) -> String {
        var candidate = existing.max { ($0.count, $0) < ($1.count, $1) } ?? "440000000000"
        repeat {
            candidate = Self.increment(candidate)
        } while existing.contains(candidate) || taken(candidate)
        return candidate
    }

    /// The decimal string one greater than `digits`.
    static func increment(_ digits: String) -> String {
        var bytes = Array(digits.utf8)
        var index = bytes.count - 1
        while index >= 0 {
            if bytes[index] == UInt8(ascii: "9") {
                bytes[index] = UInt8(ascii: "0")
                index -= 1
            } else {
                bytes[index] += 1
                return String(decoding: bytes, as: UTF8.self)
            }
        }
        return "1" + String(decoding: bytes, as: UTF8.self)
    }
}
