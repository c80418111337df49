import Foundation

/// A child process with its standard input, output and error on pipes, started with `posix_spawn` and reaped
/// with `waitpid`.
///
/// (Foundation's `Process` learns of a child's end through a run loop; a thread that kills a child and waits
/// for it could wait forever there.)
final class ChildProcess {
    /// How a child ended.
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
    }

    let pid: pid_t
    /// The parent's ends of the child's standard input, output and error. `error` is handed to a reader
    /// that closes it at its end; the others close with this object.
    private(set) var input: Int32
    let output: Int32
    let error: Int32
    private(set) var ending: Ending?
    private static let spawning = NSLock()

    /// Starts `executable` with `arguments`; throws with the reason when it cannot be started.
    init(executable: String, arguments: [String]) throws {
        var inPipe: [Int32] = [0, 0], outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
        // Pipes are made close-on-exec under a lock that spawning also takes, so none leaks into a child
        // another thread starts meanwhile; `dup2` in the child clears the flag on its standard descriptors.
        Self.spawning.lock()
        defer { Self.spawning.unlock() }
        guard pipe(&inPipe) == 0, pipe(&outPipe) == 0, pipe(&errPipe) == 0 else {
            throw ChildProcessError(String(cString: strerror(errno)))
        }
        for fd in inPipe + outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inPipe[0], STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], STDOUT_FILENO)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], STDERR_FILENO)
        // The child starts with no blocked signals and every signal at its default (this process ignores
        // SIGPIPE, and a test runner's threads may block signals; both would be inherited).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)
        sigfillset(&signals)
        posix_spawnattr_setsigdefault(&attributes, &signals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        for fd in [inPipe[0], outPipe[1], errPipe[1]] { close(fd) }
        guard status == 0 else {
            for fd in [inPipe[1], outPipe[0], errPipe[0]] { close(fd) }
            throw ChildProcessError(String(cString: strerror(status)))
        }
        self.pid = pid
        input = inPipe[1]
        output = outPipe[0]
        error = errPipe[0]
    }

    deinit {
        kill()
        closeInput()
        close(output)
    }

    /// True until the child has ended (and been reaped).
    var isRunning: Bool {
        guard ending == nil else { return false }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return true }
        ending = Self.ending(status)
        return false
    }

    /// Waits for the child to end and says how it did.
    @discardableResult
    func wait() -> Ending {
        if let ending { return ending }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let ended = Self.ending(status)
        ending = ended
        return ended
    }

    /// Closes the child's standard input (a worker then finishes).
    func closeInput() {
        if input >= 0 { close(input) }
        input = -1
    }

    /// Kills the child with SIGKILL and reaps it.
    func kill() {
        guard ending == nil else { return }
        _ = Foundation.kill(pid, SIGKILL)
        wait()
    }

    private static func ending(_ status: Int32) -> Ending {
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import as functions.
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }
}

/// Why a child process could not be started.
struct ChildProcessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
