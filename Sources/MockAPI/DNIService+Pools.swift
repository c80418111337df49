import Foundation

extension DNIService {
    /// Every hold ever made on every pool, ordered by start time, expired holds closed as of now.
    public func allocationLog() -> [AllocationRecord] {
        let time = now()
        lock.lock()
        defer { lock.unlock() }
        var records: [AllocationRecord] = []
        for pool in account.pools {
            ledgers[pool.id]!.expire(now: time)
            records += ledgers[pool.id]!.records
        }
        return records.enumerated()
            .sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }
            .map(\.element)
    }

    /// The hold that covered `number` at time `t`: whom a call to it at `t` is attributed to.
    public func holder(of number: String, at t: Double) -> AllocationRecord? {
        allocationLog().last { $0.number == number && $0.covers(t) }
    }

    /// The live holds of pool `id`, as of now.
    public func activeAllocations(inPool id: String) -> [AllocationRecord] {
        let time = now()
        lock.lock()
        defer { lock.unlock() }
        ledgers[id]?.expire(now: time)
        return ledgers[id]?.activeRecords ?? []
    }

    /// The numbers pool `id` has now, or `nil` for an unknown pool.
    public func poolNumbers(_ id: String) -> [String]? {
        lock.lock()
        defer { lock.unlock() }
        return ledgers[id]?.pool.numbers
    }

    /// Changes the size of pool `id` to `count` numbers.
    ///
    /// Shrinking releases numbers that no session holds first, then the numbers whose session
    /// was active longest ago, ending those holds now. Growing restores removed numbers, then
    /// adds new ones counting up from the pool's highest number. Unknown pools are ignored.
    public func resizePool(_ id: String, to count: Int) {
        let time = now()
        lock.lock()
        defer { lock.unlock() }
        guard ledgers[id] != nil else { return }
        var used = Set(account.items.map(\.trackingNumber))
        for (other, ledger) in ledgers where other != id { used.formUnion(ledger.pool.numbers) }
        ledgers[id]!.expire(now: time)
        ledgers[id]!.resize(to: count, now: time, taken: { used.contains($0) })
    }
}
