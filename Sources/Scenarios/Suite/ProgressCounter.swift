import Foundation

/// What a long run has done so far, in the words its progress lines use.
///
///     var c = ProgressCounter(label: "chromium", started: t0)
///     c.record(result, done: 40, total: 200)
///     c.terminalLine(now: t0 + 20)   // "chromium [40/200] 1 failed, about 1 min 20 s left ✗ a scenario"
///     c.logLine                      // "chromium: 40 of 200 scenarios run, 1 failed so far"
public struct ProgressCounter: Sendable {
    public let label: String
    public let started: Date
    public private(set) var done = 0
    public private(set) var total = 0
    public private(set) var failed = 0
    private var last = ""
    private var mark = ""

    public init(label: String, started: Date = Date()) {
        self.label = label
        self.started = started
    }

    /// Counts one finished scenario.
    public mutating func record(_ result: ScenarioResult, done: Int, total: Int) {
        self.done = done
        self.total = total
        if !result.failures.isEmpty { failed += 1 }
        mark = result.passed ? "✓" : result.skipped != nil ? "-" : "✗"
        last = String(result.scenario.name.prefix(50))
    }

    /// The time left if the rest go as fast as those done; nil before the first.
    public func remaining(now: Date) -> TimeInterval? {
        guard done > 0, total >= done else { return nil }
        return now.timeIntervalSince(started) / Double(done) * Double(total - done)
    }

    /// The line rewritten in place on a terminal.
    public func terminalLine(now: Date) -> String {
        let left = remaining(now: now).map { ", about \(Self.duration($0)) left" } ?? ""
        return "\(label) [\(done)/\(total)] \(failed) failed\(left) \(mark) \(last)"
    }

    /// The line written at each tenth in a log.
    public var logLine: String { "\(label): \(done) of \(total) scenarios run, \(failed) failed so far" }

    /// "45 s", "3 min 5 s".
    static func duration(_ seconds: TimeInterval) -> String {
        let s = Int(seconds.rounded())
        return s < 60 ? "\(s) s" : "\(s / 60) min \(s % 60) s"
    }
}
