import Foundation

/// Where the generator reads the client sources (`snippet/`) and the templates (`templates/`).
public struct GeneratorSources: Sendable {
    public var snippetDirectory: URL
    public var templatesDirectory: URL

    public init(snippetDirectory: URL, templatesDirectory: URL) {
        self.snippetDirectory = snippetDirectory
        self.templatesDirectory = templatesDirectory
    }

    /// The `snippet/` and `templates/` folders of the project at `root`.
    public init(projectRoot root: URL) {
        self.init(
            snippetDirectory: root.appendingPathComponent("snippet"),
            templatesDirectory: root.appendingPathComponent("templates"))
    }

    /// The project found from `directory` upwards (a folder holding `templates/dni.js.mustache`),
    /// else the project this module was built from.
    public static func locate(from directory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) -> GeneratorSources {
        var candidate = directory.standardizedFileURL
        while true {
            let marker = candidate.appendingPathComponent("templates/dni.js.mustache")
            if FileManager.default.fileExists(atPath: marker.path) { return GeneratorSources(projectRoot: candidate) }
            let parent = candidate.deletingLastPathComponent()
            if parent.path == candidate.path { break }
            candidate = parent
        }
        return GeneratorSources(projectRoot: buildProjectRoot)
    }

    /// The project root this file was compiled in (`Sources/Generator/Assembly/` is three levels down).
    public static let buildProjectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
