import Foundation

/// A W3C WebDriver client for one session with a local driver such as `chromedriver`.
///
///     let client = WebDriverClient(baseURL: driver.url)
///     try client.newSession(capabilities: options.capabilities(userDataDir: profile))
///     try client.navigate(to: "http://127.0.0.1:8080/")
///     let title = try client.executeScript("return document.title")
///     try client.deleteSession()
///
/// Calls block until the driver answers. A driver error becomes a `WebDriverError`
/// carrying its W3C code and message.
public final class WebDriverClient {
    /// Where the driver listens, e.g. `http://127.0.0.1:9515`.
    public let baseURL: URL
    /// The current session, once `newSession` succeeded.
    public private(set) var sessionID: String?
    /// The capabilities the driver granted to the current session.
    public private(set) var sessionCapabilities: WebDriverJSON = .null
    /// How long one command may take before the transport gives up.
    public var commandTimeout: TimeInterval = 120

    let http = BlockingHTTP()

    public init(baseURL: URL) {
        self.baseURL = baseURL
    }

    /// The driver's `/status`: `value.ready` is true when it accepts new sessions.
    public func status() throws -> WebDriverJSON {
        try command("GET", "/status")
    }

    /// Starts a session with the given `alwaysMatch` capabilities and returns its id.
    @discardableResult
    public func newSession(capabilities: WebDriverJSON) throws -> String {
        let value = try command("POST", "/session", ["capabilities": ["alwaysMatch": capabilities]])
        guard let id = value["sessionId"]?.stringValue else {
            throw WebDriverError(code: "bad response", message: "no sessionId in \(value.jsonText)",
                                 command: "POST /session")
        }
        sessionID = id
        sessionCapabilities = value["capabilities"] ?? .null
        return id
    }

    /// Ends the session; the driver closes the browser. Does nothing without a session.
    public func deleteSession() throws {
        guard let id = sessionID else { return }
        sessionID = nil
        sessionCapabilities = .null
        try command("DELETE", "/session/\(id)")
    }

    /// Sends a command for the current session: `path` is relative to `/session/{id}`.
    @discardableResult
    public func sessionCommand(_ method: String, _ path: String, _ body: WebDriverJSON? = nil) throws
        -> WebDriverJSON
    {
        guard let id = sessionID else {
            throw WebDriverError(code: "invalid session id", message: "no session is open",
                                 command: "\(method) /session/{id}\(path)")
        }
        return try command(method, "/session/\(id)\(path)", body)
    }

    /// Sends any command and returns the answer's `value`; POST without a body sends `{}` as the spec wants.
    @discardableResult
    public func command(_ method: String, _ path: String, _ body: WebDriverJSON? = nil) throws -> WebDriverJSON {
        let label = "\(method) \(path)"
        guard let url = URL(string: baseURL.absoluteString + path) else {
            throw WebDriverError(code: "transport", message: "bad command path \(path)", command: label)
        }
        var payload = body
        if payload == nil && method == "POST" { payload = .object([:]) }
        let data = try payload.map { try JSONEncoder().encode($0) }
        let answer: BlockingHTTP.Answer
        do {
            answer = try http.send(method: method, url: url, body: data, timeout: commandTimeout)
        } catch let error as WebDriverError {
            throw error
        } catch {
            throw WebDriverError(code: "transport", message: "\(error.localizedDescription) (\(url))",
                                 command: label)
        }
        guard let json = try? WebDriverJSON.parse(answer.body) else {
            let text = String(decoding: answer.body.prefix(300), as: UTF8.self)
            throw WebDriverError(code: "bad response", message: "not JSON: \(text)",
                                 httpStatus: answer.status, command: label)
        }
        let value = json["value"] ?? .null
        if answer.status >= 400 || value["error"]?.stringValue != nil {
            throw WebDriverError(code: value["error"]?.stringValue ?? "unknown error",
                                 message: value["message"]?.stringValue ?? json.jsonText,
                                 httpStatus: answer.status, command: label)
        }
        return value
    }
}
