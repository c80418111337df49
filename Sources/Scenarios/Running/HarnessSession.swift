import Browser
import Foundation
import MockAPI

/// One scenario's harness, wired one way for `dni test`, `dni run` and `dni detect`: the build and pages
/// (`ScenarioSetup`), the mock DNI API on the browser's virtual clock, the scenario's network with its
/// faults, and the harness browser for its visitor.
///
/// ```swift
/// let session = try HarnessSession(scenario, builds: builds)
/// try session.browser.prepare(visitor: scenario.visitor)
/// try session.browser.visit(url: scenario.visitor.url, referrer: scenario.visitor.referrer)
/// print(session.network.calls.count)
/// ```
public final class HarnessSession {
    public let setup: ScenarioSetup
    public let network: ScenarioNetwork
    public let browser: HarnessBrowser

    /// Answers take `latency` ms (drawn from a range with `networkSeed`); nil keeps the harness default.
    public init(_ scenario: Scenario, builds: BuildCache, latency: ClosedRange<Double>? = nil,
                networkSeed: UInt64? = nil) throws {
        setup = try ScenarioSetup(scenario, builds: builds)
        let clock = scenario.visitor.clock ?? VirtualClock.defaultStart
        // The API reads the browser's clock, so pool expiry and heartbeats follow `advance` steps.
        let box = HarnessBrowserBox()
        let service = DNIService(account: setup.account, now: { [box] in
            (box.browser?.browser.clock.now ?? clock) / 1000
        })
        network = ScenarioNetwork(service: service, pages: setup.pages, heads: setup.heads, script: setup.script,
                                  hostedURL: setup.hostedURL)
        network.add(scenario.faults)
        browser = HarnessBrowser(network: network, visitor: scenario.visitor, latency: latency, networkSeed: networkSeed)
        box.browser = browser
    }
}

/// Lets the mock API read the harness clock without owning the browser.
final class HarnessBrowserBox: @unchecked Sendable {
    weak var browser: HarnessBrowser?
}
