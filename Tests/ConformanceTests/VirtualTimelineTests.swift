import Foundation
import Testing
@testable import Conformance

@Suite("Chromium's virtual time", .serialized)
struct VirtualTimelineTests {
    @Test("a budget runs the page's timers through a minute, then the page's time stands still")
    func budgetRunsTimers() throws {
        try withChromium { server, browser in
            try browser.visit(url: server.url("/plain"))
            try browser.evaluate("window.t0 = Date.now(); window.ticks = 0; window.fired = false;"
                                 + "setInterval(() => ticks++, 1000); setTimeout(() => { fired = true; }, 60000);")
            let timeline = VirtualTimeline()
            #expect(!timeline.isOn)
            try timeline.pass(61_000, in: browser)
            #expect(timeline.isOn)
            #expect(timeline.offsetSeconds == 61)
            #expect(try browser.evaluate("fired") == true)
            #expect(try browser.evaluate("ticks") == .number(61))
            // Spent: real time passing moves nothing in the page.
            browser.wait(milliseconds: 300)
            #expect(try browser.evaluate("ticks") == .number(61))
            try timeline.pass(2_000, in: browser)
            #expect(try browser.evaluate("ticks") == .number(63))
        }
    }
}
