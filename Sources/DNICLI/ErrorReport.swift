import ArgumentParser
import Conformance
import Foundation
import Generator
import MockAPI
import MockServer
import Scenarios

/// The one place that decides how an error from a command reaches the user: `error: <what> — <fix>` on
/// standard error, and the exit code.
///
/// Errors from parsing and `validate()` keep ArgumentParser's text, which adds the subcommand's own usage
/// (exit code 64). Errors from `run()` are turned into a ``UserError`` and printed without usage lines.
enum ErrorReport {
    /// Prints what `error`, thrown by `command`'s `run()`, means to the user and exits.
    static func exit(_ error: Error, from command: ParsableCommand.Type) -> Never {
        switch error {
        case let code as ExitCode:
            Foundation.exit(code.rawValue)
        case is CleanExit:
            DNI.exit(withError: error)
        case let validation as ValidationError:
            let name = ObjectIdentifier(command) == ObjectIdentifier(DNI.self) ? "dni" : "dni \(command._commandName)"
            write("error: \(validation.message)\n" + DNI.usageString(for: command)
                  + "\n  See '\(name) --help' for more information.")
            Foundation.exit(UserError.usage)
        default:
            let user = userError(for: error)
            write("error: \(user)")
            Foundation.exit(user.exitCode)
        }
    }

    /// What `error` means to the user: what went wrong, naming the input, and the fix.
    static func userError(for error: Error) -> UserError {
        switch error {
        case let error as UserError:
            return error
        case let error as ListenError:
            return listening(error)
        case let error as KnownDifferences.FileError:
            return UserError(error.description, fix: "fix the file; its format is described at the top of "
                             + "docs/known-differences.yaml")
        case let error as AccountError:
            return UserError(error.description, fix: "see docs/mock-api.md for the account file's format")
        case let error as GeneratorError:
            switch error {
            case .missingSource:
                return UserError(error.description, fix: "run dni from the repository, or pass --project FOLDER "
                                 + "(the folder that holds snippet/ and templates/)")
            case .writeFailed:
                return UserError(error.description, fix: "pass -o a folder you can write to (it is created when missing)")
            default:
                return UserError(error.description)
            }
        default:
            let foundation = error as NSError
            guard [NSCocoaErrorDomain, NSPOSIXErrorDomain].contains(foundation.domain) else {
                return UserError(String(describing: error))
            }
            // A file error no command turned into its own message: still the path and the reason, no domain.
            let path = foundation.userInfo[NSFilePathErrorKey] as? String
                ?? (foundation.userInfo[NSURLErrorKey] as? URL)?.path
            return UserError((path.map { "\($0): " } ?? "") + FileErrorReason.text(error))
        }
    }

    /// A port that cannot be listened on, with what to do about it.
    static func listening(_ error: ListenError) -> UserError {
        switch error.reason {
        case .portInUse:
            return UserError(error.description, fix: "stop the other server or pass --port with a free port (0 picks one)")
        case .permissionDenied:
            return UserError(error.description, fix: "ports below 1024 need root; pass --port 1024 or above")
        case .notLocalAddress, .unknownHost:
            return UserError(error.description, fix: "pass --host 127.0.0.1, or an address of this machine")
        }
    }

    /// Writes `text` and a line break to standard error.
    static func write(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
