/// A browser a scenario can drive: the harness (embedded JavaScriptCore) or real Chromium.
///
/// The runner speaks only this protocol, so one scenario means the same thing in both.
public protocol ScenarioBrowser: AnyObject {
    /// Puts the visitor's starting cookies and storage in place before the first visit.
    func prepare(visitor: Visitor) throws
    func visit(url: String, referrer: String) throws
    func follow(selector: String) throws
    func pushState(url: String) throws
    func advance(milliseconds: Double) throws
    func closeBrowser() throws
    func newVisitor() throws
    func insert(selector: String, html: String) throws
    func setHidden(_ hidden: Bool) throws
    /// Evaluates an expression in the current page and returns its value as JSON text.
    func evaluateJSON(_ expression: String) throws -> String
    /// The current page, cookies and storage, with the elements the selectors match.
    func snapshot(selectors: [String]) throws -> PageSnapshot
    /// Console lines and uncaught errors of every page so far.
    func consoleLines() -> [ConsoleLine]
}

/// A console line or an uncaught error, as either browser reports it.
public struct ConsoleLine: Sendable, Equatable, Codable {
    public var level: String
    public var text: String

    public init(level: String, text: String) {
        self.level = level
        self.text = text
    }
}
