import Foundation
import Scenarios

/// Chromium's virtual time, as one scenario uses it: off until the first long `advance`, then every wait is
/// a budget of virtual time (DevTools `Emulation.setVirtualTimePolicy`).
///
/// Chromium runs the page's timers through a budget as fast as it can, and pauses while a request is out
/// (`pauseIfNetworkFetchesPending`), so answers arrive on time as on the harness's clock. Once a budget is
/// spent the page's time stands still; it keeps answering scripts, but a new page load never finishes
/// (chromedriver then blocks every command). A new visitor or a reopened browser gets a fresh tab, where
/// pages load again; scenarios that load a page in the same tab after a long wait still skip.
/// The mock API reads `offsetSeconds`, so pool expiry and heartbeats see the same time as the page.
final class VirtualTimeline: @unchecked Sendable {
    /// Whether a request out stops virtual time (`pauseIfNetworkFetchesPending`) or not (`advance`).
    let pausesForRequests: Bool
    private let lock = NSLock()
    private var elapsedMs = 0.0
    private(set) var isOn = false
    /// Whether the current tab has been given virtual time: a page load there would never finish. A fresh
    /// tab (a new visitor, a reopened browser) runs on real time until its first budget.
    private(set) var tabIsVirtual = false

    /// A timeline; `pausesForRequests: false` for scenarios whose answers are held or slowed on purpose,
    /// so the client's timeout fires on virtual time while the request is out, as on the harness's clock.
    init(pausesForRequests: Bool = true) {
        self.pausesForRequests = pausesForRequests
    }

    /// Virtual seconds passed beyond real time.
    var offsetSeconds: Double { lock.withLock { elapsedMs / 1000 } }

    /// Lets `milliseconds` of virtual time pass in `chromium`'s page and waits until they have.
    func pass(_ milliseconds: Double, in chromium: ChromiumBrowser) throws {
        let before = try pageNow(chromium)
        try chromium.client.devTools("Emulation.setVirtualTimePolicy", [
            "policy": .string(pausesForRequests ? "pauseIfNetworkFetchesPending" : "advance"),
            "budget": .number(milliseconds),
        ])
        lock.withLock {
            isOn = true
            tabIsVirtual = true
            elapsedMs += milliseconds
        }
        // Requests out pause virtual time for their real duration; allow for slow ones.
        let deadline = Date().addingTimeInterval(20)
        while try pageNow(chromium) < before + milliseconds - 1 {
            guard Date() < deadline else {
                throw RunError("Chromium's virtual time did not pass \(Int(milliseconds)) ms within 20 s")
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    /// The scenario moved to a fresh tab: pages load there again. The scenario's clock keeps its offset.
    func freshTab() {
        lock.withLock { tabIsVirtual = false }
    }

    private func pageNow(_ chromium: ChromiumBrowser) throws -> Double {
        guard let now = try chromium.client.executeScript("return Date.now();").numberValue else {
            throw RunError("the page did not tell its time")
        }
        return now
    }
}
