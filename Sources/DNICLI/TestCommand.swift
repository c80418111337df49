import ArgumentParser
import Conformance
import Foundation
import Scenarios

/// `dni test`: runs scenario files in the harness, in parallel, and reports.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run scenarios in the harness (and in Chromium with --browser chromium or --compare).")

    @Argument(help: "Scenario files or folders (default: scenarios).")
    var paths: [String] = []

    @Option(help: "Only scenarios whose name or path contains this text, or that carry this tag.")
    var filter: String?

    @Option(help: "Run only shard i of n (1-based), e.g. 2/4.")
    var shard: String?

    @Option(help: "Write JUnit XML results to this file.")
    var junit: String?

    @Option(help: "Write a self-contained HTML report to this file.")
    var report: String?

    @Flag(help: "Write the observed state of scenarios without number expectations next to them, to review.")
    var record = false

    @Option(help: "Worker processes running harness scenarios side by side (default: the number of cores).")
    var jobs: Int?

    @Option(help: "Where to run: harness (default) or chromium (real headless Chromium).")
    var browser: BrowserChoice = .harness

    @Flag(help: "Run every scenario in both the harness and Chromium and fail on any difference not in docs/known-differences.yaml.")
    var compare = false

    @Option(help: "Run each scenario under N seeded orderings of its network answers; report any that fails.")
    var orders: Int?

    @Option(help: "Run with this ordering seed (replays an ordering --orders reported; with --orders, the first seed).")
    var seed: UInt64?

    @Option(help: "The known-differences file for --compare.")
    var knownDifferences: String = "docs/known-differences.yaml"

    @OptionGroup var limitOptions: LimitOptions

    enum BrowserChoice: String, ExpressibleByArgument { case harness, chromium }

    func run() throws {
        var files = try ScenarioDiscovery.files(in: paths.isEmpty ? ["scenarios"] : paths)
        if let shard {
            let parts = shard.split(separator: "/").compactMap { Int($0) }
            guard parts.count == 2, parts[1] > 0, (1...parts[1]).contains(parts[0]) else {
                throw ValidationError("--shard takes i/n with 1 ≤ i ≤ n, e.g. 1/2")
            }
            files = ScenarioDiscovery.shard(files, index: parts[0], count: parts[1])
        }
        if (orders != nil || seed != nil) && (compare || browser == .chromium) {
            throw ValidationError("--orders and --seed order the harness's virtual network; Chromium's is real")
        }
        if let orders, !(1...10_000).contains(orders) { throw ValidationError("--orders takes 1 to 10000") }
        try NothingToRun.check(files.count, paths: paths, filter: nil)
        if compare { return try Comparing.run(files: files, filter: filter, known: knownDifferences, junit: junit,
                                              report: report, limits: limitOptions, jobs: jobs) }
        if browser == .chromium { return try Comparing.runChromium(files: files, filter: filter, junit: junit,
                                                                    report: report, limits: limitOptions.limits) }
        var seeds: [UInt64]?
        if orders != nil || seed != nil {
            let first = seed ?? 1
            seeds = (0..<UInt64(orders ?? 1)).map { first &+ $0 }
            print("each scenario runs under ordering seeds \(first) to \(seeds?.last ?? first) until one fails")
        }
        let pool = WorkerCommand.pool(limits: limitOptions, seeds: seeds, replacements: report != nil)
        defer { pool.close() }
        let suite = SuiteRunner(workers: jobs ?? SuiteRunner.defaultWorkers)
        let progress = Progress(label: "harness")
        let start = Date()
        let results = suite.run(files: files, filter: filter, using: pool.run) { done, total, result in
            progress.show(done, total, result)
        }
        progress.finish()
        try NothingToRun.check(results.count, paths: paths, filter: filter)
        let elapsed = Date().timeIntervalSince(start)
        try Reporting.finish(results, elapsed: elapsed, junit: junit, report: report)
        if record { try Recorder.write(results) }
        if results.contains(where: { !$0.failures.isEmpty }) { throw ExitCode.failure }
    }
}
