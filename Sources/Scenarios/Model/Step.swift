/// One thing the visitor (or the world) does, in order.
public enum Step: Sendable {
    /// Load a URL (the visitor's by default) with a referrer, then let the page settle.
    case visit(url: String?, referrer: String?)
    /// Click through the link matched by a selector: navigate to its href with this page as referrer.
    case follow(selector: String)
    /// `history.pushState` to a URL, as a single-page app does on a route change.
    case pushState(url: String)
    /// Let virtual time pass (real waits in Chromium where short).
    case advance(milliseconds: Double)
    /// Close the browser: session cookies and session storage end; persistent cookies stay.
    case closeBrowser
    /// A different visitor: a fresh browser with nothing stored.
    case newVisitor
    /// Add HTML to the end of an element, as a popup or a lazy widget does.
    case insert(selector: String, html: String)
    /// Hide or show the page (tab switched away and back).
    case visibility(hidden: Bool)
    /// Run JavaScript in the page.
    case eval(String)
    /// Check expectations at this point.
    case expect(Expectation)
    /// Reconfigure the API mid-scenario: add faults.
    case faults([FaultSpec])

    /// A short human label, as `dni run` and failures show it.
    public var label: String {
        switch self {
        case .visit(let url, let referrer):
            return "visit \(url ?? "(visitor url)")" + (referrer.map { " from \($0.isEmpty ? "(no referrer)" : $0)" } ?? "")
        case .follow(let selector): return "follow \(selector)"
        case .pushState(let url): return "pushState \(url)"
        case .advance(let ms): return "advance \(Int(ms)) ms"
        case .closeBrowser: return "close browser"
        case .newVisitor: return "new visitor"
        case .insert(let selector, _): return "insert into \(selector)"
        case .visibility(let hidden): return hidden ? "hide page" : "show page"
        case .eval: return "eval"
        case .expect: return "expect"
        case .faults: return "faults"
        }
    }
}
