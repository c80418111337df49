import Foundation

/// Runs the real client's source detection in the harness, for `dni detect`.
public struct DetectionProbe {
    /// A referrer rule as `iovox.setReferrers` takes it.
    public struct ReferrerRule: Sendable, Codable {
        public var domain: String
        public var medium: String
        public init(domain: String, medium: String) {
            self.domain = domain
            self.medium = medium
        }
    }

    /// What the client decided and why.
    public struct Answer: Sendable, Encodable {
        public var medium: String?
        public var campaign: String?
        public var rule: String?
        public var passed: [String]
        /// The whole rule table, in the order the client checks it.
        public var rules: [[String]]
    }

    let tracer: VisitTracer

    public init(builds: BuildCache) { tracer = VisitTracer(builds: builds) }

    /// Detects for a visitor on `url` coming from `referrer`, with optional custom rules and a Cookie string.
    public func detect(url: String, referrer: String, referrers: [ReferrerRule], cookie: String?) throws -> Answer {
        let rules = String(decoding: try JSONEncoder().encode(referrers), as: UTF8.self)
        let script = """
            iovox.init({ access_key: 'detect', action_key: 'detect' });
            if (\(rules).length) iovox.setReferrers(\(rules));
            """
        let cookies = (cookie ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.map { $0 + "; Path=/" }
        return try tracer.probe(url: url, referrer: referrer, script: script, cookies: cookies,
                                account: Self.emptyAccount())
    }

    /// Detection makes no API request; an account with nothing in it proves that.
    static func emptyAccount() -> AccountSource {
        .inline(yaml: "keys: {access_key: detect, action_key: detect}\nitems: []\npools: []\n", file: "(detect)")
    }
}

extension VisitTracer {
    /// Loads a blank page with the library and `script`, then asks the client to explain its detection.
    func probe(url: String, referrer: String, script: String, cookies: [String], account: AccountSource) throws
        -> DetectionProbe.Answer
    {
        let scenario = Scenario(file: "(detect)", name: "dni detect", build: .library(script: script), account: account,
                                pages: [ScenarioRunner.pageKey(url): "<!DOCTYPE html><html><body></body></html>"],
                                visitor: Visitor(url: url, referrer: referrer, cookies: cookies), steps: [])
        let setup = try ScenarioSetup(scenario, builds: builds)
        let network = ScenarioNetwork(service: .init(account: setup.account, now: { 0 }), pages: setup.pages,
                                      script: setup.script, hostedURL: nil)
        let browser = HarnessBrowser(network: network, visitor: scenario.visitor)
        try browser.prepare(visitor: scenario.visitor)
        try browser.visit(url: url, referrer: referrer)
        let errors = browser.consoleLines().filter { $0.level == "error" }
        if let error = errors.first { throw RunError("the client reported: \(error.text)") }
        let detection = try detect(in: browser)
        let rulesJSON = try browser.evaluateJSON("iovox._rules ? iovox._rules() : []")
        let table = (try? JSONSerialization.jsonObject(with: Data(rulesJSON.utf8))) as? [Any] ?? []
        let rules = table.map { row -> [String] in
            if let list = row as? [Any] { return list.map { "\($0)" } }
            if let dict = row as? [String: Any] {
                let first = ["rule", "medium", "matches"].filter { dict[$0] != nil }
                return (first + dict.keys.sorted().filter { !first.contains($0) }).map { "\(dict[$0]!)" }
            }
            return ["\(row)"]
        }
        return DetectionProbe.Answer(medium: detection?.medium, campaign: detection?.campaign, rule: detection?.rule,
                                     passed: detection?.passed ?? [], rules: rules)
    }
}
