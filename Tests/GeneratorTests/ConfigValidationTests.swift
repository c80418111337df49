import Testing
@testable import Generator

@Suite("Config validation")
struct ConfigValidationTests {
    /// The single issue for `yaml`, which must be at `line` and name `path`.
    func onlyIssue(_ yaml: String, line: Int, path: String) -> ConfigIssue? {
        let issues = Fixture.issues(yaml)
        #expect(issues.count == 1, "\(issues)")
        guard let issue = issues.first else { return nil }
        #expect(issue.file == "bad.yaml")
        #expect(issue.line == line, "\(issue)")
        #expect(issue.path == path, "\(issue)")
        #expect(issue.description.hasPrefix("bad.yaml:\(line):"))
        #expect(issue.description.contains(path))
        return issue
    }

    @Test func unknownKeySuggestsTheNearest() {
        let issue = onlyIssue(Fixture.yaml("contry_code: \"44\""), line: 4, path: "contry_code")
        #expect(issue?.message == "unknown key 'contry_code'; did you mean 'country_code'?")
        #expect(issue?.column == 1)
    }

    @Test func unknownNestedKey() {
        let issues = Fixture.issues(Fixture.yaml("on_load:\n  per_source:\n    filter: {medium: detect}"))
        #expect(issues.map(\.path) == ["on_load.per_source.filter", "on_load.per_source.filters"])
        #expect(issues.first?.line == 6)
        #expect(issues.first?.message.contains("did you mean 'filters'?") == true)
        #expect(issues.last?.message.contains("missing required field 'filters'") == true)
    }

    @Test func wrongTypes() {
        #expect(onlyIssue(Fixture.yaml("debug: \"yes\""), line: 4, path: "debug")?.message.contains("expected true or false") == true)
        #expect(onlyIssue(Fixture.yaml("timeout_ms: fast"), line: 4, path: "timeout_ms")?.message.contains("whole number") == true)
        #expect(onlyIssue(Fixture.yaml("selectors: \".phone\""), line: 4, path: "selectors")?.message.contains("expected a list") == true)
        let medium = onlyIssue(Fixture.yaml("on_load:\n  per_source:\n    filters:\n      medium: yes"),
                               line: 7, path: "on_load.per_source.filters.medium")
        #expect(medium?.message.contains("quote it") == true)
        #expect(medium?.column == 15)
        #expect(onlyIssue(Fixture.yaml("timeout_ms: 999999"), line: 4, path: "timeout_ms")?.message.contains("between") == true)
    }

    @Test(arguments: ["\"0\"", "\"1234\"", "\"+44\"", "\"999\"", "\"28\""])
    func badCountryCode(value: String) {
        #expect(onlyIssue(Fixture.yaml("country_code: \(value)"), line: 4, path: "country_code") != nil)
    }

    @Test func badSelectorNamesItsIndex() {
        let issue = onlyIssue(Fixture.yaml("selectors:\n  - \".phone\"\n  - \"a[href\""), line: 6, path: "selectors[1]")
        #expect(issue?.message.contains("does not parse") == true)
        #expect(issue?.message.contains("unbalanced '['") == true)
    }

    @Test func referrerWithoutDomain() {
        let issue = onlyIssue(Fixture.yaml("referrers:\n  - {medium: social}"), line: 5, path: "referrers[0].domain")
        #expect(issue?.message.contains("needs a domain") == true)
    }

    @Test func referrerGroupMustBeBuiltIn() {
        let issue = onlyIssue(Fixture.yaml("referrers:\n  - {group: chatbots, medium: ai}"), line: 5, path: "referrers[0].group")
        #expect(issue?.message.contains("unknown group \"chatbots\"") == true)
        #expect(issue?.message.contains("email, search, social, ads, ai") == true)
    }

    @Test func referrerWithDomainAndGroup() {
        let issue = onlyIssue(Fixture.yaml("referrers:\n  - {domain: chatgpt.com, group: ai, medium: ai}"), line: 5,
                              path: "referrers[0].group")
        #expect(issue?.message.contains("not both") == true)
    }

    @Test(arguments: ["https://reddit.com", "reddit", "-bad-.com", "a..com", "exa mple.com", "1.2.3.4"])
    func referrerWithInvalidDomain(domain: String) {
        _ = onlyIssue(Fixture.yaml("referrers:\n  - {domain: \"\(domain)\", medium: social}"), line: 5, path: "referrers[0].domain")
    }

