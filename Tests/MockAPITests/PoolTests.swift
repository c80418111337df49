import Foundation
import Testing
@testable import MockAPI

@Suite("Pools")
struct PoolTests {
    let clock = ManualClock()
    let service: DNIService

    init() throws { service = try Fixture.service(clock: clock) }

    @Test func answerCarriesVoxnumberAndDestination() {
        let answer = service.allocate(Fixture.allocation(session: "s1"))
        #expect(answer.status == 200)
        #expect(answer.text == #"{"numbers":[{"destination_number":"442079460001","voxnumber":"442079460601"}]}"#)
    }

    @Test func sessionKeepsItsNumber() {
        let first = service.number(for: "alice")
        let other = service.number(for: "bob")
        clock.advance(by: 600)
        #expect(first != nil)
        #expect(service.number(for: "alice") == first)
        #expect(other != first)
    }

    @Test func oneSessionGetsOneNumberPerDestination() {
        let answer = service.allocate(
            Fixture.allocation(pool: "sales-pool", destination: "442079460001", session: "s"),
            Fixture.allocation(pool: "sales-pool", destination: "442079460010", session: "s"))
        let numbers = answer.numbers("voxnumber")
        #expect(numbers.count == 2)
        #expect(numbers[0] != nil && numbers[1] != nil && numbers[0] != numbers[1])
        #expect(answer.numbers("destination_number") == ["442079460001", "442079460010"])
    }

    @Test func poolSelectedByCategories() {
        let byCategory = #"{"filters": {"team": "sales", "call_destination": "442079460001"}, "session_key": "s"}"#
        let noMatch = #"{"filters": {"team": "legal", "call_destination": "442079460001"}, "session_key": "s"}"#
        let noFilters = #"{"filters": {"call_destination": "442079460001"}, "session_key": "s"}"#
        #expect(service.allocate(byCategory, noMatch, noFilters).numbers("voxnumber") == ["442079460701", nil, nil])
    }

    @Test func poolDestinationsAreEnforced() {
        #expect(service.number(for: "s", pool: "sales-pool", destination: "442079460002") == nil)
        #expect(service.number(for: "s", pool: "no-such-pool") == nil)
    }

    @Test func exhaustedPoolGivesNull() {
        let numbers = (1...5).map { service.number(for: "visitor-\($0)") }
        #expect(Set(numbers.compactMap { $0 }).count == 5)
        #expect(service.number(for: "visitor-6") == nil)
        #expect(service.allocationLog().count == 5)
    }

    @Test func inactivityReturnsNumbersAndHeartbeatsRefresh() {
        for index in 1...5 { _ = service.number(for: "v\(index)") }
        clock.advance(by: 1000)
        _ = service.number(for: "v1")  // heartbeat: v1 stays, the others age
        clock.advance(by: 800)
        #expect(service.number(for: "late") != nil)  // v2..v5 expired at 1800 s
        let log = service.allocationLog()
        let v2 = log.first { $0.sessionKey == "v2" }
        #expect(v2?.end == 2800.0)  // allocated at 1000, timeout 1800
        #expect(v2?.endReason == .expired)
        #expect(log.first { $0.sessionKey == "v1" }?.end == nil)
        clock.advance(by: 1000)
        // v1 was last seen 1800 s ago: it has expired too.
        #expect(service.activeAllocations(inPool: "my-pool").map(\.sessionKey) == ["late"])
    }

    @Test func releasedNumberRestsBeforeReuse() {
        let first = service.number(for: "a")
        clock.advance(by: 1800)
        let next = service.number(for: "b")
        #expect(next != first)
        #expect(next == "442079460602")
    }

    @Test func siteDataAndPageURLAreRecordedForAttribution() {
        let extra = #", "site_data": {"utm_source": "google", "n": 2, "gclid": null, "ok": true, "zero": 0}, "page_url": "https://example.com/contact""#
        _ = service.allocate(Fixture.allocation(session: "s1", extra: extra))
        clock.advance(by: 60)
        _ = service.allocate(Fixture.allocation(session: "s1", extra: #", "page_url": "https://example.com/about""#))
        let record = service.allocationLog().first
        #expect(record?.siteData == [
            "utm_source": .string("google"), "n": .number(2), "gclid": .null, "ok": .bool(true), "zero": .number(0),
        ])
        #expect(record?.pageURL == "https://example.com/contact")
        #expect(record?.pages == ["https://example.com/contact", "https://example.com/about"])
        #expect(record?.requests == 2)
        #expect(record?.lastActivity == 1060)
        #expect(service.holder(of: "442079460601", at: 1030)?.sessionKey == "s1")
        #expect(service.holder(of: "442079460601", at: 999) == nil)
    }

    @Test func shrinkingReleasesFreeNumbersFirstThenOldestActivity() {
        _ = service.number(for: "old")        // 601
        clock.advance(by: 10)
        _ = service.number(for: "new")        // 602
        clock.advance(by: 10)
        _ = service.number(for: "middle")     // 603
        clock.advance(by: 10)
        _ = service.number(for: "old")        // refresh: now "new" is the oldest activity
        service.resizePool("my-pool", to: 3)  // 604, 605 are free and go first
        #expect(service.poolNumbers("my-pool") == ["442079460601", "442079460602", "442079460603"])
        #expect(service.activeAllocations(inPool: "my-pool").count == 3)
        service.resizePool("my-pool", to: 2)
        #expect(service.poolNumbers("my-pool") == ["442079460601", "442079460603"])
        let ended = service.allocationLog().first { $0.sessionKey == "new" }
        #expect(ended?.endReason == .resized)
        #expect(ended?.end == clock.now)
        #expect(service.number(for: "fresh") == nil)
    }

    @Test func growingRestoresThenInventsNumbers() {
        service.resizePool("my-pool", to: 4)
        service.resizePool("my-pool", to: 7)
        let numbers = service.poolNumbers("my-pool") ?? []
        #expect(numbers.count == 7)
        #expect(numbers.prefix(5) == ["442079460601", "442079460602", "442079460603", "442079460604", "442079460605"])
        #expect(numbers.suffix(2) == ["442079460606", "442079460607"])
    }

    @Test func incrementCarries() {
        #expect(PoolLedger.increment("442079460699") == "442079460700")
        #expect(PoolLedger.increment("999") == "1000")
    }
}
