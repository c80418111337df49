import Foundation

/// A bounded map of recently made values, shared by every page of the process: when it is full, the oldest
/// entry goes.
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
    private var entries: [Key: Value] = [:]
    private var order: [Key] = []
    private let lock = NSLock()

    init(capacity: Int) { self.capacity = capacity }

    /// The value kept for `key`, or the one `make` returns, kept for next time. `make` runs outside the lock,
    /// so two threads may both make a value; the first kept wins.
    func value(for key: Key, make: () throws -> Value) rethrows -> Value {
        if let hit = lock.withLock({ entries[key] }) { return hit }
        let made = try make()
        return lock.withLock {
            if let kept = entries[key] { return kept }
            entries[key] = made
            order.append(key)
            if order.count > capacity { entries[order.removeFirst()] = nil }
            return made
        }
    }
}
