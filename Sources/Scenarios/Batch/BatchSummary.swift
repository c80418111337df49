/// The outcome of `dni detect --batch`: channel mixes, disagreements by referrer host, rules to paste, bad lines.
public struct BatchSummary: Sendable, Encodable {
    /// A referrer host behind a disagreement, with what each side said and how often.
    public struct Disagreement: Sendable, Encodable, Equatable {
        public var referrerHost: String
        public var medium: String
        public var rule: String
        public var ga4Channel: String
        public var count: Int
        public var note: String
        /// The `referrers:` entry that would make the client follow GA4 for this host, if one would.
        public var suggestedMedium: String?
    }

    /// Lines read (header included), visits detected, lines skipped as no page view, malformed lines.
    public var lines = 0
    public var visits = 0
    public var skipped = 0
    public var malformedCount = 0
    /// The first malformed lines, with their reasons (at most ``malformedListed``).
    public var malformed: [MalformedRow] = []
    /// Visits per client medium, and per GA4 channel.
    public var clientMix: [String: Int] = [:]
    public var ga4Mix: [String: Int] = [:]
    /// Visits where the two agree, disagree, or cannot be compared (a custom medium).
    public var agree = 0
    public var disagree = 0
    public var notCompared = 0
    /// Disagreements grouped by host, medium, rule and channel, most frequent first.
    public var disagreements: [Disagreement] = []

    public static let malformedListed = 20

    public init() {}

    /// The `referrers:` lines that would make the client follow GA4, one per host, most visits first.
    public var referrerLines: [String] = []

    /// Sets the disagreements, most visits first, and the `referrers:` lines they call for.
    mutating func setDisagreements(_ list: [Disagreement]) {
        disagreements = list.sorted { ($0.count, $1.referrerHost) > ($1.count, $0.referrerHost) }
        var seen = Set<String>()
        referrerLines = disagreements.compactMap { d in
            guard let medium = d.suggestedMedium, seen.insert(d.referrerHost).inserted else { return nil }
            return "  - {domain: \(d.referrerHost), medium: \(medium)}"
        }
    }
}
