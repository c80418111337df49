import Browser
import Engine
import Foundation
import MockAPI
import Scenarios

/// Runs scenarios in real headless Chromium: one browser and one HTTPS server, reused scenario after scenario.
///
/// Every host resolves to the local server, which answers as the harness's virtual network does, with the
/// same build, pages and mock API; only time is real.
public final class ChromiumScenarioRunner {
    public let builds: BuildCache
    /// The harness's limits, applied as Chromium allows (see `ChromiumLimits`).
    public let limits: ChromiumLimits
    let server: ScenarioServer
    private(set) var chromium: ChromiumBrowser
    private let options: ChromiumOptions
    /// Longest `advance` step run as a real wait; from a longer one on, the scenario runs on Chromium's
    /// virtual time (`VirtualTimeline`).
    public static let longestRealWait: Double = 3_000

    public init(builds: BuildCache, limits: ExecutionBudget.Limits = .init()) throws {
        self.builds = builds
        self.limits = ChromiumLimits(limits)
        server = try ScenarioServer()
        var options = ChromiumOptions()
        options.hostMap = ["*": "127.0.0.1:\(server.port)"]
        options.extraArguments = ["--ignore-certificate-errors"] + self.limits.arguments
        options.settle = .none
        self.limits.apply(to: &options)
        self.options = options
        chromium = try ChromiumBrowser(options: options)
        self.limits.apply(to: chromium)
    }

    deinit { close() }

    public func close() {
        chromium.close()
        server.stop()
    }

    /// Why a scenario cannot run in Chromium, or nil when it can.
    public static func reasonToSkip(_ scenario: Scenario) -> String? {
        if let reason = scenario.chromiumSkip { return reason }
        if scenario.visitor.clock != nil { return "sets the clock; Chromium runs on the wall clock" }
        // Once a long advance has turned virtual time on, every wait in the current tab spends virtual time,
        // and a page load in that tab would never finish. A new visitor or a reopened browser gets a fresh tab.
        var timelineOn = false, tabIsVirtual = false
        for step in scenario.steps {
            switch step {
            case .advance(let ms):
                if ms > longestRealWait { timelineOn = true }
                if timelineOn { tabIsVirtual = true }
            case .closeBrowser, .newVisitor: tabIsVirtual = false
            case .visit, .follow:
                if tabIsVirtual {
                    return "loads a page in the same tab after a long advance: Chromium's virtual time stops page "
                        + "loads once a budget is spent (chromedriver then blocks every command)"
                }
                // A visit settles on real time; a followed link settles on the timeline.
                if case .follow = step, timelineOn { tabIsVirtual = true }
            case .insert, .pushState, .visibility: if timelineOn { tabIsVirtual = true }
            default: break
            }
        }
        return nil
    }

    /// Whether the scenario holds or slows answers on purpose: its virtual time then runs on while a request
    /// is out, so the client's own timeout can fire.
    static func holdsAnswers(_ scenario: Scenario) -> Bool {
        scenario.allFaults.contains { $0.hang || $0.delayMs > 0 }
    }

    /// Real milliseconds to wait after a step: enough for local answers, slow answers and client timeouts.
    /// An answer slowed past the harness's settle horizon (10 s) is not waited for, as the harness does not
    /// wait for it either: it arrives when an `advance` brings the scenario's clock to it.
    static func settleTime(_ scenario: Scenario) -> Int {
        var wait = 300.0
        for fault in scenario.allFaults {
            if fault.hang { wait = max(wait, 3_400) }
            if fault.delayMs <= settleHorizon { wait = max(wait, fault.delayMs + 300) }
        }
        return Int(wait)
    }

    /// How far ahead the harness runs timers and answers when a step settles (`Browser.settle`).
    static let settleHorizon = 10_000.0

    /// Runs one scenario; never throws: problems become failures.
    public func run(_ scenario: Scenario) -> ScenarioResult {
        let start = Date()
        var result = ScenarioResult(scenario: scenario, browser: "chromium", failures: [], skipped: nil, seconds: 0,
                                    finalSnapshot: nil, originalHTML: nil, apiCalls: [], console: [])
        if let reason = Self.reasonToSkip(scenario) {
            result.skipped = reason
            return result
        }
        do {
            try chromium.clearAll()
            let setup = try ScenarioSetup(scenario, builds: builds)
            let timeline = VirtualTimeline(pausesForRequests: !Self.holdsAnswers(scenario))
            let service = DNIService(account: setup.account, now: { Date().timeIntervalSince1970 + timeline.offsetSeconds })
            let network = ScenarioNetwork(service: service, pages: setup.pages, heads: setup.heads,
                                          script: setup.script, hostedURL: setup.hostedURL)
            network.add(scenario.faults)
            let guarded = LockedNetwork(network)
            server.serve(guarded.handle, now: { Date().timeIntervalSince1970 + timeline.offsetSeconds })
            let browser = ChromiumScenarioBrowser(chromium: chromium, settleMilliseconds: Self.settleTime(scenario),
                                                  timeline: timeline)
            let driver = StepDriver(scenario: scenario, browser: browser, calls: { guarded.calls },
                                    addFaults: { guarded.add($0) })
            driver.explainsSource = setup.explainsSource
            driver.requestsInAnyOrder = true
            result.failures = driver.run()
            result.finalSnapshot = driver.lastSnapshot
            result.snapshots = driver.snapshots
            result.apiCalls = guarded.calls
            result.console = browser.consoleLines()
            for request in server.takeUnhandled() {
                result.failures.append(Failure(step: 0, stepLabel: "network", check: "unhandled request",
                                               expected: "every request answered", actual: request))
            }
            server.serve { _ in nil }
        } catch {
            result.failures.append(Failure(step: 0, stepLabel: "setup", check: "setup", expected: "a runnable scenario",
                                           actual: String(describing: error)))
        }
        if limits.explain(&result.failures) { restart(&result) }
        result.seconds = Date().timeIntervalSince(start)
        return result
    }

    /// A page that kept the renderer busy or crashed it leaves the browser unusable: start a fresh one, so
    /// the scenarios after it still run.
    private func restart(_ result: inout ScenarioResult) {
        chromium.close()
        do {
            chromium = try ChromiumBrowser(options: options)
            limits.apply(to: chromium)
        } catch {
            result.failures.append(Failure(step: 0, stepLabel: "restart", check: "Chromium", expected: "a fresh browser",
                                           actual: String(describing: error)))
        }
    }
}

/// The scenario's network behind a lock: the server answers on its own threads.
final class LockedNetwork: @unchecked Sendable {
    private let network: ScenarioNetwork
    private let lock = NSLock()

    init(_ network: ScenarioNetwork) { self.network = network }

    var calls: [ScenarioNetwork.APICall] { lock.withLock { network.calls } }

    func add(_ faults: [FaultSpec]) { lock.withLock { network.add(faults) } }

    @Sendable func handle(_ request: HTTPRequest) -> HTTPResponse? {
        if URLComponents(string: request.url)?.path == "/__dni_blank" {
            return .html("<!DOCTYPE html><html><head></head><body></body></html>")
        }
        return lock.withLock { network.handle(request) }
    }
}
