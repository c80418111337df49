import Foundation

/// The reason a Foundation or POSIX file error gives, in plain words ("does not exist", "permission denied"),
/// without its domain and code; for messages that name the file themselves.
public enum FileErrorReason {
    /// The plain reason of `error`.
    public static func text(_ error: Error) -> String {
        let error = error as NSError
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return posix(Int32(underlying.code))
        }
        if error.domain == NSPOSIXErrorDomain { return posix(Int32(error.code)) }
        guard error.domain == NSCocoaErrorDomain else { return String(describing: error) }
        switch CocoaError.Code(rawValue: error.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file or folder"
        case .fileReadNoPermission, .fileWriteNoPermission: return "permission denied"
        case .fileReadInapplicableStringEncoding, .fileReadUnknownStringEncoding, .fileReadCorruptFile:
            return "is not UTF-8 text"
        case .fileWriteOutOfSpace: return "the disk is full"
        case .fileWriteVolumeReadOnly: return "the file system is read-only"
        case .fileWriteFileExists: return "already exists"
        default: return "cannot be read or written (Foundation code \(error.code))"
        }
    }

    /// `strerror(code)` in lower case: "permission denied".
    public static func posix(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// The reason `path` cannot be read as a file, checked on disk, or `nil` when nothing is wrong there.
    public static func reading(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return unreachable(errno) }
        if info.st_mode & S_IFMT == S_IFDIR { return "is a folder, not a file" }
        if access(path, R_OK) != 0 { return "is not readable (\(posix(errno)))" }
        return nil
    }

    /// The reason `path` cannot be read as a folder, or `nil` when it can.
    public static func readingFolder(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return unreachable(errno) }
        if info.st_mode & S_IFMT != S_IFDIR { return "is a file, not a folder" }
        if access(path, R_OK | X_OK) != 0 { return "is not readable (\(posix(errno)))" }
        return nil
    }

    /// The reason a file cannot be written at `path`, or `nil` when its folder exists and takes files.
    public static func writing(_ path: String) -> String? {
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return "is a folder, not a file" }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard stat(folder, &info) == 0 else { return "cannot be created: its folder \(folder) \(unreachable(errno))" }
        if info.st_mode & S_IFMT != S_IFDIR { return "cannot be created: \(folder) is not a folder" }
        if access(folder, W_OK) != 0 { return "cannot be created in \(folder) (\(posix(errno)))" }
        return nil
    }

    /// Why `stat` failed with `code`: "does not exist", or the system's reason.
    private static func unreachable(_ code: Int32) -> String {
        code == ENOENT || code == ENOTDIR ? "does not exist" : "cannot be opened (\(posix(code)))"
    }
}
