import Foundation

/// What a parent asks a worker process to run: one scenario file.
struct WorkerJob: Codable {
    var file: String
}

/// What a worker process answers: everything of a `ScenarioResult` but the scenario, which the parent has.
///
/// One JSON object per line on the worker's reply channel (JSON text never holds a raw newline).
struct WorkerReply: Codable {
    var failures: [Failure]
    var skipped: String?
    var seconds: Double
    var finalSnapshot: PageSnapshot?
    var snapshots: [PageSnapshot]
    var originalHTML: String?
    var apiCalls: [ScenarioNetwork.APICall]
    var console: [ConsoleLine]
    var ordering: UInt64?
    var missingFeatures: [MissingFeatures]
    var replacements: [VisitTrace.Replacement]?

    init(_ result: ScenarioResult) {
        failures = result.failures
        skipped = result.skipped
        seconds = result.seconds
        finalSnapshot = result.finalSnapshot
        snapshots = result.snapshots
        originalHTML = result.originalHTML
        apiCalls = result.apiCalls
        console = result.console
        ordering = result.ordering
        missingFeatures = result.missingFeatures
        replacements = result.replacements
    }

    /// The full result again, for `scenario`.
    func result(for scenario: Scenario) -> ScenarioResult {
        var result = ScenarioResult(scenario: scenario, browser: "harness", failures: failures, skipped: skipped,
                                    seconds: seconds, finalSnapshot: finalSnapshot, originalHTML: originalHTML,
                                    apiCalls: apiCalls, console: console)
        result.snapshots = snapshots
        result.ordering = ordering
        result.missingFeatures = missingFeatures
        result.replacements = replacements
        return result
    }
}
