import Foundation

/// What a parent asks a worker process to run: one scenario file.
struct WorkerJob: Codable {
    var file: String
}

/// What a worker process answers: everything of a `ScenarioResult` but the scenario, which the parent has, and
/// the pages' HTML where the parent would not show it.
///
/// One JSON object per line on the worker's reply channel (JSON text never holds a raw newline). The HTML is
/// most of a reply's size, and encoding and decoding it took more CPU than some scenarios' runs: it is sent
/// for a failure (its page excerpt) and for an HTML report (`pages`), never for the snapshots of the `expect`
/// steps, which the comparison with Chromium reads without their HTML.
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

    init(_ result: ScenarioResult, pages: Bool) {
        failures = result.failures
        skipped = result.skipped
        seconds = result.seconds
        let withoutHTML = { (snapshot: PageSnapshot) in
            var slim = snapshot
            slim.html = ""
            return slim
        }
        finalSnapshot = pages || !result.failures.isEmpty ? result.finalSnapshot : result.finalSnapshot.map(withoutHTML)
        snapshots = result.snapshots.map(withoutHTML)
        originalHTML = pages ? result.originalHTML : nil
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
