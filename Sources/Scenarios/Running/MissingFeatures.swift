/// The platform features one page reached for that the harness lacks (`Page.missingFeatures`).
public struct MissingFeatures: Sendable, Equatable, Codable {
    /// The page's URL.
    public var page: String
    public var features: [String]

    public init(page: String, features: [String]) {
        self.page = page
        self.features = features
    }

    /// One line for people: "page https://x/ used 2 features the harness lacks: a, b".
    public var summary: String {
        let count = features.count == 1 ? "1 feature" : "\(features.count) features"
        return "page \(page) used \(count) the harness lacks: " + features.joined(separator: ", ")
    }

    /// Adds one page's list to `list`, merging with an earlier entry for the same URL.
    static func add(_ entry: MissingFeatures, to list: inout [MissingFeatures]) {
        guard !entry.features.isEmpty else { return }
        if let i = list.firstIndex(where: { $0.page == entry.page }) {
            for feature in entry.features where !list[i].features.contains(feature) { list[i].features.append(feature) }
        } else {
            list.append(entry)
        }
    }
}
