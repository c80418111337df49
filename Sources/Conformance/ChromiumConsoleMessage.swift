/// A line a page wrote to its console, or an uncaught error, as the recorder in the page saw it.
///
/// Texts are built the way the harness builds them: arguments joined by spaces, objects as
/// JSON, uncaught errors as `Uncaught Name: message`.
public struct ChromiumConsoleMessage: Sendable, Equatable, CustomStringConvertible {
    /// `log`, `info`, `warn`, `error` or `debug`.
    public var level: String
    public var text: String
    /// Real epoch milliseconds.
    public var time: Double
    /// The page's URL when it was written.
    public var pageURL: String

    public init(level: String, text: String, time: Double, pageURL: String) {
        self.level = level
        self.text = text
        self.time = time
        self.pageURL = pageURL
    }

    init?(json: WebDriverJSON) {
        guard let level = json["level"]?.stringValue, let text = json["text"]?.stringValue else { return nil }
        self.init(level: level, text: text, time: json["time"]?.numberValue ?? 0,
                  pageURL: json["url"]?.stringValue ?? "")
    }

    public var description: String { "[\(level)] \(text)" }
}
