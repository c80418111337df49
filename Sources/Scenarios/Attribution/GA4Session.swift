/// A visit's source, medium and campaign as Google Analytics 4 would record them.
///
/// GA4 reads the landing URL's `utm_*` tags first, then Google's own click ids (auto-tagging), then the
/// referrer: a search engine becomes its name with medium `organic`, any other site its host with medium
/// `referral`, none at all `(direct) / (none)`. A referrer from the site itself is no new source either.
/// This follows GA4's documented behaviour; GA4's own list of search engines is not published, so a
/// referrer is taken as a search engine when GA4's source-category list names its site (`google`, `bing`,
/// `yahoo`…) or the host itself as search.
///
/// ```swift
/// GA4Session(url: "https://shop.example/?gclid=x", referrer: "", categories: list)   // google / cpc
/// ```
public struct GA4Session: Sendable, Equatable {
    public var source: String
    public var medium: String
    public var campaign: String

    public init(source: String, medium: String, campaign: String = "(not set)") {
        self.source = source
        self.medium = medium
        self.campaign = campaign
    }

    /// What GA4 would record for a visitor landing on `url` from `referrer`.
    public init(url: String, referrer: String, categories: SourceCategories) {
        let query = VisitURL.query(url)
        let tag = { (name: String) -> String? in query[name].flatMap { $0.isEmpty ? nil : $0.lowercased() } }
        let campaign = tag("utm_campaign") ?? "(not set)"
        if tag("utm_source") != nil || tag("utm_medium") != nil {
            self.init(source: tag("utm_source") ?? "(not set)", medium: tag("utm_medium") ?? "(not set)",
                      campaign: campaign)
        } else if tag("gclid") != nil || tag("gbraid") != nil || tag("wbraid") != nil {
            self.init(source: "google", medium: "cpc", campaign: campaign)
        } else if tag("dclid") != nil {
            self.init(source: "dbm", medium: "cpm", campaign: campaign)
        } else {
            let host = VisitURL.bareHost(of: referrer)
            if host.isEmpty || host == VisitURL.bareHost(of: url) {
                self.init(source: "(direct)", medium: "(none)", campaign: campaign)
            } else if let engine = Self.searchEngine(host, categories) {
                self.init(source: engine, medium: "organic", campaign: campaign)
            } else {
                self.init(source: host, medium: "referral", campaign: campaign)
            }
        }
    }

    /// The search engine's name for a referrer host, when GA4 takes it for a search engine.
    ///
    /// `google.co.uk`, `search.yahoo.com` and `m.baidu.com` are engines (their site is a listed search name);
    /// `mail.google.com` is not (a listed site, but not its search pages).
    static func searchEngine(_ host: String, _ categories: SourceCategories) -> String? {
        var labels = host.split(separator: ".")
        if categories.category(of: host) == .search { return host }
        if labels.count > 2, ["m", "search", "images", "news", "cn"].contains(labels[0]) { labels.removeFirst() }
        guard labels.count >= 2, let name = labels.first.map(String.init),
              categories.category(of: name) == .search else { return nil }
        return name
    }
}
