import Foundation
import Testing

/// Runs the real `dni` executable, built beside this test bundle, in a chosen working folder.
enum DNIProcess {
    /// What a run printed and how it ended.
    struct Outcome: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String
        var description: String { "exit \(status)\nstderr:\n\(stderr)\nstdout:\n\(stdout.prefix(2_000))" }
    }

    /// The repository this test file belongs to.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `dni` executable built beside this test bundle.
    static var executable: URL {
        get throws {
            let own = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            let dni = own.deletingLastPathComponent().appendingPathComponent("dni")
            try #require(FileManager.default.isExecutableFile(atPath: dni.path),
                         "build the dni executable first (swift build --product dni)")
            return dni
        }
    }

    /// Runs `dni arguments` in `folder`; a run still going after `seconds` is killed (and shows as signal 9).
    static func run(_ arguments: [String], in folder: URL, seconds: Double = 60) throws -> Outcome {
        let outputs = folder.appendingPathComponent(".dni-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outputs) }
        let (out, err) = (outputs.appendingPathComponent("out"), outputs.appendingPathComponent("err"))
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = try executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       stdout: try String(contentsOf: out, encoding: .utf8),
                       stderr: try String(contentsOf: err, encoding: .utf8))
    }

    /// A new empty folder outside the repository, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dni-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Text that must never reach the user: Foundation's error dumps and the top-level usage after a subcommand.
    static let leaks = ["NSCocoaErrorDomain", "NSPOSIXErrorDomain", "Error Domain=", "error 512", "Code=260",
                        "Usage: dni <subcommand>", "errno:", "harness.js"]
}