    @Test(arguments: ["http://api.example.com", "ftp://api.example.com", "not a url", "https://api.example.com/#x"])
    func badAPIURL(url: String) {
        _ = onlyIssue(Fixture.yaml("api_url: \"\(url)\""), line: 4, path: "api_url")
    }

    @Test func emptyKeysAndMissingFields() {
        let issues = Fixture.issues("customer: acme\naccess_key: \"\"\n")
        // Sorted by position: the missing key is reported at the top mapping (line 1).
        #expect(issues.map(\.path) == ["action_key", "access_key"])
        #expect(issues.map(\.line) == [1, 2])
        #expect(issues[0].message.contains("missing required field 'action_key'"))
        #expect(issues[1].message == "must not be empty")
    }

    @Test func badCustomerName() {
        _ = onlyIssue("customer: \"Acme Corp */\"\naccess_key: a\naction_key: b", line: 1, path: "customer")
    }

    @Test func siteDataAndFilters() {
        let typo = onlyIssue(Fixture.yaml("on_load:\n  per_session:\n    filters: {pool_id: p}\n    site_data: [utm_sorce]"),
                             line: 7, path: "on_load.per_session.site_data[0]")
        #expect(typo?.message.contains("did you mean 'utm_source'?") == true)
        // A missing field is reported where its mapping starts.
        _ = onlyIssue(Fixture.yaml("on_load:\n  per_session:\n    site_data: [gclid]"), line: 6, path: "on_load.per_session.filters")
        _ = onlyIssue(Fixture.yaml("on_load:\n  per_source:\n    filters: {}"), line: 6, path: "on_load.per_source.filters")
    }

    @Test func fallbackHostingAndAttribute() {
        _ = onlyIssue(Fixture.yaml("fallback_number: \"+44 20 7946\""), line: 4, path: "fallback_number")
        _ = onlyIssue(Fixture.yaml("hosting: {url: \"http://cdn.example.com/dni.js\"}"), line: 4, path: "hosting.url")
        _ = onlyIssue(Fixture.yaml("ignore_attribute: \"data x\""), line: 4, path: "ignore_attribute")
    }

    @Test func consentChoices() throws {
        let bad = onlyIssue(Fixture.yaml("consent: gdpr"), line: 4, path: "consent")
        #expect(bad?.message.contains("none, manual, google_consent_mode, tcf") == true)
        _ = onlyIssue(Fixture.yaml("session_without_consent: later"), line: 4, path: "session_without_consent")
        let config = try Fixture.config(Fixture.yaml("consent: google_consent_mode\nsession_without_consent: page"))
        #expect(config.consent == .googleConsentMode && config.sessionWithoutConsent == .page)
    }

    @Test func targetNumbersMustLookLikePhoneNumbers() throws {
        let bad = onlyIssue(Fixture.yaml("numbers: [\"020 7946 0001\", \"call 0800\"]"), line: 4, path: "numbers[1]")
        #expect(bad?.message.contains("as printed on the site") == true)
        _ = onlyIssue(Fixture.yaml("numbers: [\"12345\"]"), line: 4, path: "numbers[0]")
        _ = onlyIssue(Fixture.yaml("numbers: \"020 7946 0001\""), line: 4, path: "numbers")
        let config = try Fixture.config(Fixture.yaml("numbers: [\"020 7946 0001\", \"+33 1 23 45 67 89\"]"))
        #expect(config.targetNumbers == ["020 7946 0001", "+33 1 23 45 67 89"])
    }

    @Test func reportsEveryProblemAtOnce() {
        let issues = Fixture.issues("""
            customer: acme
            access_key: k
            action_key: a
            country_code: "4444"
            debgu: true
            selectors: ["a >"]
            referrers: [{medium: social}]
            """)
        #expect(issues.count == 4)
        #expect(Set(issues.map(\.path)) == ["debgu", "country_code", "selectors[0]", "referrers[0].domain"])
        #expect(issues.map(\.line) == [4, 5, 6, 7])
    }

    @Test func yamlSyntaxErrorHasALine() {
        let issues = Fixture.issues("customer: acme\naccess_key: [unclosed\naction_key: a\n")
        #expect(issues.count == 1)
        #expect(issues.first?.message.hasPrefix("YAML syntax") == true)
        #expect((issues.first?.line ?? 0) >= 2)
    }

    @Test func duplicateKeysAreRefused() {
        let issues = Fixture.issues(Fixture.yaml("debug: true\ndebug: false"))
        #expect(issues.count == 1)
        #expect(issues.first?.message.contains("duplicate") == true)
    }
}
