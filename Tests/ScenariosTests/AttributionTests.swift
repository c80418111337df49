import Foundation
import Testing
@testable import Scenarios

/// GA4's side of `dni detect`: source and medium from a visit, the channel rules, and the comparison.
@Suite struct AttributionTests {
    static let categories = try! SourceCategories.bundled()

    func session(_ url: String, _ referrer: String = "") -> GA4Session {
        GA4Session(url: url, referrer: referrer, categories: Self.categories)
    }

    func channel(_ url: String, _ referrer: String = "") -> GA4Channel {
        GA4Channel(session(url, referrer), categories: Self.categories)
    }

    @Test func theBundledListIsGA4s() {
        #expect(Self.categories.entries.count > 800)
        #expect(Self.categories.category(of: "l.facebook.com") == .social)
        #expect(Self.categories.category(of: "Google") == .search)
        #expect(Self.categories.category(of: "youtube.com") == .video)
        #expect(Self.categories.category(of: "shop.example") == nil)
    }

    @Test func aBadCategoryLineIsNamed() {
        #expect {
            _ = try SourceCategories(csv: "source,source_category\ngoogle,SOURCE_CATEGORY_SEARCH\nbing,SEARCH\n", file: "x.csv")
        } throws: { "\($0)".contains("x.csv:3:") && "\($0)".contains("bing,SEARCH") }
    }

    @Test func sessionsAsGA4RecordsThem() {
        #expect(session("https://shop.example/?utm_source=news&utm_medium=Email&utm_campaign=Autumn", "https://www.google.com/")
            == GA4Session(source: "news", medium: "email", campaign: "autumn"))
        #expect(session("https://shop.example/?gbraid=x") == GA4Session(source: "google", medium: "cpc"))
        #expect(session("https://shop.example/?dclid=x") == GA4Session(source: "dbm", medium: "cpm"))
        #expect(session("https://shop.example/", "https://www.google.co.uk/") == GA4Session(source: "google", medium: "organic"))
        #expect(session("https://shop.example/", "https://uk.search.yahoo.com/")
            == GA4Session(source: "uk.search.yahoo.com", medium: "organic"))
        #expect(session("https://shop.example/", "https://mail.google.com/") == GA4Session(source: "mail.google.com", medium: "referral"))
        #expect(session("https://shop.example/", "https://www.shop.example/cart") == GA4Session(source: "(direct)", medium: "(none)"))
        #expect(session("https://shop.example/") == GA4Session(source: "(direct)", medium: "(none)"))
        #expect(session("https://shop.example/?utm_medium=cpc") == GA4Session(source: "(not set)", medium: "cpc"))
    }

    @Test func channelRulesInGA4sOrder() {
        #expect(channel("https://s.example/") == .direct)
        #expect(channel("https://s.example/?gclid=x") == .paidSearch)
        #expect(channel("https://s.example/?utm_source=facebook.com&utm_medium=paid_social") == .paidSocial)
        #expect(channel("https://s.example/?utm_source=x&utm_medium=cpc&utm_campaign=cross-network-pmax") == .crossNetwork)
        #expect(channel("https://s.example/?utm_source=x&utm_medium=cpc&utm_campaign=summer_shop") == .paidShopping)
        #expect(channel("https://s.example/?utm_source=x&utm_medium=cpc&utm_campaign=workshop") == .paidOther)
        #expect(channel("https://s.example/?dclid=x") == .display)
        #expect(channel("https://s.example/", "https://www.amazon.co.uk/") == .organicShopping)
        #expect(channel("https://s.example/", "https://t.co/") == .organicSocial)
        #expect(channel("https://s.example/", "https://m.youtube.com/") == .organicVideo)
        #expect(channel("https://s.example/", "https://duckduckgo.com/") == .organicSearch)
        #expect(channel("https://s.example/", "https://partner.example/") == .referral)
        #expect(channel("https://s.example/?utm_source=newsletter&utm_medium=e-mail") == .email)
        #expect(channel("https://s.example/?utm_source=a&utm_medium=affiliate") == .affiliates)
        #expect(channel("https://s.example/?utm_source=sms") == .sms)
        #expect(channel("https://s.example/?utm_source=app&utm_medium=web_push") == .mobilePush)
        #expect(channel("https://s.example/?utm_source=print&utm_medium=leaflet") == .unassigned)
    }

    @Test func theComparisonExplainsADisagreement() {
        let unknown = ChannelComparison(medium: "referral", rule: "other_referrer", channel: .organicSearch,
                                        session: GA4Session(source: "ecosia.org", medium: "organic"),
                                        referrerHost: "ecosia.org")
        #expect(unknown.verdict == .disagree && unknown.suggestedMedium == "organic")
        #expect(unknown.note?.contains("no rule for ecosia.org") == true)
        #expect(unknown.note?.contains("{domain: ecosia.org, medium: organic}") == true)
        let click = ChannelComparison(medium: "paid", rule: "click_id", channel: .organicSocial,
                                      session: GA4Session(source: "tiktok.com", medium: "referral"),
                                      referrerHost: "tiktok.com", clickIds: ["ttclid"])
        #expect(click.verdict == .disagree && click.suggestedMedium == nil && click.note?.contains("utm_medium=cpc") == true)
        let same = ChannelComparison(medium: "social", rule: "youtube", channel: .organicVideo,
                                     session: GA4Session(source: "youtube.com", medium: "referral"), referrerHost: "youtube.com")
        #expect(same.verdict == .agree && same.note == nil)
        let own = ChannelComparison(medium: "print", rule: "utm_medium", channel: .unassigned,
                                    session: GA4Session(source: "(not set)", medium: "print"), referrerHost: "")
        #expect(own.verdict == .notCompared)
    }

    @Test func referrerListsInlineOrFromAFile() throws {
        #expect(try ReferrerList.parse(#"[{"domain": "reddit.com", "medium": "social"}]"#)
            == [.init(domain: "reddit.com", medium: "social")])
        #expect(try ReferrerList.parse("[{domain: reddit.com, medium: social}, {group: ai, medium: ai}]")
            == [.init(domain: "reddit.com", medium: "social"), .init(group: "ai", medium: "ai")])
        let path = NSTemporaryDirectory() + "dni-referrers-\(getpid()).yaml"
        try "- {domain: t.co, medium: paid}\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try ReferrerList.parse(path) == [.init(domain: "t.co", medium: "paid")])
    }

    @Test(arguments: [
        ("no-such-file.yaml", "neither a list nor a file"),
        ("[{domain: reddit.com}]", "--referrers[0]: needs a medium"),
        ("[{group: bots, medium: ai}]", "group must be one of email, search, social, ads, ai"),
        ("[{domain: a.example, group: ai, medium: x}]", "not both"),
        ("[{domian: a.example, medium: x}]", "unknown key 'domian'"),
        ("{domain: a.example, medium: x}", "expected a list"),
        ("[{domain: [oops, medium: x}]", "not valid YAML or JSON"),
    ])
    func badReferrerListsSayWhatIsWrong(argument: String, message: String) {
        #expect { _ = try ReferrerList.parse(argument) } throws: { "\($0)".contains(message) }
    }

    @Test func agreementWithGA4sSearchAndSocialHosts() throws {
        let detector = try ClientDetector(build: .library(referrers: []), builds: BatchDetectionTests.builds)
        let agreement = try GA4Agreement.measure(detector: detector, categories: Self.categories)
        #expect(agreement.search.hosts > 90 && agreement.social.hosts > 350)
        // Floors set from the measurement when the groups were built (72.5 % and 16.8 %: GA4's social list is
        // long on sites with little traffic today); a change that loses hosts fails here.
        #expect(agreement.search.percent >= 72, "\(agreement.search.missed)")
        #expect(agreement.social.percent >= 16, "\(agreement.social.missed)")
        for host in ["uk.search.yahoo.com", "yandex.ru", "m.baidu.com", "ecosia.org", "l.facebook.com", "t.co",
                     "lnkd.in", "l.instagram.com", "old.reddit.com", "pinterest.co.uk", "whatsapp.com"] {
            #expect(agreement.search.missed[host] == nil && agreement.social.missed[host] == nil, "\(host)")
        }
    }
}
