import Foundation

/// Keeps the last few kilobytes a worker wrote to standard error, read on a thread of its own.
final class StandardErrorTail: @unchecked Sendable {
    /// Bytes kept; older output is dropped.
    static let capacity = 16 << 10

    private let lock = NSLock()
    private var kept = Data()
    private var finished = false

    /// Reads `fd` until its end, then closes it: the descriptor is this reader's from now on (closing it
    /// from another thread while a read is under way could leave the loop reading a reused number).
    init(fd: Int32) {
        let thread = Thread { [self] in
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(fd, &chunk, chunk.count)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { break }
                lock.withLock {
                    kept.append(contentsOf: chunk[0..<count])
                    if kept.count > Self.capacity { kept = Data(kept.suffix(Self.capacity)) }
                }
            }
            close(fd)
            lock.withLock { finished = true }
        }
        thread.name = "dni worker stderr"
        thread.start()
    }

    /// Forgets what was written so far (a new job starts).
    func reset() { lock.withLock { kept.removeAll() } }

    /// The last `count` non-empty lines, once the writer has ended (or after a moment if it has not).
    func lines(last count: Int) -> [String] {
        Array(allLines().suffix(count))
    }

    /// What a crash report says of the crash: its headline and the crashed thread with its first `frames`
    /// frames. A report lists every thread, so its last lines are some idle thread's; empty when there is no
    /// crash report.
    func crash(frames: Int) -> [String] {
        let lines = allLines()
        guard let headline = lines.firstIndex(where: { $0.contains("*** Program crashed") }),
              let thread = lines.firstIndex(where: { $0.hasPrefix("Thread ") && $0.hasSuffix(" crashed:") }) else { return [] }
        let stack = lines[(thread + 1)...].prefix { !$0.hasPrefix("Thread ") }.prefix(frames)
        return [lines[headline], lines[thread]] + stack
    }

    private func allLines() -> [String] {
        for _ in 0..<50 where !lock.withLock({ finished }) { usleep(10_000) }
        let text = lock.withLock { String(decoding: kept, as: UTF8.self) }
        return text.split(separator: "\n").map(String.init)
    }
}
