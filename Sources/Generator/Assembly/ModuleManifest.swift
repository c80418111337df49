import Foundation

/// A part of the client that a build may include.
public enum Feature: String, Sendable, CaseIterable, Codable {
    /// `tools` is the tooling's entry points: the library has them, no customer config asks for them.
    case always, detect, replace, allocate, heartbeat, observe, debug, consent, tools
}

/// `snippet/modules.json`: the client's source files in assembly order.
public struct ModuleManifest: Sendable, Codable, Equatable {
    /// One source file of the client.
    public struct Module: Sendable, Codable, Equatable {
        public var name: String
        public var file: String
        public var features: [Feature]
        public var doc: String?
    }

    public var modules: [Module]

    /// Reads the manifest in `directory` (normally `snippet/`).
    public static func load(from directory: URL) throws -> ModuleManifest {
        let url = directory.appendingPathComponent("modules.json")
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw GeneratorError.missingSource("cannot read \(url.path): \(error.localizedDescription)")
        }
        do {
            let manifest = try JSONDecoder().decode(ModuleManifest.self, from: data)
            guard !manifest.modules.isEmpty else { throw GeneratorError.badManifest("\(url.path) lists no modules") }
            return manifest
        } catch let error as DecodingError {
            throw GeneratorError.badManifest("\(url.path): \(error)")
        }
    }

    /// The modules to include for `features`, in manifest order.
    ///
    /// A module is included when any of its features is wanted; `always` is always wanted.
    public func modules(for features: Set<Feature>) -> [Module] {
        let wanted = features.union([.always])
        return modules.filter { !wanted.isDisjoint(with: $0.features) }
    }
}
