import Foundation

extension ExecutionBudget {
    /// The last resort: ends the process when an armed thread's script runs far past its CPU limit.
    ///
    /// Script that the engine cannot interrupt (a loop of promise jobs that neither runs long nor
    /// allocates) would otherwise hang the run. Once a second the backstop reads the CPU time of every
    /// thread with a started budget; at twice the limit plus `grace` seconds it writes what was running to
    /// standard error and exits with status 1.
    final class Backstop: @unchecked Sendable {
        static let shared = Backstop()
        /// CPU seconds past twice the limit before the process is ended.
        static let grace = 10.0

        private let lock = NSLock()
        /// A watched run: its budget, CPU limit, the thread's CPU time at start, and what to call it.
        private struct Run {
            var budget: ExecutionBudget
            var limit: Double
            var start: Double
            var label: String?
        }

        private var watched: [ObjectIdentifier: Run] = [:]
        private var thread: Thread?

        /// Starts watching `budget` (from its `start`), and the backstop thread if it is not running.
        func watch(_ budget: ExecutionBudget, limit: Double, start: Double) {
            lock.withLock {
                watched[ObjectIdentifier(budget)] = Run(budget: budget, limit: limit, start: start)
                guard thread == nil else { return }
                let thread = Thread { [self] in loop() }
                thread.name = "dni budget backstop"
                thread.start()
                self.thread = thread
            }
        }

        func forget(_ budget: ExecutionBudget) {
            lock.withLock { _ = watched.removeValue(forKey: ObjectIdentifier(budget)) }
        }

        func label(_ budget: ExecutionBudget, _ label: String) {
            lock.withLock { watched[ObjectIdentifier(budget)]?.label = label }
        }

        private func loop() {
            while true {
                Thread.sleep(forTimeInterval: 1)
                let overdue = lock.withLock { () -> (Run, Double)? in
                    for run in watched.values {
                        let used = run.budget.ownerCPUTime - run.start
                        if used > 2 * run.limit + Self.grace { return (run, used) }
                    }
                    return nil
                }
                guard let (run, used) = overdue else { continue }
                let message = "dni: stopping: \(run.label ?? "a run") used \(Int(used)) s of CPU time, past its "
                    + "CPU-time limit of \(Exceeded.seconds(run.limit)), in script the engine could "
                    + "not interrupt (such as an endless loop of promise jobs)\n"
                FileHandle.standardError.write(Data(message.utf8))
                exit(1)
            }
        }
    }
}
