import Foundation
import Scenarios

/// Progress of a run: one line rewritten in place on a terminal; elsewhere (CI logs) a line at each tenth.
final class Progress: @unchecked Sendable {
    let terminal: Bool
    private var counter: ProgressCounter
    private var lastTenth = 0

    init(label: String, terminal: Bool = isatty(STDOUT_FILENO) != 0) {
        self.terminal = terminal
        counter = ProgressCounter(label: label)
    }

    func show(_ done: Int, _ total: Int, _ result: ScenarioResult) {
        counter.record(result, done: done, total: total)
        if terminal {
            FileHandle.standardOutput.write(Data("\r\u{1B}[K\(counter.terminalLine(now: Date()))".utf8))
            return
        }
        let tenth = total > 0 ? done * 10 / total : 10
        guard tenth > lastTenth, done < total else { return }
        lastTenth = tenth
        print(counter.logLine)
        fflush(stdout)
    }

    func finish() {
        if terminal { FileHandle.standardOutput.write(Data("\r\u{1B}[K".utf8)) }
    }
}
