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

    @Option(help: "Scenarios run side by side: harness worker processes, and Chromium browsers (default: the number of cores).")
    var jobs: Int?

    @Option(help: "Where to run: harness, or chromium (real headless Chromium).")
    var browser: BrowserChoice = .harness

    @Flag(help: "Run every scenario in both the harness and Chromium and fail on any difference not in docs/known-differences.yaml.")
    var compare = false

    @Option(help: "Run each scenario under N seeded orderings of its network answers; report any that fails.")
    var orders: Int?

    @Option(help: "Run with this ordering seed (replays an ordering --orders reported; with --orders, the first seed).")
    var seed: UInt64?

    @Option(help: "The known-differences file for --compare (default: docs/known-differences.yaml, looked up from the current folder).")
    var knownDifferences: String?

    /// The known-differences file used when `--known-differences` is not given, relative to the current folder.
    static let defaultKnownDifferences = "docs/known-differences.yaml"

    @OptionGroup var limitOptions: LimitOptions

    enum BrowserChoice: String, ExpressibleByArgument { case harness, chromium }

    func validate() throws {
        if let shard, Self.shardParts(shard) == nil {
            throw UserError("--shard \(shard) is not i/n with 1 ≤ i ≤ n", fix: "e.g. --shard 1/2 runs the first of two halves",
                            exitCode: UserError.usage).validation
        }
        if (orders != nil || seed != nil) && (compare || browser == .chromium) {
            throw UserError("--orders and --seed do not go with Chromium",
                            fix: "they order the harness's virtual network; Chromium's is real, so leave them out "
                                + "with --browser chromium or --compare", exitCode: UserError.usage).validation
        }
        if let orders, !(1...10_000).contains(orders) {
            throw UserError("--orders \(orders) is out of range", fix: "give 1 to 10000", exitCode: UserError.usage).validation
        }
        if let jobs, jobs < 1 {
            throw UserError("--jobs \(jobs) is below 1", fix: "give at least 1, or leave it out for one per core",
                            exitCode: UserError.usage).validation
        }
    }

    /// `i/n` as numbers, or `nil` unless 1 ≤ i ≤ n.
    static func shardParts(_ text: String) -> (index: Int, count: Int)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 2, let index = parts[0], let count = parts[1], count > 0, (1...count).contains(index)
        else { return nil }
        return (index, count)
    }

    func run() throws {
        // Everything given is checked before anything runs: a typo in --report must not cost a whole run.
        try checkPaths()
        for output in [junit.map(Reporting.junit), report.map(Reporting.report)].compactMap({ $0 }) { try output.check() }
        var files = try ScenarioDiscovery.files(in: paths.isEmpty ? ["scenarios"] : paths)
        if let shard, let (index, count) = Self.shardParts(shard) {
            files = ScenarioDiscovery.shard(files, index: index, count: count)
        }
        try NothingToRun.check(files.count, paths: paths, filter: nil)
        if compare {
            let known = InputFile(
                knownDifferences ?? Self.defaultKnownDifferences, role: "known-differences file",
                option: "--known-differences", isDefault: knownDifferences == nil,
                fix: knownDifferences == nil ? "run dni from the repository, or pass --known-differences FILE"
                    : "give the path of a known-differences file, like docs/known-differences.yaml")
            return try Comparing.run(files: files, filter: filter, known: known, junit: junit,
                                     report: report, limits: limitOptions, jobs: jobs)
        }
        if browser == .chromium { return try Comparing.runChromium(files: files, filter: filter, junit: junit,
                                                                    report: report, limits: limitOptions.limits,
                                                                    jobs: jobs) }
        var seeds: [UInt64]?
        if orders != nil || seed != nil {
            let first = seed ?? 1
            seeds = (0..<UInt64(orders ?? 1)).map { first &+ $0 }
            print("each scenario runs under ordering seeds \(first) to \(seeds?.last ?? first) until one fails")
        }
        let pool = WorkerCommand.pool(limits: limitOptions, seeds: seeds, forReport: report != nil)
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

extension TestCommand {
    /// Throws a ``UserError`` for a scenario path that does not exist, or a missing default `scenarios` folder.
    func checkPaths() throws {
        guard !paths.isEmpty else {
            return try InputFile("scenarios", role: "scenario folder", isDefault: true,
                                 fix: "give scenario files or folders, or run dni from the repository").checkFolder()
        }
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw InputFile(path, role: "scenario path", fix: "give scenario .yaml files, or folders that hold them")
                .failure("does not exist")
        }
    }
}
