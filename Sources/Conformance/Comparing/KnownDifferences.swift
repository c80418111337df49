import Foundation
import Yams

/// The accepted differences between the harness and Chromium, each with its reason (`docs/known-differences.yaml`).
///
/// A comparison allows a difference only when an entry's `field` pattern matches where it is and its
/// `scenarios` pattern (if any) matches the scenario file; everything else fails.
public struct KnownDifferences: Sendable {
    public struct Entry: Sendable, Decodable {
        public var id: String
        public var reason: String
        /// A regular expression over the difference's field, e.g. `^console errors$`.
        public var field: String?
        /// A regular expression over the scenario file path.
        public var scenarios: String?
    }

    public var entries: [Entry]

    public static func load(path: String) throws -> KnownDifferences {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        struct File: Decodable { var differences: [Entry] }
        let file = try YAMLDecoder().decode(File.self, from: text)
        for entry in file.differences {
            for pattern in [entry.field, entry.scenarios].compactMap({ $0 }) {
                _ = try NSRegularExpression(pattern: pattern)
            }
        }
        return KnownDifferences(entries: file.differences)
    }

    /// Marks each difference allowed by an entry; returns them all.
    public func apply(_ differences: [Difference], scenarioFile: String) -> [Difference] {
        differences.map { difference in
            var difference = difference
            difference.allowedBy = entries.first { entry in
                guard let field = entry.field, difference.field.range(of: field, options: .regularExpression) != nil
                else { return false }
                return entry.scenarios.map { scenarioFile.range(of: $0, options: .regularExpression) != nil } ?? true
            }?.id
            return difference
        }
    }
}
