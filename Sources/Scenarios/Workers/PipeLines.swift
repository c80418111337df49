import Foundation

/// Reads newline-ended messages from a pipe, waiting at most a given time for each.
///
/// Plain `read` and `poll` on the descriptor, so a caller can look around (at a worker's CPU time, say)
/// between waits, and no C stdio buffering stands between the two processes.
final class PipeLines {
    enum Next { case line(Data), closed, timeout }

    private let fd: Int32
    private var buffer = Data()

    init(fd: Int32) { self.fd = fd }

    /// The next line without its newline; `timeoutMs` of -1 waits as long as it takes.
    func next(timeoutMs: Int32 = -1) -> Next {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = Data(buffer[buffer.startIndex..<newline])
                buffer = Data(buffer[(newline + 1)...])
                return .line(line)
            }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, timeoutMs)
            if ready == 0 { return .timeout }
            if ready < 0 {
                if errno == EINTR { continue }
                return .closed
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = read(fd, &chunk, chunk.count)
            if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            guard count > 0 else { return .closed }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }

    /// Writes all of `data` to `fd`, retrying short writes and interruptions; false when the other end is gone.
    static func writeAll(_ fd: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            guard var pointer = raw.baseAddress else { return true }
            var left = raw.count
            while left > 0 {
                let written = write(fd, pointer, left)
                if written < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    return false
                }
                pointer += written
                left -= written
            }
            return true
        }
    }
}
