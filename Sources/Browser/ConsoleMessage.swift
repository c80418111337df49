/// A line a page wrote to its console, or an uncaught error.
public struct ConsoleMessage: Sendable, CustomStringConvertible {
    public enum Level: String, Sendable { case log, info, warn, error, debug }

    public var level: Level
    public var text: String
    /// Virtual epoch milliseconds.
    public var time: Double
    /// The page's URL when it was written.
    public var pageURL: String

    public var description: String { "[\(level.rawValue)] \(text)" }
}
