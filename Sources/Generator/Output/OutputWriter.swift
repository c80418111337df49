import Foundation

/// Writes a build's files so that either all of them land in the output folder or none do.
///
/// Files go to a temporary folder inside the destination first and are renamed into place
/// only when every one was written.
public enum OutputWriter {
    /// Writes `files` under `directory`, creating it when needed.
    public static func write(_ files: [GeneratedFile], to directory: URL) throws {
        let manager = FileManager.default
        let staging = directory.appendingPathComponent(".dni-generate-\(UUID().uuidString)")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            defer { try? manager.removeItem(at: staging) }
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url)
            }
            for file in files {
                let destination = directory.appendingPathComponent(file.path)
                try manager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                // rename(2) replaces an existing file atomically.
                guard rename(staging.appendingPathComponent(file.path).path, destination.path) == 0 else {
                    throw GeneratorError.writeFailed("cannot move \(file.path) into \(directory.path): \(String(cString: strerror(errno)))")
                }
            }
        } catch let error as GeneratorError {
            throw error
        } catch {
            throw GeneratorError.writeFailed("\(directory.path): \(error.localizedDescription)")
        }
    }
}
