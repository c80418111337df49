import Foundation

/// A running `chromedriver` on a free loopback port, stopped on `stop()` or deinit.
///
///     let driver = try ChromeDriverProcess.start()
///     let client = WebDriverClient(baseURL: driver.url)
///     ...
///     driver.stop()
///
/// chromedriver accepts local connections only unless `--allowed-ips` is given; it isn't.
public final class ChromeDriverProcess {
    /// The driver's base URL, `http://127.0.0.1:<port>`.
    public let url: URL
    public let port: Int
    /// The file the driver's output goes to; its tail is quoted when start-up fails.
    public let logFile: URL
    private let process: Process

    private init(process: Process, port: Int, logFile: URL) {
        self.process = process
        self.port = port
        self.logFile = logFile
        url = URL(string: "http://127.0.0.1:\(port)")!
    }

    deinit { stop() }

    /// True while the driver process runs.
    public var isRunning: Bool { process.isRunning }

    /// Starts the driver and waits (at most `timeout` seconds) until `/status` says it is ready.
    public static func start(executable: String? = nil, timeout: TimeInterval = 20) throws -> ChromeDriverProcess {
        let path = try executable ?? ChromiumInstallation.locate().chromedriver
        var lastError = ChromiumSetupError("chromedriver did not start")
        // A port found free can be taken before chromedriver binds it: an early exit gets a new port.
        for _ in 0..<3 {
            do {
                return try launch(path: path, port: FreePort.find(), timeout: timeout)
            } catch let exit as ExitedEarly {
                lastError = exit.error
            }
        }
        throw lastError
    }

    private static func launch(path: String, port: Int, timeout: TimeInterval) throws -> ChromeDriverProcess {
        let logFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("chromedriver-\(port)-\(UUID().uuidString.prefix(8)).log")
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
        let log = try FileHandle(forWritingTo: logFile)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--port=\(port)"]
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ChromiumSetupError("cannot run \(path): \(error); run `bash \(ChromiumInstallation.installScript)`")
        }
        let driver = ChromeDriverProcess(process: process, port: port, logFile: logFile)
        try driver.waitUntilReady(timeout: timeout)
        return driver
    }

    /// Polls `/status` until it says ready; fails early when the process exits.
    private func waitUntilReady(timeout: TimeInterval) throws {
        let client = WebDriverClient(baseURL: url)
        client.commandTimeout = 2
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            guard process.isRunning else {
                throw ExitedEarly(error: ChromiumSetupError(
                    "chromedriver exited with status \(process.terminationStatus): \(logTail())"))
            }
            if let status = try? client.status(), status["ready"]?.boolValue == true { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        stop()
        throw ChromiumSetupError("chromedriver on port \(port) was not ready within \(Int(timeout)) s: \(logTail())")
    }

    /// The driver quit during start-up, most likely because its port was taken meanwhile.
    private struct ExitedEarly: Error {
        var error: ChromiumSetupError
    }

    /// The last lines the driver wrote.
    public func logTail(maxCharacters: Int = 800) -> String {
        guard let data = try? Data(contentsOf: logFile) else { return "(no log)" }
        let text = String(decoding: data.suffix(maxCharacters), as: UTF8.self)
        return text.isEmpty ? "(empty log)" : text
    }

    /// Stops the driver (SIGTERM, then SIGKILL after two seconds). Safe to call twice.
    public func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(2)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}
