import Foundation

/// Finds scenario files: every `.yaml` below the given paths, except config, account and page folders.
public enum ScenarioDiscovery {
    /// Folder names whose YAML files are not scenarios.
    public static let supportFolders: Set<String> = ["configs", "accounts", "pages"]

    /// Scenario file paths, sorted, from files and folders.
    public static func files(in paths: [String]) throws -> [String] {
        var found: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw RunError("no such file or folder: \(path)")
            }
            if !isDirectory.boolValue {
                found.append(path)
                continue
            }
            guard let walker = manager.enumerator(atPath: path) else { continue }
            while let relative = walker.nextObject() as? String {
                let parts = relative.split(separator: "/").map(String.init)
                if parts.dropLast().contains(where: supportFolders.contains) { continue }
                if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") {
                    found.append((path as NSString).appendingPathComponent(relative))
                }
            }
        }
        return Array(Set(found)).sorted()
    }

    /// The `index`-th of `count` shards (1-based), by position in the sorted list.
    public static func shard(_ files: [String], index: Int, count: Int) -> [String] {
        files.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }
}
