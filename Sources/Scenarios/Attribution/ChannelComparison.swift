/// Whether the client's medium and GA4's channel for one visit tell the same story, and what to do if not.
///
/// The client's built-in media map to GA4 channels: `organic` is Organic Search, `social` is Organic Social or
/// Organic Video, `paid` any paid channel, `email` Email, `referral` Referral, `direct` Direct. Any other
/// medium (a `utm_medium` value, a custom rule's medium) is the customer's own bucket and is not compared.
///
/// ```swift
/// let c = ChannelComparison(medium: "referral", rule: "other_referrer", channel: .organicSearch,
///                           session: s, referrerHost: "search.example")
/// c.verdict          // .disagree
/// c.suggestedMedium  // "organic": paste `- {domain: search.example, medium: organic}` under referrers:
/// ```
public struct ChannelComparison: Sendable, Equatable {
    public enum Verdict: String, Sendable, Codable { case agree, disagree, notCompared = "not compared" }

    public var verdict: Verdict
    /// One or two plain sentences where the two disagree.
    public var note: String?
    /// The medium a `referrers:` line for the referrer's host would need for the client to agree with GA4.
    public var suggestedMedium: String?

    public init(medium: String?, rule: String?, channel: GA4Channel, session: GA4Session, referrerHost: String,
                clickIds: [String] = []) {
        let medium = medium ?? "", rule = rule ?? ""
        let channels: [String: (GA4Channel) -> Bool] = [
            "organic": { $0 == .organicSearch }, "social": { $0 == .organicSocial || $0 == .organicVideo },
            "paid": { $0.isPaid }, "email": { $0 == .email }, "referral": { $0 == .referral },
            "direct": { $0 == .direct },
        ]
        guard let agrees = channels[medium] else {
            self.init(verdict: .notCompared, note: nil, suggestedMedium: nil)
            return
        }
        if agrees(channel) {
            self.init(verdict: .agree, note: nil, suggestedMedium: nil)
            return
        }
        let ga4 = "GA4 would record \(session.source) / \(session.medium), which is \(channel.rawValue)"
        let fromReferrer = rule != "click_id" && rule != "utm_medium" && rule != "stored" && rule != "direct"
        let suggested = fromReferrer && !referrerHost.isEmpty ? Self.medium(for: channel) : nil
        var note: String
        switch rule {
        case "click_id":
            let id = clickIds.first ?? "a click id"
            note = "dni.js counts \(id) as a paid click; \(ga4): GA4 reads only Google's own click ids. "
                + "Tag the ads' landing URLs with utm_source and utm_medium=cpc so GA4 agrees."
        case "other_referrer":
            note = "dni.js has no rule for \(referrerHost) and calls it referral; \(ga4)."
        case "direct":
            note = "dni.js sees no new source and calls it direct; \(ga4)."
        default:
            note = "dni.js says \(medium) (rule \(rule)); \(ga4)."
        }
        if let suggested {
            note += " To follow GA4, add {domain: \(referrerHost), medium: \(suggested)} to the config's referrers."
        }
        self.init(verdict: .disagree, note: note, suggestedMedium: suggested)
    }

    init(verdict: Verdict, note: String?, suggestedMedium: String?) {
        self.verdict = verdict
        self.note = note
        self.suggestedMedium = suggestedMedium
    }

    /// The client medium that stands for a GA4 channel reached from a referrer, if there is one.
    static func medium(for channel: GA4Channel) -> String? {
        switch channel {
        case .organicSearch: return "organic"
        case .organicSocial, .organicVideo: return "social"
        case .email: return "email"
        case .referral: return "referral"
        default: return nil
        }
    }
}
