/// Windows and tabs of the session.
extension WebDriverClient {
    /// The kind of top-level browsing context to open.
    public enum WindowKind: String, Sendable { case tab, window }

    /// The handle of the current window.
    public func windowHandle() throws -> String {
        try sessionCommand("GET", "/window").stringValue ?? ""
    }

    /// Handles of all open windows.
    public func windowHandles() throws -> [String] {
        (try sessionCommand("GET", "/window/handles").arrayValue ?? []).compactMap(\.stringValue)
    }

    /// Opens a new tab or window (on `about:blank`) and returns its handle; the current window doesn't change.
    public func newWindow(_ kind: WindowKind = .tab) throws -> String {
        let value = try sessionCommand("POST", "/window/new", ["type": .string(kind.rawValue)])
        guard let handle = value["handle"]?.stringValue else {
            throw WebDriverError(code: "bad response", message: "no handle in \(value.jsonText)",
                                 command: "POST /window/new")
        }
        return handle
    }

    /// Makes `handle` the window later commands go to.
    public func switchToWindow(_ handle: String) throws {
        try sessionCommand("POST", "/window", ["handle": .string(handle)])
    }

    /// Closes the current window and returns the handles left; closing the last one ends the session.
    @discardableResult
    public func closeWindow() throws -> [String] {
        (try sessionCommand("DELETE", "/window").arrayValue ?? []).compactMap(\.stringValue)
    }
}
