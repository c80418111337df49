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

    /// A known-differences file that does not parse: the file and what is wrong, in plain words.
    public struct FileError: Error, CustomStringConvertible, Sendable {
        public var file: String
        public var message: String
        public var description: String { "\(file): \(message)" }
    }

    public static func load(path: String) throws -> KnownDifferences {
        try parse(yaml: try String(contentsOfFile: path, encoding: .utf8), file: path)
    }

    /// Parses the text of a known-differences file; `file` names it in errors.
    ///
    /// - Throws: ``FileError`` for text that is not YAML, entries without `id` or `reason`, and patterns that
    ///   are not regular expressions.
    public static func parse(yaml text: String, file: String) throws -> KnownDifferences {
        struct File: Decodable { var differences: [Entry] }
        let parsed: File
        do {
            parsed = try YAMLDecoder().decode(File.self, from: text)
        } catch let error as DecodingError {
            throw FileError(file: file, message: describe(error))
        } catch {
            let first = String(describing: error).split(separator: "\n").first.map(String.init) ?? ""
            throw FileError(file: file, message: "not valid YAML: \(first)")
        }
        for (index, entry) in parsed.differences.enumerated() {
            for (key, pattern) in [("field", entry.field), ("scenarios", entry.scenarios)] {
                guard let pattern, (try? NSRegularExpression(pattern: pattern)) == nil else { continue }
                throw FileError(file: file, message: "differences[\(index)] (\(entry.id)): \(key) '\(pattern)' "
                                + "is not a valid regular expression")
            }
        }
        return KnownDifferences(entries: parsed.differences)
    }

    /// A decoding error as the place in the file and what is wrong there.
    static func describe(_ error: DecodingError) -> String {
        func place(_ path: [CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
                .trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case .keyNotFound(let key, let context):
            let at = place(context.codingPath)
            return "missing '\(key.stringValue)'" + (at.isEmpty ? "" : " in \(at)")
                + "; the file holds `differences:`, a list of entries with id and reason"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(place(context.codingPath)): \(context.debugDescription)"
        case .dataCorrupted(let context):
            let underlying = context.underlyingError.map { String(describing: $0) } ?? context.debugDescription
            return "not valid YAML: " + (underlying.split(separator: "\n").first.map(String.init) ?? "")
        @unknown default:
            return String(describing: error)
        }
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
