import Foundation
import Generator

/// A file named on the command line, or an option's default: checked and read with errors that name it,
/// the option it came from and the fix.
///
///     let html = try InputFile(page, role: "page file", fix: "give the path of the page's HTML file").text()
///
/// A relative path is looked up from the current folder; messages say which folder that was.
struct InputFile {
    var path: String
    /// What the file is, for messages: "account file".
    var role: String
    /// The option that named it, `--account`; `nil` for an argument.
    var option: String?
    /// Whether `path` is the option's default rather than something the user typed.
    var isDefault = false
    /// What to do when the file cannot be read.
    var fix: String

    init(_ path: String, role: String, option: String? = nil, isDefault: Bool = false, fix: String) {
        self.path = path
        self.role = role
        self.option = option
        self.isDefault = isDefault
        self.fix = fix
    }

    /// Throws a ``UserError`` when the path does not exist, is a folder or is not readable.
    func check() throws {
        if let problem = FileErrorReason.reading(path) { throw failure(problem) }
    }

    /// Throws a ``UserError`` when the path does not exist or is not a folder.
    func checkFolder() throws {
        if let problem = FileErrorReason.readingFolder(path) { throw failure(problem) }
    }

    /// The whole file as UTF-8 text.
    func text() throws -> String {
        try check()
        do { return try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw failure(FileErrorReason.text(error))
        }
    }

    /// The path made absolute, as the libraries take it.
    var absolutePath: String { URL(fileURLWithPath: path).standardizedFileURL.path }

    /// "the default account file examples/account.yaml (looked up from the current folder, /tmp/x) does not exist".
    func failure(_ problem: String) -> UserError {
        let here = FileManager.default.currentDirectoryPath
        let relative = !path.hasPrefix("/")
        if isDefault {
            return UserError("the default \(role) \(path) (looked up from the current folder, \(here)) \(problem)",
                             fix: fix)
        }
        let given = option.map { " given to \($0)" } ?? ""
        let place = relative && problem == "does not exist" ? " in the current folder (\(here))" : ""
        return UserError("the \(role) \(path)\(given) \(problem)\(place)", fix: fix)
    }
}

extension InputFile {
    /// The account file used when `--account` is not given, relative to the current folder.
    static let defaultAccount = "examples/account.yaml"

    /// The mock API's account file given to `--account`, or the default one when `path` is `nil`.
    static func account(_ path: String?) -> InputFile {
        InputFile(path ?? defaultAccount, role: "account file", option: "--account", isDefault: path == nil,
                  fix: path == nil ? "pass --account FILE, or run dni from the repository"
                      : "give the path of an account file, like examples/account.yaml (format: docs/mock-api.md)")
    }
}
