import Foundation

/// The worker side of `WorkerPool`: runs the scenario files its parent sends, one at a time, in this process.
///
/// Jobs arrive one JSON line each on standard input; replies leave one JSON line each on what was standard
/// output when the worker started. Standard output itself is pointed at standard error first, so nothing a
/// library prints can break the reply channel. The worker ends when its input closes.
public enum ScenarioWorker {
    /// Serves jobs until standard input closes; `run` runs one loaded scenario. `pages`: send the pages' HTML
    /// of passing scenarios too (see `WorkerReply`).
    public static func serve(pages: Bool = false, run: (Scenario) -> ScenarioResult) {
        let replies = dup(STDOUT_FILENO)
        dup2(STDERR_FILENO, STDOUT_FILENO)
        let encoder = JSONEncoder()
        let decoder = JSONDecoder()
        let jobs = PipeLines(fd: STDIN_FILENO)
        while case .line(let line) = jobs.next() {
            guard let job = try? decoder.decode(WorkerJob.self, from: line) else { continue }
            let result: ScenarioResult
            do {
                result = run(try ScenarioParser.load(path: job.file))
            } catch {
                result = SuiteRunner.unparsable(job.file, error)
            }
            guard var data = try? encoder.encode(WorkerReply(result, pages: pages)) else { continue }
            data.append(UInt8(ascii: "\n"))
            guard PipeLines.writeAll(replies, data) else { return }
        }
    }
}
