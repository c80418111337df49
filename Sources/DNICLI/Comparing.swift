import ArgumentParser
import Conformance
import Engine
import Foundation
import Scenarios

/// `dni test --browser chromium` and `dni test --compare`.
enum Comparing {
    /// Runs scenarios in `browsers` headless Chromiums side by side, each taking the next scenario.
    static func chromiumResults(files: [String], filter: String?, builds: BuildCache,
                                limits: ExecutionBudget.Limits, browsers: Int) throws -> [ScenarioResult] {
        let pool = try ChromiumRunnerPool(capacity: browsers, builds: builds, limits: limits)
        defer { pool.close() }
        let progress = Progress(label: "chromium")
        // Each browser runs one scenario at a time.
        let results = SuiteRunner(workers: pool.capacity).run(files: files, filter: filter, using: pool.run) {
            progress.show($0, $1, $2)
        }
        progress.finish()
        return results
    }

    static func runChromium(files: [String], filter: String?, junit: String?, report: String?,
                            limits: ExecutionBudget.Limits, jobs: Int?) throws {
        let start = Date()
        let results = try chromiumResults(files: files, filter: filter, builds: try BuildCache(), limits: limits,
                                          browsers: jobs ?? SuiteRunner.defaultWorkers)
        try NothingToRun.check(results.count, paths: ["the \(files.count) scenario files given"], filter: filter)
        try Reporting.finish(results, elapsed: Date().timeIntervalSince(start), junit: junit, report: report,
                             label: "chromium: ")
        if results.contains(where: { !$0.failures.isEmpty }) { throw ExitCode.failure }
    }

    static func run(files: [String], filter: String?, known file: InputFile, junit: String?, report: String?,
                    limits: LimitOptions, jobs: Int?) throws {
        let known = try KnownDifferences.parse(yaml: try file.text(), file: file.path)
        let builds = try BuildCache()
        let harnessStart = Date()
        let pool = WorkerCommand.pool(limits: limits, seeds: nil, forReport: report != nil)
        let parallel = jobs ?? SuiteRunner.defaultWorkers
        let harness = SuiteRunner(workers: parallel).run(files: files, filter: filter, using: pool.run)
        pool.close()
        try NothingToRun.check(harness.count, paths: ["the \(files.count) scenario files given"], filter: filter)
        let harnessSeconds = Date().timeIntervalSince(harnessStart)
        let chromiumStart = Date()
        let chromium = try chromiumResults(files: files, filter: filter, builds: builds, limits: limits.limits,
                                           browsers: parallel)
        let chromiumSeconds = Date().timeIntervalSince(chromiumStart)
        let byFile = Dictionary(chromium.map { ($0.scenario.file, $0) }, uniquingKeysWith: { a, _ in a })
        var outcomes: [ComparisonOutcome] = []
        for result in harness {
            guard let other = byFile[result.scenario.file] else { continue }
            outcomes.append(.compare(harness: result, chromium: other, known: known))
        }
        for outcome in outcomes where outcome.verdict == .failed { print(outcome.text + "\n") }
        for outcome in outcomes where outcome.verdict == .skipped {
            print("skipped in chromium: \(outcome.harness.scenario.name): \(outcome.chromium.skipped ?? "")")
        }
        if let junit { try Reporting.junit(junit).write(JUnitReport.xml(harness + chromium)) }
        if let report {
            try Reporting.report(report).write(HTMLReport.page(harness + chromium, title: "dni: harness and Chromium"))
        }
        let ran = outcomes.filter { $0.chromium.skipped == nil }
        let harnessMedian = median(ran.map(\.harness.seconds))
        let chromiumMedian = median(ran.map(\.chromium.seconds))
        let allowed = outcomes.flatMap(\.differences).filter { $0.allowedBy != nil }.count
        // Both sides run `parallel` scenarios at once, so each median is taken under the same contention.
        print(String(format: "harness: %.2f s wall, median %.1f ms per scenario; chromium: %.2f s wall, median %.1f ms; ratio %.0fx; %d at a time on each side",
                     harnessSeconds, harnessMedian * 1000, chromiumSeconds, chromiumMedian * 1000,
                     harnessMedian > 0 ? chromiumMedian / harnessMedian : 0, parallel))
        print("\(allowed) differences allowed by \(file.path)")
        let count = { (verdict: ComparisonOutcome.Verdict) in outcomes.filter { $0.verdict == verdict }.count }
        print("\(count(.passed)) passed, \(count(.failed)) failed, \(count(.skipped)) skipped")
        if count(.failed) > 0 { throw ExitCode.failure }
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
