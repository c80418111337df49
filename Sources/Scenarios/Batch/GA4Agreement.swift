/// How often the client agrees with GA4's source-category list on the hosts it names as search or social.
///
/// Each listed host (an entry with a dot; bare names such as `google` are source names, not hosts) is sent
/// as the referrer of a visit to another site. The client agrees when it answers `organic` for a search host
/// and `social` for a social one.
public struct GA4Agreement: Sendable, Encodable {
    /// One category's figures.
    public struct Figures: Sendable, Encodable {
        public var category: String
        public var expected: String
        public var hosts: Int
        public var agreeing: Int
        /// The listed hosts the client does not give the expected medium, with what it gives instead.
        public var missed: [String: String]
        /// The share of hosts agreeing, in percent, to one decimal.
        public var percent: Double = 0
    }

    public var search: Figures
    public var social: Figures

    /// Both categories together.
    public var percent: Double {
        let hosts = search.hosts + social.hosts
        return hosts == 0 ? 0 : Double(search.agreeing + social.agreeing) * 100 / Double(hosts)
    }

    /// Asks `detector` about every listed search and social host.
    public static func measure(detector: ClientDetector, categories: SourceCategories) throws -> GA4Agreement {
        func figures(_ category: SourceCategories.Category, expected: String, name: String) throws -> Figures {
            let hosts = categories.sources(in: category).filter { $0.contains(".") }
            let answers = try detector.detect(hosts.map { ("https://landing.example/", "https://\($0)/") })
            var result = Figures(category: name, expected: expected, hosts: hosts.count, agreeing: 0, missed: [:])
            for (host, answer) in zip(hosts, answers) {
                if answer.medium == expected { result.agreeing += 1 } else { result.missed[host] = answer.medium ?? "(none)" }
            }
            result.percent = hosts.isEmpty ? 0 : (Double(result.agreeing) * 1000 / Double(hosts.count)).rounded() / 10
            return result
        }
        return GA4Agreement(search: try figures(.search, expected: "organic", name: "search"),
                            social: try figures(.social, expected: "social", name: "social"))
    }
}
