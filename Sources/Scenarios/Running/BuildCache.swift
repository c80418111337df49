import Foundation
import Generator

/// Generated builds, made once per config and shared by every scenario that uses them.
///
/// Scenarios always run the generator's output: what is tested is what ships.
public final class BuildCache: @unchecked Sendable {
    private let generator: Generator
    private var builds: [String: Build] = [:]
    private var configs: [String: CustomerConfig] = [:]
    private let lock = NSLock()

    public init(sources: GeneratorSources = .locate()) throws {
        generator = try Generator(sources: sources)
    }

    /// The library build (every module, nothing run on load).
    public func library() throws -> Build {
        try cached("library") { try generator.library() }
    }

    /// The customer build of the config at `path`.
    public func customer(configPath path: String) throws -> (Build, CustomerConfig) {
        let build = try cached(path) {
            let config = try CustomerConfig.load(path: path)
            lock.withLock { configs[path] = config }
            return try generator.customer(config)
        }
        return (build, lock.withLock { configs[path]! })
    }

    private func cached(_ key: String, _ make: () throws -> Build) throws -> Build {
        if let build = lock.withLock({ builds[key] }) { return build }
        let build = try make()
        lock.withLock { builds[key] = build }
        return build
    }
}
