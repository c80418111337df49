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
}
