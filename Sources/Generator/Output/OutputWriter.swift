import Foundation

/// Writes a build's files so that the output folder holds either the whole new set or the old one untouched.
///
/// The new set is written to a hidden folder beside the destination (same file system), together with
/// copies of files already in the destination that the build does not produce. Only when every file is
/// written is the destination moved aside and the new folder renamed into its place; if that rename fails,
/// the old folder is moved back. So a folder that cannot be written, a full disk or a name clash leaves
/// the previous outputs exactly as they were, and the error names the file and the reason.
///
/// ```swift
/// try OutputWriter.write(build.files, to: URL(fileURLWithPath: "out/example"))
/// ```
public enum OutputWriter {
    /// Writes `files` as the contents of `directory` (created when needed); returns warnings that do not
    /// affect the outputs, such as an old copy that could not be deleted.
    @discardableResult
    public static func write(_ files: [GeneratedFile], to directory: URL) throws -> [String] {
        try write(files, to: directory, beforeSwap: {})
    }

    /// `write`, with a hook run after staging and before the swap (tests use it to fail the swap).
    static func write(_ files: [GeneratedFile], to directory: URL, beforeSwap: () throws -> Void) throws -> [String] {
        let manager = FileManager.default
        let target = directory.standardizedFileURL.resolvingSymlinksInPath()
        let parent = target.deletingLastPathComponent()
        let token = UUID().uuidString.prefix(8)
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).dni-new-\(token)")
        let aside = parent.appendingPathComponent(".\(target.lastPathComponent).dni-old-\(token)")
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: target.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw GeneratorError.writeFailed("\(target.path) exists and is not a folder; nothing was changed")
        }
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw GeneratorError.writeFailed("cannot create \(parent.path): \(reason(error))")
        }
        do {
            try stage(files, in: staging, from: target)
            try beforeSwap()
            try swap(staging, into: target, aside: aside)
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
        var warnings: [String] = []
        if manager.fileExists(atPath: aside.path) {
            do { try manager.removeItem(at: aside) } catch {
                warnings.append("the previous outputs are kept in \(aside.path): cannot delete them: \(reason(error))")
            }
        }
        return warnings
    }

    /// Writes every file into `staging`, then copies what `target` holds that the build does not replace.
    private static func stage(_ files: [GeneratedFile], in staging: URL, from target: URL) throws {
        let manager = FileManager.default
        do { try manager.createDirectory(at: staging, withIntermediateDirectories: false) } catch {
            throw GeneratorError.writeFailed("cannot create \(staging.path): \(reason(error))")
        }
        for file in files {
            let url = staging.appendingPathComponent(file.path)
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url)
            } catch {
                throw GeneratorError.writeFailed("\(file.path): \(reason(error)); nothing was changed")
            }
        }
        try carryOver(from: target, to: staging, relative: "", built: Set(files.map(\.path)))
    }

    /// Copies entries of `source` that are not among `built` into `destination`, recursing into folders
    /// the build also writes into.
    private static func carryOver(from source: URL, to destination: URL, relative: String, built: Set<String>) throws {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: source.path) else { return }
        for name in entries {
            let path = relative.isEmpty ? name : relative + "/" + name
            if built.contains(path) { continue }
            let from = source.appendingPathComponent(name), to = destination.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: to.path, isDirectory: &isFolder) {
                if isFolder.boolValue { try carryOver(from: from, to: to, relative: path, built: built) }
                continue
            }
            do { try manager.copyItem(at: from, to: to) } catch {
                throw GeneratorError.writeFailed("cannot keep \(path) from the previous outputs: \(reason(error)); "
                                                 + "nothing was changed")
            }
        }
    }

    /// Puts `staging` in place of `target`: the old folder is renamed aside first and moved back on failure.
    private static func swap(_ staging: URL, into target: URL, aside: URL) throws {
        let exists = FileManager.default.fileExists(atPath: target.path)
        if exists, rename(target.path, aside.path) != 0 {
            throw GeneratorError.writeFailed("cannot move the previous \(target.path) aside: \(errnoText()); "
                                             + "nothing was changed")
        }
        if rename(staging.path, target.path) != 0 {
            let why = errnoText()
            if exists { _ = rename(aside.path, target.path) }
            throw GeneratorError.writeFailed("cannot move the new outputs into \(target.path): \(why); nothing was changed")
        }
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }

    private static func reason(_ error: Error) -> String { FileErrorReason.text(error) }
}
