import Foundation
import Testing
@testable import Scenarios

/// Scenarios share a worker process, one after another; nothing of one may reach the next.
@Suite struct IsolationTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/isolation")

    func scenario(_ name: String) throws -> Scenario {
        try ScenarioParser.load(path: Self.fixtures.appendingPathComponent(name).path)
    }

    @Test func aScenarioSeesNothingTheScenarioBeforeItLeftInTheSameWorker() throws {
        let pool = WorkerPool(executable: try WorkerPoolTests.dni, arguments: ["worker"], limits: .init(),
                              margins: .init())
        defer { pool.close() }
        let leaky = pool.run(try scenario("leaky.yaml"))
        let isolated = pool.run(try scenario("isolated.yaml"))
        // The first scenario really left its state in place (its own checks see it)...
        #expect(leaky.passed, "\(leaky.failures)")
        // ...and the second, in the same worker process, sees none of it.
        #expect(isolated.passed, "\(isolated.failures)")
    }

    @Test func theSameHoldsWithinOneThreadOfThisProcess() throws {
        let runner = try ScenarioRunner()
        let leaky = runner.run(try scenario("leaky.yaml"))
        let isolated = runner.run(try scenario("isolated.yaml"))
        #expect(leaky.passed, "\(leaky.failures)")
        #expect(isolated.passed, "\(isolated.failures)")
    }
}
