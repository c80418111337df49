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

    @Flag(help: "Send what an HTML report shows: what the client changed, node by node, and the pages' HTML.")
    var forReport = false

    @OptionGroup var limitOptions: LimitOptions

    func validate() throws {
        if let seeds, seedList(seeds) == nil {
            throw UserError("--seeds \(seeds) is not a list of numbers", fix: "give numbers separated by commas, e.g. 1,2,3",
                            exitCode: UserError.usage).validation
        }
    }

    /// The seeds in `text`, or `nil` when one is not a number.
    func seedList(_ text: String) -> [UInt64]? {
        let seeds = text.split(separator: ",").compactMap { UInt64($0) }
        return seeds.count == text.split(separator: ",").count ? seeds : nil
    }

    func run() throws {
        let runner = try ScenarioRunner(limits: limitOptions.limits)
        runner.recordsReplacements = forReport
        let seeds = seeds.flatMap(seedList)
        ScenarioWorker.serve(pages: forReport) { scenario in
            seeds.map { runner.run(scenario, orderings: $0) } ?? runner.run(scenario)
        }
    }

    /// A pool of workers for `dni test` with these limits and seeds.
    static func pool(limits: LimitOptions, seeds: [UInt64]?, forReport: Bool = false) -> WorkerPool {
        var arguments = ["worker", "--cpu-limit", String(limits.cpuLimit), "--memory-limit", String(limits.memoryLimit)]
        if forReport { arguments.append("--for-report") }
        if let seeds { arguments += ["--seeds", seeds.map(String.init).joined(separator: ",")] }
        return WorkerPool(arguments: arguments, limits: limits.limits)
    }
}
