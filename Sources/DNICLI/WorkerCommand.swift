import ArgumentParser
import Engine
import Foundation
import Scenarios

/// `dni worker`: the process `dni test` runs harness scenarios in (not for people; see `WorkerPool`).
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Run the scenario files named on standard input (used by dni test).",
        shouldDisplay: false)

    @Option(help: "Ordering seeds, comma-separated (from dni test --orders / --seed).")
    var seeds: String?

    @Flag(help: "Record what the client changed, node by node, for a report.")
    var replacements = false

    @OptionGroup var limitOptions: LimitOptions

    func run() throws {
        let runner = try ScenarioRunner(limits: limitOptions.limits)
        runner.recordsReplacements = replacements
        let seeds = try seeds.map { text in
            try text.split(separator: ",").map { part -> UInt64 in
                guard let seed = UInt64(part) else { throw ValidationError("--seeds takes numbers, e.g. 1,2,3") }
                return seed
            }
        }
        ScenarioWorker.serve { scenario in
            seeds.map { runner.run(scenario, orderings: $0) } ?? runner.run(scenario)
        }
    }

    /// A pool of workers for `dni test` with these limits and seeds.
    static func pool(limits: LimitOptions, seeds: [UInt64]?, replacements: Bool = false) -> WorkerPool {
        var arguments = ["worker", "--cpu-limit", String(limits.cpuLimit), "--memory-limit", String(limits.memoryLimit)]
        if replacements { arguments.append("--replacements") }
        if let seeds { arguments += ["--seeds", seeds.map(String.init).joined(separator: ",")] }
        return WorkerPool(arguments: arguments, limits: limits.limits)
    }
}
