import Foundation
import Testing
@testable import Engine

/// Each test arms the budget of its own thread and disarms it when done, so other tests run unbounded.
@Suite(.serialized) struct ExecutionBudgetTests {
    /// Runs `body` with a budget of `limits` on this thread; returns how the budget ended and the CPU used.
    func bounded(_ limits: ExecutionBudget.Limits, _ body: (ScriptContext) throws -> Void) -> (ExecutionBudget.Exceeded?, Double) {
        let budget = ExecutionBudget.current
        budget.start(limits: limits)
        defer {
            budget.start(limits: .init())
            budget.stop()
        }
        let context = ScriptContext()
        try? budget.withActivity("test script") { try body(context) }
        return (budget.exceeded, budget.cpuUsed)
    }

    @Test func anEndlessLoopStopsAtTheCPULimitAndCannotBeCaught() {
        let (exceeded, used) = bounded(.init(cpuSeconds: 0.3)) { context in
            try context.evaluate("try { while (true) {} } catch (e) {} 'caught'", file: "loop.js")
        }
        #expect(exceeded?.kind == .cpu)
        #expect(exceeded?.activity == "test script")
        #expect(used >= 0.3)
        #expect(used < 5)
        #expect(exceeded?.description.contains("CPU-time limit of 0.3 s") == true)
    }

    @Test func nestedScriptStopsItsCallerToo() {
        // The outer script calls a host function that runs an endless inner script, then loops itself.
        let (exceeded, _) = bounded(.init(cpuSeconds: 0.3)) { context in
            context.define("inner", on: context.global) { call in
                _ = try? call.context.evaluate("while (true) {}", file: "inner.js")
                return nil
            }
            try context.evaluate("inner(); while (true) {}", file: "outer.js")
        }
        #expect(exceeded?.kind == .cpu)
    }

    @Test func anAllocationLoopStopsAtTheMemoryLimit() {
        let limit = 200 << 20
        let (exceeded, _) = bounded(.init(cpuSeconds: 60, memoryBytes: limit)) { context in
            try context.evaluate("var keep = []; while (true) keep.push(new Array(100000).fill(1.5));", file: "grow.js")
        }
        #expect(exceeded?.kind == .memory)
        #expect(exceeded.map { $0.used > Double(limit) } == true)
    }

    @Test func workWithinTheLimitsRunsAndAStartForgetsAnEarlierStop() throws {
        let budget = ExecutionBudget.current
        defer { budget.stop() }
        budget.start(limits: .init(cpuSeconds: 0.2))
        let context = ScriptContext()
        _ = try? context.evaluate("while (true) {}")
        #expect(budget.exceeded != nil)
        budget.start(limits: .init(cpuSeconds: 5))
        #expect(budget.exceeded == nil)
        #expect(try context.evaluate("let s = 0; for (let i = 0; i < 1e5; i++) s += i; s").number == 4999950000)
        #expect(budget.exceeded == nil)
    }
}
