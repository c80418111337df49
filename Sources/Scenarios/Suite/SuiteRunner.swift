import Foundation

/// Runs many scenarios side by side: each of `workers` threads takes the next scenario and runs it.
///
/// How a scenario runs is the caller's `Run`: in a `WorkerPool` process (`dni test`), in this process with a
/// `ScenarioRunner` (each thread then has its own JavaScriptCore context group), or in Chromium.
public final class SuiteRunner: @unchecked Sendable {
    /// Runs one scenario in some browser; the default is the harness.
    public typealias Run = (Scenario) -> ScenarioResult

    public let workers: Int
    private let lock = NSLock()

    /// One per core. (Harness scenarios run in worker processes; several JavaScriptCore VMs on threads of
    /// one process under the execution watchdog made the engine abort, docs/limits.md.)
    public static let defaultWorkers = ProcessInfo.processInfo.activeProcessorCount

    public init(workers: Int = SuiteRunner.defaultWorkers) {
        self.workers = max(1, workers)
    }

    /// Loads and runs `files`; a file that does not parse is a failed result naming the problem.
    public func run(files: [String], filter: String? = nil, using run: @escaping Run,
                    progress: ((Int, Int, ScenarioResult) -> Void)? = nil) -> [ScenarioResult] {
        var loaded: [Result<Scenario, Error>] = []
        var paths: [String] = []
        for file in files {
            let result = Result { try ScenarioParser.load(path: file) }
            if let filter, case .success(let scenario) = result, !Self.matches(scenario, filter) { continue }
            loaded.append(result)
            paths.append(file)
        }
        var results = [ScenarioResult?](repeating: nil, count: loaded.count)
        var next = 0
        var done = 0
        let group = DispatchGroup()
        for _ in 0..<min(workers, max(1, loaded.count)) {
            group.enter()
            let thread = Thread { [self] in
                defer { group.leave() }
                while let index = lock.withLock({ () -> Int? in
                    guard next < loaded.count else { return nil }
                    next += 1
                    return next - 1
                }) {
                    let result: ScenarioResult
                    switch loaded[index] {
                    case .success(let scenario): result = run(scenario)
                    case .failure(let error): result = Self.unparsable(paths[index], error)
                    }
                    lock.withLock {
                        results[index] = result
                        done += 1
                        progress?(done, loaded.count, result)
                    }
                }
            }
            // JavaScriptCore wants a main-thread-sized stack.
            thread.stackSize = 16 << 20
            thread.start()
        }
        group.wait()
        return results.compactMap { $0 }
    }

    /// True when the filter is in the scenario's name, file or tags.
    static func matches(_ scenario: Scenario, _ filter: String) -> Bool {
        let needle = filter.lowercased()
        return scenario.name.lowercased().contains(needle) || scenario.file.lowercased().contains(needle)
            || scenario.tags.contains { $0.lowercased() == needle }
    }

    static func unparsable(_ file: String, _ error: Error) -> ScenarioResult {
        let scenario = Scenario(file: file, name: (file as NSString).lastPathComponent, build: .library(script: ""),
                                account: .file(""), visitor: Visitor(url: ""), steps: [])
        return ScenarioResult(scenario: scenario, browser: "harness",
                              failures: [Failure(step: 0, stepLabel: "load", check: "scenario file",
                                                 expected: "a valid scenario", actual: String(describing: error))],
                              skipped: nil, seconds: 0, finalSnapshot: nil, originalHTML: nil, apiCalls: [], console: [])
    }
}
