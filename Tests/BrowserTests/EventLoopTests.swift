@testable import Browser
import Foundation
import Testing

@Suite struct EventLoopTests {
    @Test func tasksRunInDueOrderThenSchedulingOrder() throws {
        let loop = EventLoop(clock: VirtualClock(start: 0))
        var order: [String] = []
        loop.schedule(after: 20, label: "b") { order.append("b") }
        loop.schedule(after: 10, label: "a") { order.append("a") }
        loop.schedule(after: 20, label: "c") { order.append("c") }
        try loop.advance(by: 15)
        #expect(order == ["a"])
        #expect(loop.clock.now == 15)
        try loop.advance(by: 5)
        #expect(order == ["a", "b", "c"])
    }

    @Test func cancelledTasksNeverRun() throws {
        let loop = EventLoop(clock: VirtualClock(start: 0))
        var ran = false
        let id = loop.schedule(after: 1, label: "x") { ran = true }
        loop.cancel(id)
        try loop.runUntilIdle()
        #expect(!ran)
    }

    @Test func runawayIntervalsFailLoudly() {
        let loop = EventLoop(clock: VirtualClock(start: 0))
        func again() { loop.schedule(after: 1, label: "interval") { again() } }
        again()
        #expect(throws: EventLoop.RunawayError.self) { try loop.runUntilIdle(limit: 100) }
    }

    @Test func settleLeavesDistantTasksPending() throws {
        let loop = EventLoop(clock: VirtualClock(start: 0))
        var ran: [Double] = []
        loop.schedule(after: 100, label: "soon") { ran.append(loop.clock.now) }
        loop.schedule(after: 60_000, label: "heartbeat") { ran.append(loop.clock.now) }
        try loop.settle(horizon: 10_000)
        #expect(ran == [100])
        #expect(loop.clock.now == 100)
        #expect(loop.pendingCount == 1)
    }
}

@Suite struct SubresourceIntegrityTests {
    @Test func matchingDigestsLoadAndOthersAreBlocked() {
        let body = "alert(1)"
        let good = "sha384-" + SubresourceIntegrity.digest("sha384", Data(body.utf8))
        #expect(SubresourceIntegrity.mismatch(good, body: body) == nil)
        #expect(SubresourceIntegrity.mismatch("sha384-AAAA", body: body) == good)
        #expect(SubresourceIntegrity.mismatch("md5-xyz", body: body) == nil, "unknown algorithms are ignored")
        // The strongest algorithm listed decides.
        let weak = "sha256-" + SubresourceIntegrity.digest("sha256", Data(body.utf8))
        #expect(SubresourceIntegrity.mismatch(weak + " sha512-BBBB", body: body) != nil)
    }
}
