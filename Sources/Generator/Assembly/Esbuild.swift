import Foundation

/// Minifies JavaScript with esbuild (Debian's `esbuild` package), the maintained minifier the builds use.
///
/// esbuild renames every local name (the client's modules share one function scope, so all of them), folds
/// constants and drops what tokens do not need; it keeps the `/*! ... */` banner, ES2015 syntax and an ASCII-only
/// output (so escaped configured values stay escaped):
///
/// ```swift
/// let small = try Esbuild.minify(JSStripper.strip(source))
/// ```
public enum Esbuild {
    /// The arguments every build is minified with; `renaming` off keeps the names (code read in a page's source).
    public static func arguments(renaming: Bool) -> [String] {
        (renaming ? ["--minify"] : ["--minify-whitespace", "--minify-syntax"])
            + ["--target=es2015", "--charset=ascii", "--log-level=error"]
    }

    /// The esbuild executable: `$DNI_ESBUILD`, else the first `esbuild` on `PATH`.
    public static var executable: URL? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["DNI_ESBUILD"], !path.isEmpty { return URL(fileURLWithPath: path) }
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { URL(fileURLWithPath: String($0)).appendingPathComponent("esbuild") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// The minified form of `source`.
    public static func minify(_ source: String, renaming: Bool = true) throws -> String {
        guard let executable else {
            throw GeneratorError.missingSource(
                "esbuild, the minifier (install it with scripts/setup.sh or apt-get install esbuild; --no-minify builds without it)")
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments(renaming: renaming)
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw GeneratorError.missingSource("esbuild at \(executable.path) does not run: \(error.localizedDescription)")
        }
        // Written from another thread, so a large output cannot block esbuild while we are still writing.
        let writer = Thread {
            input.fileHandleForWriting.write(Data(source.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let minified = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw GeneratorError.unsafeScript(
                "esbuild could not minify the build: " + String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return String(decoding: minified, as: UTF8.self)
    }
}
