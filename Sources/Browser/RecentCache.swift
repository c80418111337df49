import Foundation

/// A bounded map of recently used values, shared by every page of the process: when it is full, the entry
/// used longest ago goes.
///
/// Test suites load the same pages and the same client build again and again, so work that is a pure
/// function of its input (a parse, a prepared script) is made once and reused.
///
/// ```swift
/// let lengths = RecentCache<String, Int>(capacity: 2)
/// lengths.value(for: "abc") { 3 }   // made
/// lengths.value(for: "abc") { 0 }   // 3 again, not made
/// ```
final class RecentCache<Key: Hashable, Value>: @unchecked Sendable {
    private let capacity: Int
    /// Each value with the tick of its last use.
    private var entries: [Key: (value: Value, used: Int)] = [:]
    private var tick = 0
    private let lock = NSLock()

    init(capacity: Int) { self.capacity = capacity }

    /// The value kept for `key`, or the one `make` returns, kept for next time. `make` runs outside the lock,
    /// so two threads may both make a value; the first kept wins.
    func value(for key: Key, make: () throws -> Value) rethrows -> Value {
        if let hit = lock.withLock({ use(key) }) { return hit }
        let made = try make()
        return lock.withLock {
            if let kept = use(key) { return kept }
            if entries.count >= capacity, let oldest = entries.min(by: { $0.value.used < $1.value.used })?.key {
                entries[oldest] = nil
            }
            tick += 1
            entries[key] = (made, tick)
            return made
        }
    }

    /// The kept value for `key`, marked as just used; call with the lock held.
    private func use(_ key: Key) -> Value? {
        guard let entry = entries[key] else { return nil }
        tick += 1
        entries[key] = (entry.value, tick)
        return entry.value
    }
}
