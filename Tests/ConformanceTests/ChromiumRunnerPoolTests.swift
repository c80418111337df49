import Conformance
import Foundation
import Scenarios
import Testing

/// Several Chromiums side by side: every scenario passes as it would alone, browsers start only when needed,
/// and they really do run at the same time.
@Suite("Chromium runner pool", .serialized)
struct ChromiumRunnerPoolTests {
    /// A scenario whose page shows `number` and runs no client.
    static func page(_ index: Int, number: String) throws -> Scenario {
        let yaml = """
            name: page \(index)
            build: {library: true, script: "1"}
            pages: {"https://shop\(index).example/": "<html><body><p id=n>Call \(number)</p></body></html>"}
            visitor: {url: "https://shop\(index).example/"}
            steps: [visit]
            expect: {api_requests: 0, elements: {"#n": {text: "Call \(number)"}}}
            """
        return try scenario(yaml: yaml, named: "pool-\(index)")
    }

    /// Each run's result, with the moment it came back.
    final class Runs: @unchecked Sendable {
        private let lock = NSLock()
        private var runs: [Int: (result: ScenarioResult, end: Date)] = [:]
        func record(_ index: Int, _ result: ScenarioResult, _ end: Date) { lock.withLock { runs[index] = (result, end) } }
        var all: [Int: (result: ScenarioResult, end: Date)] { lock.withLock { runs } }
    }

    @Test("two browsers run four scenarios, two at a time, each as it would alone")
    func twoBrowsersSideBySide() throws {
        let scenarios = try (1...4).map { try Self.page($0, number: "020 7946 000\($0)") }
        let pool = try ChromiumRunnerPool(capacity: 2, builds: try BuildCache())
        defer { pool.close() }
        #expect(pool.capacity == 2)
        #expect(pool.started == 1)
        let runs = Runs()
        // A thread per scenario: the pool, not the threads, decides how many run at once.
        let group = DispatchGroup()
        for (index, scenario) in scenarios.enumerated() {
            group.enter()
            Thread {
                let result = pool.run(scenario)
                runs.record(index, result, Date())
                group.leave()
            }.start()
        }
        group.wait()
        let all = runs.all
        #expect(all.count == scenarios.count)
        #expect(pool.started == 2)
        for (index, scenario) in scenarios.enumerated() {
            let result = all[index]?.result
            #expect(result?.scenario.name == scenario.name)
            #expect(result?.browser == "chromium")
            #expect(result?.failures.isEmpty == true, "\(scenario.name): \(result?.failures ?? [])")
        }
        // Some two runs overlap in time: with one browser they would follow one another. A run is the time
        // its runner reports (`seconds`) up to its return; a thread's wait for a free browser is not in it.
        let spans = all.values.map { ($0.end.addingTimeInterval(-$0.result.seconds), $0.end) }
        let overlapping = spans.indices.contains { i in
            spans.indices.contains { j in i != j && spans[i].0 < spans[j].1 && spans[j].0 < spans[i].1 }
        }
        #expect(overlapping)
    }
}
