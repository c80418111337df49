import Foundation

/// One scenario: a build of dni.js, pages, a visitor, the API's behaviour, steps and what must be true.
///
/// Scenario files are YAML; `docs/scenarios.md` describes the format with examples.
public struct Scenario: Sendable {
    /// The file it came from.
    public var file: String
    public var name: String
    public var tags: [String] = []
    public var build: BuildSpec
    /// The account the mock API serves (a file path relative to the scenario, or inline YAML text).
    public var account: AccountSource
    /// Scripted API misbehaviour, in the MockAPI's fault format, kept as YAML text per fault.
    public var faults: [FaultSpec] = []
    /// Page HTML by URL; `{{snippet}}` marks where the customer's tag goes (else before `</body>`).
    public var pages: [String: String] = [:]
    public var visitor: Visitor
    public var steps: [Step]
    /// Why the scenario cannot run in a real browser, when it cannot.
    public var chromiumSkip: String?
}

/// What is under test: a customer build from a config, or the library plus a page script.
public enum BuildSpec: Sendable {
    /// Path of a customer config (absolute, resolved from the scenario's folder).
    case config(String)
    /// The library, with this inline script run after it.
    case library(script: String)
}

/// Where the mock API's account comes from.
public enum AccountSource: Sendable {
    case file(String)
    case inline(yaml: String, file: String)
}

/// One fault of the mock API: its YAML text and where it was written.
public struct FaultSpec: Sendable {
    public var path: String?
    public var times: Int?
    public var status: Int?
    public var body: String?
    public var hang: Bool
    public var malformed: Bool
    public var delayMs: Double
    /// Network error (connection refused) instead of an HTTP answer.
    public var networkError: Bool
}

/// Who visits, from where, with what already in their browser.
public struct Visitor: Sendable {
    public var url: String
    public var referrer: String = ""
    public var cookies: [String] = []
    public var sessionStorage: [String: String] = [:]
    public var localStorage: [String: String] = [:]
    public var userAgent: String?
    public var storageThrows = false
    public var cookiesEnabled = true
    /// Virtual epoch milliseconds at the start.
    public var clock: Double?
    public var seed: UInt64?
}
