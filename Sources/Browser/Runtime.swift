import Foundation

/// The JavaScript files that make a context into a browser page (DOM, URL, window, timers, network).
///
/// They live in `Runtime/` and are evaluated in file-name order in every page before its own scripts.
public enum Runtime {
    /// One runtime file.
    public struct File: Sendable {
        public var name: String
        public var source: String
    }

    /// The runtime files, read once per process.
    public static let files: [File] = {
        guard let folder = Bundle.module.url(forResource: "Runtime", withExtension: nil) else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".js") }.sorted().compactMap { name in
            guard let source = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else {
                return nil
            }
            return File(name: "runtime/" + name, source: source)
        }
    }()

    /// Total size of the runtime in bytes.
    public static var byteCount: Int { files.reduce(0) { $0 + $1.source.utf8.count } }
}
