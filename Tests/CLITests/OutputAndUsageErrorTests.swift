import Foundation
import Testing

/// Outputs that cannot be written, a busy port, usage mistakes and help text.
@Suite struct OutputAndUsageErrorTests {
    let folder: URL
    let scenario = DNIProcess.root.appendingPathComponent("hostile/scenarios/passes.yaml").path

    init() throws { folder = try DNIProcess.temporaryFolder() }

    @Test func reportPathsThatCannotBeWrittenAreRefusedBeforeAnythingRunsAndAFolderIsNeverReplaced() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let kept = folder.appendingPathComponent("out/keep.txt")
        try FileManager.default.createDirectory(at: kept.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "keep".write(to: kept, atomically: true, encoding: .utf8)
        let intoFolder = try DNIProcess.run(["test", scenario, "--report", "out"], in: folder)
        InputErrorTests.expect(intoFolder, status: 1, naming: ["HTML report out given to --report", "is a folder"])
        #expect(!intoFolder.stdout.contains("passed"), "nothing ran: \(intoFolder)")
        #expect(try String(contentsOf: kept, encoding: .utf8) == "keep")
        let noFolder = try DNIProcess.run(["test", scenario, "--junit", "missing/j.xml"], in: folder)
        InputErrorTests.expect(noFolder, status: 1, naming: ["missing/j.xml given to --junit", "does not exist",
                                                             "in a folder that exists"])
        let underFile = try DNIProcess.run(["test", scenario, "--report", "out/keep.txt/r.html"], in: folder)
        InputErrorTests.expect(underFile, status: 1, naming: ["--report", "keep.txt is not a folder"])
        let generate = try DNIProcess.run(["generate", "--library", "-o", "out/keep.txt"], in: folder)
        InputErrorTests.expect(generate, status: 1, naming: ["keep.txt exists and is not a folder", "pass -o a folder"])
    }

    @Test func aBusyPortIsNamedWithTheFix() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (socket, port) = try Self.listeningSocket()
        defer { close(socket) }
        let account = DNIProcess.root.appendingPathComponent("examples/account.yaml").path
        let serve = try DNIProcess.run(["serve", "--account", account, "--port", String(port)], in: folder, seconds: 30)
        InputErrorTests.expect(serve, status: 1, naming: ["port \(port) on 127.0.0.1 is already in use",
                                                          "stop the other server or pass --port"])
        #expect(!serve.stderr.contains("bind("), "\(serve)")
    }

    @Test func generateWithBothOrNeitherSaysWhichCommandToRun() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [["generate", "--library", "CONFIG", "-o", "out"], ["generate", "-o", "out"]] {
            let run = try DNIProcess.run(arguments, in: folder)
            InputErrorTests.expect(run, status: 64, naming: ["dni generate CONFIG -o DIR", "dni generate --library -o DIR",
                                                             "Usage: dni generate"])
        }
    }

    @Test func helpNamesEachDefaultOnce() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in ["run", "serve", "generate", "test", "detect", "bench"] {
            let help = try DNIProcess.run([command, "--help"], in: folder)
            #expect(help.status == 0, "\(help)")
            for entry in Self.entries(help.stdout) {
                let count = entry.lowercased().components(separatedBy: "default").count - 1
                #expect(count <= 1, "dni \(command) --help: \(entry)")
            }
        }
        let run = try DNIProcess.run(["run", "--help"], in: folder)
        #expect(run.stdout.components(separatedBy: "examples/account.yaml").count == 2, "\(run.stdout)")
    }

    /// The help's argument and option entries, each with its wrapped lines joined.
    static func entries(_ help: String) -> [String] {
        var entries: [String] = []
        for line in help.split(separator: "\n") {
            if line.hasPrefix("  -") || line.hasPrefix("  <") { entries.append(String(line)) }
            else if line.hasPrefix("      "), !entries.isEmpty { entries[entries.count - 1] += " " + line.trimmingCharacters(in: .whitespaces) }
        }
        return entries
    }

    /// A socket listening on a free loopback port, and the port.
    static func listeningSocket() throws -> (Int32, Int) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(fd >= 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(fd, address, length) == 0 && listen(fd, 1) == 0 && getsockname(fd, address, &length) == 0
            }
        }
        try #require(bound, "cannot listen on a loopback port")
        return (fd, Int(UInt16(bigEndian: address.sin_port)))
    }
}
