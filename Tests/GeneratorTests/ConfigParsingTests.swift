import Foundation
import Testing
@testable import Generator

@Suite("Config parsing")
struct ConfigParsingTests {
    @Test func readsEveryField() throws {
        let config = try Fixture.config("""
            customer: acme
            access_key: key-1
            action_key: action-1
            api_url: sandbox
            country_code: 33
            selectors: ["#header-phone", ".phone a"]
            referrers: [{domain: Reddit.com, medium: social}]
            persist_filters: false
            use_loading_class: true
            timeout_ms: 2500
            fallback_number: 442079460999
            paid_only: true
            heartbeat_seconds: 30
            debug: true
            observe: false
            ignore_attribute: data-no-dni
            on_load:
              per_source: {filters: {medium: detect, campaign: campaign, brand: "detect"}, defaults: {medium: website}}
              per_session:
                filters: {pool_id: my-pool}
                site_data: [utm_source, gclid, landing_page, referrer, {site: acme.example}]
                defaults: {pool_id: spare-pool}
            hosting: {url: "https://cdn.example.com/acme/dni.js"}
            """)
        #expect(config.customer == "acme")
        #expect(config.apiURL == APIURL.sandbox)
        #expect(config.countryCode == "33")
        #expect(config.selectors == ["#header-phone", ".phone a"])
        #expect(config.referrers == [ReferrerRule(domain: "reddit.com", medium: "social")])
        #expect(config.persistFilters == false)
        #expect(config.useLoadingClass == true)
        #expect(config.timeoutMs == 2500)
        #expect(config.fallbackNumber == "442079460999")
        #expect(config.paidOnly == true)
        #expect(config.heartbeatSeconds == 30)
        #expect(config.debug && !config.observe)
        #expect(config.ignoreAttribute == "data-no-dni")
        #expect(config.onLoad.perSource == PerSource(
            filters: [Filter("medium", .detect), Filter("campaign", .campaign), Filter("brand", .literal("detect"))],
            defaults: [Filter("medium", .literal("website"))]))
        #expect(config.onLoad.perSession == PerSession(
            filters: [Filter("pool_id", .literal("my-pool"))],
            siteData: [.query("utm_source"), .query("gclid"), .landingPage, .referrer, .custom(key: "site", value: "acme.example")],
            defaults: [Filter("pool_id", .literal("spare-pool"))]))
        #expect(config.hosting == Hosting(url: "https://cdn.example.com/acme/dni.js"))
    }

    @Test func appliesDefaults() throws {
        let config = try Fixture.config(Fixture.yaml())
        #expect(config.apiURL == APIURL.production)
        #expect(config.countryCode == nil && config.persistFilters == nil && config.timeoutMs == nil)
        #expect(config.observe && !config.debug)
        #expect(config.onLoad == OnLoad())
        #expect(config.hosting == nil)
    }

    @Test func acceptsLocalHTTPAndCustomHTTPS() throws {
        #expect(try Fixture.config(Fixture.yaml("api_url: http://127.0.0.1:8080/")).apiURL == "http://127.0.0.1:8080")
        #expect(try Fixture.config(Fixture.yaml("api_url: http://localhost:9000")).apiURL == "http://localhost:9000")
        #expect(try Fixture.config(Fixture.yaml("api_url: https://dni.example.com")).apiURL == "https://dni.example.com")
    }

    @Test(arguments: ["customer.yaml", "per-source.yaml", "per-session.yaml", "both.yaml"])
    func examplesAreValid(name: String) throws {
        let path = Fixture.projectRoot.appendingPathComponent("examples/\(name)").path
        let config = try CustomerConfig.load(path: path)
        #expect(config.apiURL == APIURL.sandbox)
        #expect(config.onLoad.perSource != nil || config.onLoad.perSession != nil)
    }

    @Test func featuresFollowTheConfig() throws {
        let perSource = try Fixture.config(Fixture.yaml("on_load: {per_source: {filters: {medium: detect}}}"))
        #expect(perSource.features == [.always, .detect, .replace, .observe])
        let literal = try Fixture.config(Fixture.yaml("observe: false\non_load: {per_source: {filters: {medium: paid}}}"))
        #expect(literal.features == [.always, .replace])
        let perSession = try Fixture.config(Fixture.yaml("debug: true\non_load: {per_session: {filters: {pool_id: p}}}"))
        #expect(perSession.features == [.always, .allocate, .heartbeat, .observe, .debug])
        let noHeartbeat = try Fixture.config(Fixture.yaml("heartbeat_seconds: 0\non_load: {per_session: {filters: {pool_id: p}}}"))
        #expect(!noHeartbeat.features.contains(.heartbeat))
        let referrers = try Fixture.config(Fixture.yaml("referrers: [{domain: t.co, medium: social}]"))
        #expect(referrers.features.contains(.detect))
        let paid = try Fixture.config(Fixture.yaml("paid_only: true"))
        #expect(paid.features.contains(.detect))
    }

    @Test func referrerGroupGetsAnotherMedium() throws {
        let config = try Fixture.config(Fixture.yaml("referrers: [{group: ai, medium: ai}, {domain: t.co, medium: paid}]"))
        #expect(config.referrers == [ReferrerRule(group: "ai", medium: "ai"), ReferrerRule(domain: "t.co", medium: "paid")])
        let script = OnLoadScript(config: config).source
        #expect(script.contains(#"iovox.setReferrers([{group: "ai", medium: "ai"}, {domain: "t.co", medium: "paid"}]);"#))
    }
}
