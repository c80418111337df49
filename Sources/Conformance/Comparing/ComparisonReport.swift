import Scenarios

/// The outcome of running one scenario in both browsers.
public struct ComparisonOutcome: Sendable {
    public var harness: ScenarioResult
    public var chromium: ScenarioResult
    public var differences: [Difference]

    public enum Verdict: String, Sendable { case passed, failed, skipped }

    public var verdict: Verdict {
        if !harness.failures.isEmpty || !chromium.failures.isEmpty { return .failed }
        if differences.contains(where: { $0.allowedBy == nil }) { return .failed }
        return chromium.skipped == nil ? .passed : .skipped
    }

    /// Compares two results of the same scenario under the known differences.
    public static func compare(harness: ScenarioResult, chromium: ScenarioResult,
                               known: KnownDifferences) -> ComparisonOutcome {
        let found = chromium.skipped == nil ? ResultComparison.differences(harness: harness, chromium: chromium) : []
        return ComparisonOutcome(harness: harness, chromium: chromium,
                                 differences: known.apply(found, scenarioFile: harness.scenario.file))
    }

    /// The readable account of a failed or partly allowed comparison.
    public var text: String {
        var lines = ["\(verdict.rawValue.uppercased()) \(harness.scenario.name)", "  file: \(harness.scenario.file)"]
        if !harness.failures.isEmpty { lines.append("  harness failed its expectations:") ; lines += harness.failures.map { "    " + $0.description } }
        if !chromium.failures.isEmpty { lines.append("  chromium failed its expectations:") ; lines += chromium.failures.map { "    " + $0.description } }
        let unexplained = differences.filter { $0.allowedBy == nil }
        if !unexplained.isEmpty {
            lines.append("  differences not in docs/known-differences.yaml:")
            lines += unexplained.map { "    " + $0.description.replacingOccurrences(of: "\n", with: "\n    ") }
        }
        return lines.joined(separator: "\n")
    }
}
