import Foundation
import Testing

/// Mistakes in what `dni` is given: each message names the input and the fix, with no Foundation dump,
/// no JavaScript stack and no top-level usage, and the exit code says usage (64) or input (1).
@Suite struct InputErrorTests {
    let folder: URL
    let account = DNIProcess.root.appendingPathComponent("examples/account.yaml").path

    init() throws {
        folder = try DNIProcess.temporaryFolder()
        try "<html><body>Call 020 7946 0001</body></html>".write(to: folder.appendingPathComponent("page.html"),
                                                                  atomically: true, encoding: .utf8)
    }

    /// Checks the exit code, that stderr names every one of `parts`, and that nothing leaks.
    static func expect(_ outcome: DNIProcess.Outcome, status: Int32, naming parts: [String],
                       sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(outcome.status == status, "\(outcome)", sourceLocation: sourceLocation)
        #expect(outcome.stderr.hasPrefix("error: "), "\(outcome)", sourceLocation: sourceLocation)
        for part in parts {
            #expect(outcome.stderr.contains(part), "no '\(part)' in: \(outcome)", sourceLocation: sourceLocation)
        }
        for leak in DNIProcess.leaks {
            #expect(!outcome.stderr.contains(leak), "'\(leak)' in: \(outcome)", sourceLocation: sourceLocation)
        }
    }

    @Test func aURLThatIsNotAbsoluteIsAUsageErrorNamingTheOption() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try DNIProcess.run(["run", "page.html", "--url", "notaurl", "--account", account], in: folder)
        Self.expect(run, status: 64, naming: ["--url notaurl", "not an absolute http(s) URL", "give the full address",
                                              "Usage: dni run"])
        #expect(!run.stderr.contains("ReferenceError"), "\(run)")
        let referrer = try DNIProcess.run(["run", "page.html", "--url", "https://a.example/", "--referrer", "notaurl",
                                           "--account", account], in: folder)
        Self.expect(referrer, status: 64, naming: ["--referrer notaurl", "not an absolute http(s) URL",
                                                   "leave --referrer out"])
        let detect = try DNIProcess.run(["detect", "--url", "https://a.example:99999/"], in: folder)
        Self.expect(detect, status: 64, naming: ["--url https://a.example:99999/", "Usage: dni detect"])
    }

    @Test func aMissingDefaultAccountSaysWhereItWasLookedForAndWhatToPass() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try DNIProcess.run(["run", "page.html", "--url", "https://a.example/"], in: folder)
        Self.expect(run, status: 1, naming: ["default account file examples/account.yaml", "current folder",
                                             folder.lastPathComponent, "does not exist", "--account FILE"])
        #expect(!run.stderr.contains("Usage:"), "\(run)")
        let serve = try DNIProcess.run(["serve", "--account", "nothere.yaml", "--port", "0"], in: folder, seconds: 20)
        Self.expect(serve, status: 1, naming: ["account file nothere.yaml given to --account", "does not exist",
                                               "docs/mock-api.md"])
    }

    @Test func aPageFileThatCannotBeReadIsAnInputErrorWithoutUsage() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try DNIProcess.run(["run", "x.html", "--url", "https://a.example/", "--account", account], in: folder)
        Self.expect(missing, status: 1, naming: ["page file x.html", "does not exist", "give the path of"])
        #expect(!missing.stderr.contains("Usage:"), "\(missing)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("pages"), withIntermediateDirectories: true)
        let isFolder = try DNIProcess.run(["run", "pages", "--url", "https://a.example/", "--account", account], in: folder)
        Self.expect(isFolder, status: 1, naming: ["page file pages", "is a folder"])
    }

    @Test func aMalformedAccountKeepsItsLineNumber() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try "keys: [\n".write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let run = try DNIProcess.run(["run", "page.html", "--url", "https://a.example/", "--account", "bad.yaml"],
                                     in: folder)
        Self.expect(run, status: 1, naming: ["bad.yaml:2", "docs/mock-api.md"])
    }

    @Test func compareOutsideTheRepositoryNamesTheKnownDifferencesFileAndTheOption() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = DNIProcess.root.appendingPathComponent("hostile/scenarios/passes.yaml").path
        let run = try DNIProcess.run(["test", "--compare", scenario], in: folder)
        Self.expect(run, status: 1, naming: ["known-differences file docs/known-differences.yaml", folder.lastPathComponent,
                                             "--known-differences FILE", "run dni from the repository"])
        let given = try DNIProcess.run(["test", "--compare", scenario, "--known-differences", "nothere.yaml"], in: folder)
        Self.expect(given, status: 1, naming: ["nothere.yaml given to --known-differences", "does not exist"])
    }
}
