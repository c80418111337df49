import Engine
import Foundation

/// The JavaScript files that make a context into a browser page (DOM, URL, window, timers, network).
///
/// They live in `Runtime/`, in folders named after the standards they implement, and are evaluated in
/// every page before its own scripts in the order that `Runtime/manifest.json` lists them.
public enum Runtime {
    /// One runtime file.
    public struct File: Sendable {
        public var name: String
        public var source: String
        /// The file parsed once per context group, for every page after the first.
        public var script: PreparedScript

        init(name: String, source: String) {
            self.name = name
            self.source = source
            script = PreparedScript(source, file: name)
        }
    }

    /// The manifest's shape: file paths relative to `Runtime/`, in load order.
    struct Manifest: Decodable {
        var files: [String]
    }

    /// The runtime files, read once per process.
    ///
    /// A manifest entry without its file (or a bundle without the manifest) is a packaging fault, so it
    /// stops the process with the missing path rather than running pages on half a runtime.
    public static let files: [File] = {
        guard let folder = Bundle.module.url(forResource: "Runtime", withExtension: nil) else {
            fatalError("runtime: the Runtime folder is missing from the Browser bundle")
        }
        let manifestURL = folder.appendingPathComponent("manifest.json")
        guard let data = try? Data(contentsOf: manifestURL),
              let manifest = try? JSONDecoder().decode(Manifest.self, from: data) else {
            fatalError("runtime: \(manifestURL.path) is missing or is not {\"files\": [paths]}")
        }
        return manifest.files.map { path in
            let url = folder.appendingPathComponent(path)
            guard let source = try? String(contentsOf: url, encoding: .utf8) else {
                fatalError("runtime: manifest.json lists \(path), but \(url.path) cannot be read")
            }
            return File(name: "runtime/" + path, source: source)
        }
    }()

    /// Total size of the runtime in bytes.
    public static var byteCount: Int { files.reduce(0) { $0 + $1.source.utf8.count } }
}
