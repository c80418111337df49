import Foundation
import MockAPI

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
    /// Scripted API misbehaviour from the start.
    public var faults: [FaultSpec] = []
    /// Page HTML by URL; `{{snippet}}` marks where the customer's tag goes (else before `</body>`).
    public var pages: [String: String] = [:]
    /// Status and headers of the pages that give them, by the same URLs.
    public var pageHeads: [String: PageHead] = [:]
    /// Latency of the network's answers.
    public var network = NetworkSpec()
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

/// One scripted fault: the mock API's misbehaviour, or a network error before any answer.
public struct FaultSpec: Sendable {
    /// What the API does wrong, in the mock API's own terms.
    public var fault: Fault
    /// A network error (connection refused) instead of any answer: the network's doing, not the API's.
    public var networkError: Bool

    public var path: String? { fault.path }
    public var times: Int? { fault.times }
    public var hang: Bool { fault.hang }
    public var delayMs: Double { fault.delayMs }
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
