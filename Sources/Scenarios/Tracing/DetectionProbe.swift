import Foundation

/// Runs the real client's source detection in the harness, for `dni detect`.
public struct DetectionProbe {
    /// A referrer rule as `iovox.setReferrers` takes it: `{domain, medium}`, or `{group, medium}` for a built-in group.
    public struct ReferrerRule: Sendable, Codable, Equatable {
        public var domain: String?
        public var group: String?
        public var medium: String
        public init(domain: String? = nil, group: String? = nil, medium: String) {
            self.domain = domain
            self.group = group
            self.medium = medium
        }
    }

    /// What the client decided and why.
    public struct Answer: Sendable, Encodable {
        public var medium: String?
        public var campaign: String?
        public var rule: String?
        public var passed: [String]
        /// The whole rule table, in the order the client checks it: rule, medium, matches and group.
        public var rules: [[String]]
    }

    let tracer: VisitTracer

    public init(builds: BuildCache) { tracer = VisitTracer(builds: builds) }

    /// Detects for a visitor on `url` coming from `referrer`, with the given build and a Cookie string.
    public func detect(url: String, referrer: String, build: DetectionBuild, cookie: String?) throws -> Answer {
        let cookies = (cookie ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.map { $0 + "; Path=/" }
        let scenario = try build.scenario(url: url, referrer: referrer, cookies: cookies, builds: tracer.builds)
        return try tracer.probe(scenario)
    }
}

extension VisitTracer {
    /// Loads the detection scenario's page, then asks the client to explain its detection.
    func probe(_ scenario: Scenario) throws -> DetectionProbe.Answer {
        let browser = try Self.load(scenario, builds: builds)
        let detection = try PageSnapshot.Source.explained(by: browser)
        let rules = try Self.ruleTable(in: browser)
        return DetectionProbe.Answer(medium: detection?.medium, campaign: detection?.campaign, rule: detection?.rule,
                                     passed: detection?.passed ?? [], rules: rules)
    }

    /// A harness browser showing the scenario's one page; a console error from the client is an error.
    static func load(_ scenario: Scenario, builds: BuildCache) throws -> HarnessBrowser {
        let browser = try HarnessSession(scenario, builds: builds).browser
        try browser.prepare(visitor: scenario.visitor)
        try browser.visit(url: scenario.visitor.url, referrer: scenario.visitor.referrer)
        if let error = browser.consoleLines().first(where: { $0.level == "error" }) {
            throw RunError("the client reported: \(error.text)")
        }
        return browser
    }

    /// The client's rule table (`iovox._rules()`), each row as rule, medium, matches and group.
    static func ruleTable(in browser: HarnessBrowser) throws -> [[String]] {
        let json = try browser.evaluateJSON("iovox._rules ? iovox._rules() : []")
        let table = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [[String: Any]] ?? []
        return table.map { row in ["rule", "medium", "matches", "group"].map { row[$0].map { "\($0)" } ?? "" } }
    }
}
