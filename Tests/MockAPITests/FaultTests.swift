import Foundation
import Testing
import Yams
@testable import MockAPI

@Suite("Faults")
struct FaultTests {
    let service: DNIService
    let fetchBody = Fixture.fetchBody([#"{"item_id": "sales-paid"}"#])

    init() throws { service = try Fixture.service() }

    private func fetch() -> APIResponse { service.handle(.post("/dni/fetch", json: fetchBody)) }

    @Test func oneShotFaultIsSpent() {
        service.faults.add(Fault(path: "/dni/fetch", times: 2, status: 500))
        #expect(fetch().status == 500)
        #expect(service.faults.pending.first?.times == 1)
        #expect(fetch().errorMessage == "injected fault: status 500")
        #expect(fetch().status == 200)
        #expect(service.faults.pending.isEmpty)
    }

    @Test func persistentFaultStaysUntilCleared() {
        service.faults.add(Fault(status: 503))
        #expect(fetch().status == 503)
        #expect(service.handle(APIRequest(method: "GET", path: "/anything")).status == 503)
        #expect(fetch().status == 503)
        service.faults.clear()
        #expect(fetch().status == 200)
    }

    @Test func faultForOtherPathDoesNotApply() {
        service.faults.add(Fault(path: "/dni/allocate", status: 500))
        #expect(fetch().status == 200)
    }

    @Test func hangMalformedBodyAndDelay() {
        service.faults.add(Fault(times: 1, hang: true))
        service.faults.add(Fault(times: 1, malformed: true))
        service.faults.add(Fault(times: 1, body: #"{"numbers":[{"number":"<b>1</b>"}]}"#))
        service.faults.add(Fault(times: 1, delayMs: 200))
        #expect(fetch().hang)
        let malformed = fetch()
        #expect(malformed.status == 200)
        #expect(malformed.json == nil)
        #expect(fetch().text == #"{"numbers":[{"number":"<b>1</b>"}]}"#)
        let late = fetch()
        #expect(late.delayMs == 200)
        #expect(late.numbers("number") == ["442079460101"])
        #expect(fetch().delayMs == 0)
    }

    @Test func faultsDecodeFromYAML() throws {
        let yaml = """
        - {path: /dni/fetch, status: 500, times: 1}
        - {hang: true}
        - {malformed: true}
        - {body: '{"numbers":[{"number":"<b>1</b>"}]}'}
        - {delay_ms: 200}
        """
        let faults = try YAMLDecoder().decode([Fault].self, from: yaml)
        #expect(faults == [
            Fault(path: "/dni/fetch", times: 1, status: 500), Fault(hang: true), Fault(malformed: true),
            Fault(body: #"{"numbers":[{"number":"<b>1</b>"}]}"#), Fault(delayMs: 200),
        ])
        let node = try #require(try Yams.compose(yaml: "{status: 502, times: 3}"))
        #expect(try Fault.parse(node) == Fault(times: 3, status: 502))
    }

    @Test func faultsParseFromDictionaries() throws {
        #expect(try Fault.parse(["path": "/dni/allocate", "status": 500, "times": 1])
                == Fault(path: "/dni/allocate", times: 1, status: 500))
        #expect(try Fault.parse(["delay_ms": 150]) == Fault(delayMs: 150))
        #expect(throws: FaultError.self) { try Fault.parse(["stauts": 500]) }
        #expect(throws: FaultError.self) { try Fault.parse(["times": 2]) }
        #expect(throws: (any Error).self) { try YAMLDecoder().decode(Fault.self, from: "{status: 500, times: 0}") }
    }
}
