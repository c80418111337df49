import Engine
import Foundation
import Scenarios

/// The harness's CPU and memory limits, as real Chromium can apply them.
///
/// Chromium gives the harness no CPU-time figure and no way to stop one script, so the CPU limit becomes a
/// wall-clock bound: a page load or a WebDriver command that does not finish within the CPU limit plus a
/// margin means the page kept the renderer busy. The memory limit becomes V8's heap limit
/// (`--max-old-space-size`): a page that allocates past it crashes its renderer. Either way the scenario
/// fails with a message that says which limit, and the runner starts a fresh browser for the next one.
public struct ChromiumLimits: Sendable {
    public var limits: ExecutionBudget.Limits
    /// Seconds a WebDriver command may take beyond the CPU limit (settle waits and slow answers included).
    public static let commandMargin = 15.0

    public init(_ limits: ExecutionBudget.Limits) { self.limits = limits }

    /// Chromium switches: V8's old-space limit in MB.
    var arguments: [String] { ["--js-flags=--max-old-space-size=\(limits.memoryBytes >> 20)"] }

    /// Page loads give up at the CPU limit.
    func apply(to options: inout ChromiumOptions) {
        options.loadTimeout = max(limits.cpuSeconds, 5)
        options.scriptTimeoutMilliseconds = Int(max(limits.cpuSeconds, 5) * 1000)
    }

    /// Commands give up at the CPU limit plus the margin.
    func apply(to browser: ChromiumBrowser) {
        browser.client.commandTimeout = limits.cpuSeconds + Self.commandMargin
    }

    /// Rewrites failures that mean a limit was reached into the harness's words; true when the browser
    /// must be restarted.
    func explain(_ failures: inout [Failure]) -> Bool {
        var restart = false
        for index in failures.indices {
            let actual = failures[index].actual
            if Self.crashed.contains(where: actual.contains) {
                failures[index].actual = "stopped: Chromium's renderer crashed (past the memory limit, which lets the "
                    + "page's JavaScript heap use \(limits.memoryBytes >> 20) MB, or a fault of Chromium's own such as a "
                    + "DOM nested too deep to lay out); chromedriver said: \(actual)"
                restart = true
            } else if Self.busy.contains(where: actual.contains) {
                failures[index].actual = String(
                    format: "stopped: the page kept Chromium busy past the CPU-time limit of %@ (Chromium reports no "
                        + "CPU time, so its wall-clock time is bounded instead); chromedriver said: %@",
                    ExecutionBudget.Exceeded.seconds(limits.cpuSeconds), actual)
                restart = true
            }
        }
        return restart
    }

    /// What chromedriver and the client say when the renderer crashed.
    static let crashed = ["tab crashed", "target crashed", "session deleted because of page crash", "Aw, Snap"]
    /// What they say when the renderer stayed busy.
    static let busy = ["Timed out receiving message from renderer", "no answer in time", "did not finish loading in"]
}
