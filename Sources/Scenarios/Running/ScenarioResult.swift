import Foundation

/// How one scenario went in one browser.
public struct ScenarioResult: Sendable {
    public var scenario: Scenario
    /// `harness` or `chromium`.
    public var browser: String
    public var failures: [Failure]
    /// Why it did not run, when it was skipped.
    public var skipped: String?
    /// Wall-clock seconds.
    public var seconds: Double
    /// The last snapshot taken (for reports), if any.
    public var finalSnapshot: PageSnapshot?
    /// The snapshot of every `expect` step, in order.
    public var snapshots: [PageSnapshot] = []
    /// The page as it was served, before any script ran (for reports).
    public var originalHTML: String?
    public var apiCalls: [ScenarioNetwork.APICall]
    public var console: [ConsoleLine]
    /// The ordering seed of the network latencies (`dni test --orders` / `--seed`), when one was used.
    public var ordering: UInt64?
    /// Per page, the platform features it reached for that the harness lacks (harness runs only).
    public var missingFeatures: [MissingFeatures] = []
    /// What the client changed on the visitor's page, node by node (`ReplacementDiff`), when the runner was
    /// asked for it (`ScenarioRunner.recordsReplacements`, for reports).
    public var replacements: [VisitTrace.Replacement]?

    public var passed: Bool { failures.isEmpty && skipped == nil }

    public init(scenario: Scenario, browser: String, failures: [Failure], skipped: String?, seconds: Double,
                finalSnapshot: PageSnapshot?, originalHTML: String?, apiCalls: [ScenarioNetwork.APICall],
                console: [ConsoleLine]) {
        self.scenario = scenario
        self.browser = browser
        self.failures = failures
        self.skipped = skipped
        self.seconds = seconds
        self.finalSnapshot = finalSnapshot
        self.originalHTML = originalHTML
        self.apiCalls = apiCalls
        self.console = console
    }
}

/// One unmet expectation or a step that could not run.
public struct Failure: Sendable, Codable, CustomStringConvertible {
    /// Index of the step, in the scenario's steps.
    public var step: Int
    public var stepLabel: String
    /// What was checked, e.g. `elements.#sales.text`.
    public var check: String
    public var expected: String
    public var actual: String
    /// For a check of a list (numbers, tel links): the expected and actual items, so a report can show
    /// which are missing and which are unexpected.
    public var expectedItems: [String]?
    public var actualItems: [String]?

    public init(step: Int, stepLabel: String, check: String, expected: String, actual: String,
                expectedItems: [String]? = nil, actualItems: [String]? = nil) {
        self.step = step
        self.stepLabel = stepLabel
        self.check = check
        self.expected = expected
        self.actual = actual
        self.expectedItems = expectedItems
        self.actualItems = actualItems
    }

    public var description: String {
        "step \(step + 1) (\(stepLabel)): \(check)\n    expected: \(expected)\n    actual:   \(actual)"
    }
}
