import Foundation
import Testing
@testable import MockAPI

@Suite("Concurrent allocation")
struct ConcurrencyTests {
    @Test func thousandSessionsNeverShareAFiftyNumberPool() throws {
        let numbers = (0..<50).map { String(442079461000 + $0) }
        let account = Account(
            keys: .init(accessKey: "example-access-key", actionKey: "example-action-key"),
            pools: [.init(id: "big", numbers: numbers)])
        let service = try Fixture.service(account)
        let sessions = 1_200
        let results = ResultBox(count: sessions)
        DispatchQueue.concurrentPerform(iterations: sessions) { index in
            // Each session asks twice: the heartbeat must return the same number.
            let first = service.number(for: "session-\(index)", pool: "big")
            let again = service.number(for: "session-\(index)", pool: "big")
            results.set(index, first == again ? first : "MISMATCH")
        }
        let granted = results.values.compactMap { $0 }
        #expect(!granted.contains("MISMATCH"))
        #expect(granted.count == 50)
        #expect(Set(granted).count == 50)
        #expect(Set(granted) == Set(numbers))
        let log = service.allocationLog()
        #expect(log.count == 50)
        #expect(Set(log.map(\.number)).count == 50)
    }
}

/// Per-index results written from many threads.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: String?) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [String?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
