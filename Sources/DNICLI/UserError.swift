import ArgumentParser

/// An error the user can act on: what went wrong, naming the input, and what to do about it.
///
/// Every command throws these for its inputs and outputs; ``ErrorReport`` prints them as one line:
///
///     error: --url notaurl is not an absolute http(s) URL — give the page's address, like https://shop.example/
///
/// Exit codes: 64 (``usage``) when the command line itself cannot work (a malformed value, options that do
/// not go together), 1 (``failed``) when an input cannot be read or used, an output cannot be written, or a
/// port cannot be listened on.
struct UserError: Error, CustomStringConvertible {
    /// What went wrong, naming the file, option, URL or port.
    var what: String
    /// What to do about it; empty when `what` already says it.
    var fix: String
    /// The process's exit code.
    var exitCode: Int32

    /// The command line cannot work as given (`EX_USAGE`).
    static let usage: Int32 = 64
    /// An input, an output or the network failed.
    static let failed: Int32 = 1

    init(_ what: String, fix: String = "", exitCode: Int32 = UserError.failed) {
        self.what = what
        self.fix = fix
        self.exitCode = exitCode
    }

    /// `what — fix`, the text after `error: `.
    var description: String { fix.isEmpty ? what : "\(what) — \(fix)" }

    /// The same text as a validation error, for `validate()`: ArgumentParser then adds the subcommand's usage.
    var validation: ValidationError { ValidationError(description) }
}
