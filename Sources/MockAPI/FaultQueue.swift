import Foundation

/// The faults a scenario has scheduled, consumed in the order they were added.
///
/// A one-shot fault (`times: n`) answers the next `n` matching requests and is then gone; a
/// persistent one answers every matching request until ``clear()``.
public final class FaultQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var rules: [Rule] = []

    private struct Rule {
        var fault: Fault
        var remaining: Int?
    }

    public init() {}

    /// Schedules `fault` after those already queued.
    public func add(_ fault: Fault) {
        lock.lock()
        defer { lock.unlock() }
        rules.append(Rule(fault: fault, remaining: fault.times))
    }

    /// Removes every scheduled fault.
    public func clear() {
        lock.lock()
        defer { lock.unlock() }
        rules.removeAll()
    }

    /// The faults still scheduled; a one-shot fault shows its remaining count in `times`.
    public var pending: [Fault] {
        lock.lock()
        defer { lock.unlock() }
        return rules.map { rule in
            var fault = rule.fault
            fault.times = rule.remaining
            return fault
        }
    }

    /// The first fault that applies to `route`, spending one use of it.
    func take(for route: String) -> Fault? {
        lock.lock()
        defer { lock.unlock() }
        guard let index = rules.firstIndex(where: { $0.fault.applies(to: route) }) else { return nil }
        let fault = rules[index].fault
        if let remaining = rules[index].remaining {
            if remaining <= 1 { rules.remove(at: index) } else { rules[index].remaining = remaining - 1 }
        }
        return fault
    }
}
