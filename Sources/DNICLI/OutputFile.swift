import Foundation
import Generator

/// A file a command writes, such as `--report` or `--junit`: checked before the work starts, then written
/// whole (to a temporary name beside it, renamed into place) and never over a folder.
///
///     let report = OutputFile(path, role: "HTML report", option: "--report")
///     try report.check()          // before running anything
///     try report.write(html)      // at the end
struct OutputFile {
    var path: String
    /// What the file is, for messages: "HTML report".
    var role: String
    /// The option that named it; `nil` for a file the command names itself.
    var option: String?

    init(_ path: String, role: String, option: String? = nil) {
        self.path = path
        self.role = role
        self.option = option
    }

    /// Throws a ``UserError`` when the path is a folder or its folder is missing or not writable.
    func check() throws {
        if let problem = FileErrorReason.writing(path) { throw failure(problem) }
    }

    /// Writes `text` as the whole file; the old file stays as it was if anything fails.
    func write(_ text: String) throws {
        try check()
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
        do { try Data(text.utf8).write(to: temporary) } catch {
            throw failure("cannot be written (\(FileErrorReason.text(error)))")
        }
        // rename(2) replaces a file in one step and refuses to replace a folder.
        guard rename(temporary.path, url.path) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw failure("cannot be written (\(FileErrorReason.posix(code)))")
        }
    }

    /// "the HTML report out/r.html given to --report cannot be created: its folder out does not exist".
    func failure(_ problem: String) -> UserError {
        let given = option.map { " given to \($0)" } ?? ""
        return UserError("the \(role) \(path)\(given) \(problem)",
                         fix: "give the path of a file (not a folder) in a folder that exists and that you can write to")
    }
}
