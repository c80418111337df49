import Foundation

/// One output of a build, by its path relative to the output folder.
public struct GeneratedFile: Sendable, Equatable {
    /// Relative path such as `dni.js` or `wordpress/dni-acme/dni-acme.php`.
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }

    public var data: Data { Data(contents.utf8) }
}

/// Everything one `dni generate` run produces.
public struct Build: Sendable {
    /// The outputs, `dni.js` first.
    public var files: [GeneratedFile]
    /// Names of the client modules included, in order.
    public var modules: [String]
    /// The on-load script (stripped like the rest), or `nil` for the library build.
    public var onLoad: String?

    /// The contents of output `path`, if the build has it.
    public subscript(path: String) -> String? {
        files.first { $0.path == path }?.contents
    }

    /// The `dni.js` output.
    public var script: String { self["dni.js"] ?? "" }

    /// Inline code above this many bytes is worth a warning: every page view carries it, uncached.
    public static let inlineWarningBytes = 64 * 1024

    /// Problems that do not stop the build, such as a very large inline snippet.
    public var warnings: [String] {
        guard let snippet = self["snippet.html"], snippet.utf8.count > Self.inlineWarningBytes else { return [] }
        return ["snippet.html is \(snippet.utf8.count / 1024) KB of inline script (more than \(Self.inlineWarningBytes / 1024) KB): "
                + "every page view downloads it again; shorten the config's lists or use `hosting` so browsers cache dni.js"]
    }
}
