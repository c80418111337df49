/// A failure talking to WebDriver: an error the driver answered, or a transport problem.
///
/// Driver errors carry the W3C error code (`"no such element"`, `"javascript error"`, ...)
/// and the driver's message, so a failing step says what the browser said.
public struct WebDriverError: Error, Sendable, CustomStringConvertible {
    /// The W3C error code, or a local one (`"transport"`, `"bad response"`, `"timeout"`).
    public var code: String
    /// The message as the driver or the transport gave it.
    public var message: String
    /// The HTTP status of the driver's answer; 0 when there was none.
    public var httpStatus: Int
    /// The command that failed, e.g. `POST /session/{id}/url`.
    public var command: String

    public init(code: String, message: String, httpStatus: Int = 0, command: String = "") {
        self.code = code
        self.message = message
        self.httpStatus = httpStatus
        self.command = command
    }

    public var description: String {
        let firstLine = message.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? message
        let prefix = command.isEmpty ? "" : "\(command): "
        return "\(prefix)\(code): \(firstLine)"
    }
}
