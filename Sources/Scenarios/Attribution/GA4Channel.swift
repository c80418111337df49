/// A channel of Google Analytics 4's default channel grouping, decided from a session's source, medium and campaign.
///
/// The rules are GA4's published ones, checked in GA4's order; the first that matches names the channel.
/// Matching ignores case. "Matches a list" means the source-category list (``SourceCategories``).
///
/// ```swift
/// GA4Channel(GA4Session(source: "google", medium: "organic"), categories: list)   // .organicSearch
/// ```
public enum GA4Channel: String, Sendable, CaseIterable, Codable {
    case direct = "Direct"
    case crossNetwork = "Cross-network"
    case paidShopping = "Paid Shopping"
    case paidSearch = "Paid Search"
    case paidSocial = "Paid Social"
    case paidVideo = "Paid Video"
    case display = "Display"
    case paidOther = "Paid Other"
    case organicShopping = "Organic Shopping"
    case organicSocial = "Organic Social"
    case organicVideo = "Organic Video"
    case organicSearch = "Organic Search"
    case referral = "Referral"
    case email = "Email"
    case affiliates = "Affiliates"
    case audio = "Audio"
    case sms = "SMS"
    case mobilePush = "Mobile Push Notifications"
    case unassigned = "Unassigned"

    /// The channel GA4 gives `session`.
    public init(_ session: GA4Session, categories: SourceCategories) {
        let source = session.source.lowercased(), medium = session.medium.lowercased()
        let campaign = session.campaign.lowercased()
        let category = categories.category(of: source)
        let paid = Self.isPaidMedium(medium)
        let shopping = category == .shopping || Self.isShoppingCampaign(campaign)
        let mail = ["email", "e-mail", "e_mail", "e mail"]
        let rules: [(Bool, GA4Channel)] = [
            (source == "(direct)" && ["(not set)", "(none)"].contains(medium), .direct),
            (campaign.contains("cross-network"), .crossNetwork),
            (shopping && paid, .paidShopping),
            (category == .search && paid, .paidSearch),
            (category == .social && paid, .paidSocial),
            (category == .video && paid, .paidVideo),
            (["display", "banner", "expandable", "interstitial", "cpm"].contains(medium), .display),
            (paid, .paidOther),
            (shopping, .organicShopping),
            (category == .social
                || ["social", "social-network", "social-media", "sm", "social network", "social media"].contains(medium),
             .organicSocial),
            (category == .video || medium.contains("video"), .organicVideo),
            (category == .search || medium == "organic", .organicSearch),
            (["referral", "app", "link"].contains(medium), .referral),
            (mail.contains(source) || mail.contains(medium), .email),
            (medium == "affiliate", .affiliates),
            (medium == "audio", .audio),
            (source == "sms" || medium == "sms", .sms),
            (medium.hasSuffix("push") || medium.contains("mobile") || medium.contains("notification")
                || source == "firebase", .mobilePush),
        ]
        self = rules.first(where: { $0.0 })?.1 ?? .unassigned
    }

    /// True for the channels of paid traffic.
    public var isPaid: Bool {
        [.crossNetwork, .paidShopping, .paidSearch, .paidSocial, .paidVideo, .display, .paidOther].contains(self)
    }

    /// GA4's paid medium, `^(.*cp.*|ppc|retargeting|paid.*)$`, without a regular expression (it runs per row).
    static func isPaidMedium(_ medium: String) -> Bool {
        medium.contains("cp") || medium == "ppc" || medium == "retargeting" || medium.hasPrefix("paid")
    }

    /// GA4's shopping campaign, `^(.*(([^a-df-z]|^)shop|shopping).*)$`: "shopping", or "shop" at the start or
    /// after a character that is not a lower-case letter other than `e`.
    static func isShoppingCampaign(_ campaign: String) -> Bool {
        if campaign.contains("shopping") { return true }
        let text = Array(campaign.utf8), shop = Array("shop".utf8)
        guard text.count >= 4 else { return false }
        for start in 0...(text.count - 4) where Array(text[start..<start + 4]) == shop {
            if start == 0 { return true }
            let before = text[start - 1]
            let excluded = (UInt8(ascii: "a")...UInt8(ascii: "d")).contains(before)
                || (UInt8(ascii: "f")...UInt8(ascii: "z")).contains(before)
            if !excluded { return true }
        }
        return false
    }
}
