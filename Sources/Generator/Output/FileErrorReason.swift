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
        guard stat(path, &info) == 0 else {
            return errno == ENOENT || errno == ENOTDIR ? "does not exist" : "cannot be opened (\(posix(errno)))"
        }
        if info.st_mode & S_IFMT == S_IFDIR { return "is a folder, not a file" }
        if access(path, R_OK) != 0 { return "is not readable (\(posix(errno)))" }
        return nil
    }
}
