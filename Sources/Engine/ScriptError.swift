/// An exception thrown by JavaScript, with where it happened.
///
/// ```swift
/// do { try context.evaluate("null.x", file: "page.js") }
/// catch let error as ScriptError { print(error) }   // TypeError: null is not an object ... (page.js:1:5)
/// ```
public struct ScriptError: Error, CustomStringConvertible, Sendable {
    /// The error's `name`, such as `TypeError`, or `Error` when the thrown value had none.
    public var name: String
    /// The error's `message`, or the thrown value as a string.
    public var message: String
    /// The script's file name as given to `evaluate`, when known.
    public var file: String?
    /// One-based line of the throwing expression, when known.
    public var line: Int?
    /// One-based column of the throwing expression, when known.
    public var column: Int?
    /// The JavaScript stack, one frame a line, when known.
    public var stack: String?

    public init(name: String = "Error", message: String, file: String? = nil, line: Int? = nil,
                column: Int? = nil, stack: String? = nil) {
        self.name = name
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.stack = stack
    }

    /// `file:line:column`, or as much of it as is known.
    public var location: String? {
        guard let file else { return nil }
        var text = file
        if let line { text += ":\(line)" }
        if let column { text += ":\(column)" }
        return text
    }

    public var description: String {
        var text = "\(name): \(message)"
        if let location { text += " (\(location))" }
        if let stack, !stack.isEmpty { text += "\n" + stack }
        return text
    }
}
