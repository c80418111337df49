import Foundation

/// GA4's source-category list: the sources its default channel grouping counts as search, social, shopping or video.
///
/// The list ships with the tool (`Data/ga4_source_categories.csv`). A source matches an entry exactly,
/// ignoring case, as GA4's "source matches a list of … sites" conditions do.
///
/// ```swift
/// let categories = try SourceCategories.bundled()
/// categories.category(of: "l.facebook.com")   // .social
/// ```
public struct SourceCategories: Sendable {
    /// A category as the CSV names it.
    public enum Category: String, Sendable, CaseIterable {
        case search = "SOURCE_CATEGORY_SEARCH"
        case social = "SOURCE_CATEGORY_SOCIAL"
        case shopping = "SOURCE_CATEGORY_SHOPPING"
        case video = "SOURCE_CATEGORY_VIDEO"
    }

    /// Every listed source, lower-cased, with its category.
    public let entries: [String: Category]

    /// Reads `source,source_category` lines after a header; a bad line is an error naming it.
    public init(csv: String, file: String) throws {
        var entries: [String: Category] = [:]
        for (index, line) in csv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if index == 0 || text.isEmpty { continue }
            let fields = text.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].isEmpty, let category = Category(rawValue: String(fields[1])) else {
                throw RunError("\(file):\(index + 1): expected source,SOURCE_CATEGORY_…, got \"\(text)\"")
            }
            entries[fields[0].lowercased()] = category
        }
        self.entries = entries
    }

    /// The list that ships with the tool.
    public static func bundled() throws -> SourceCategories {
        guard let url = Bundle.module.url(forResource: "ga4_source_categories", withExtension: "csv"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { throw RunError("the GA4 source-category list is missing from this installation of dni") }
        return try SourceCategories(csv: text, file: url.lastPathComponent)
    }

    /// The category of a source, or `nil` when GA4 does not list it.
    public func category(of source: String) -> Category? { entries[source.lowercased()] }

    /// The listed sources of one category, sorted.
    public func sources(in category: Category) -> [String] {
        entries.filter { $0.value == category }.map(\.key).sorted()
    }
}
