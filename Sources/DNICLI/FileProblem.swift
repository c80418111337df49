import Foundation
import Generator

/// Why a path cannot be read or written, in plain words ("does not exist", "is a folder, not a file"),
/// found on disk or taken from a Foundation error without its domain and code.
enum FileProblem {
    /// Why `path` cannot be read as a file, or `nil` when it can.
    static func reading(_ path: String) -> String? { FileErrorReason.reading(path) }

    /// Why `path` cannot be read as a folder, or `nil` when it can.
    static func readingFolder(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return missing(errno) }
        if info.st_mode & S_IFMT != S_IFDIR { return "is a file, not a folder" }
        if access(path, R_OK | X_OK) != 0 { return "is not readable (\(plain(errno)))" }
        return nil
    }

    /// Why a file cannot be written at `path`, or `nil` when its folder exists and takes files.
    static func writing(_ path: String) -> String? {
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return "is a folder, not a file" }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard stat(folder, &info) == 0 else { return "cannot be created: its folder \(folder) \(missing(errno))" }
        if info.st_mode & S_IFMT != S_IFDIR { return "cannot be created: \(folder) is not a folder" }
        if access(folder, W_OK) != 0 { return "cannot be created in \(folder) (\(plain(errno)))" }
        return nil
    }

    /// The reason a Foundation or POSIX error gives, in plain words.
    static func reason(_ error: Error) -> String { FileErrorReason.text(error) }

    /// `strerror` in lower case: "permission denied".
    static func plain(_ code: Int32) -> String { FileErrorReason.posix(code) }

    private static func missing(_ code: Int32) -> String {
        code == ENOENT || code == ENOTDIR ? "does not exist" : "cannot be opened (\(plain(code)))"
    }
}
