import Foundation
import Generator
import Yams

/// Reads the `--referrers` argument of `dni detect`: an inline JSON or YAML list, or the path of a file holding one.
///
/// ```
/// --referrers '[{domain: reddit.com, medium: social}, {group: ai, medium: ai}]'
/// --referrers rules.yaml
/// ```
public enum ReferrerList {
    /// The built-in groups a `{group, medium}` entry may name.
    public static var groups: [String] { ReferrerRule.groups }

    /// The rules in `argument`; an error names the entry and says what it needs.
    public static func parse(_ argument: String) throws -> [DetectionProbe.ReferrerRule] {
        let trimmed = argument.trimmingCharacters(in: .whitespacesAndNewlines)
        let inline = trimmed.hasPrefix("[") || trimmed.hasPrefix("-") || trimmed.hasPrefix("{") || trimmed.contains("\n")
        let text: String, source: String
        if inline {
            (text, source) = (argument, "--referrers")
        } else if FileManager.default.fileExists(atPath: argument) {
            guard let contents = try? String(contentsOfFile: argument, encoding: .utf8) else {
                throw RunError("\(argument): cannot read the file (is it UTF-8 text?)")
            }
            (text, source) = (contents, argument)
        } else {
            throw RunError("--referrers \"\(argument.prefix(60))\" is neither a list nor a file; give a list such as "
                + "'[{domain: reddit.com, medium: social}]' or the path of a YAML or JSON file holding one")
        }
        let value: Any?
        do {
            value = try Yams.load(yaml: text)
        } catch {
            throw RunError("\(source): not valid YAML or JSON: \(String(describing: error).split(separator: "\n").first ?? "")")
        }
        guard let list = value as? [Any] else {
            throw RunError("\(source): expected a list of {domain, medium} or {group, medium}, e.g. "
                + "'[{domain: reddit.com, medium: social}]'")
        }
        return try list.enumerated().map { index, item in try rule(item, at: "\(source)[\(index)]") }
    }

    static func rule(_ item: Any, at path: String) throws -> DetectionProbe.ReferrerRule {
        guard let fields = item as? [String: Any] else { throw RunError("\(path): expected {domain, medium} or {group, medium}") }
        for key in fields.keys where !["domain", "group", "medium"].contains(key) {
            throw RunError("\(path): unknown key '\(key)'; a rule has domain (or group) and medium")
        }
        guard let medium = fields["medium"] as? String, !medium.isEmpty else {
            throw RunError("\(path): needs a medium string (e.g. medium: social)")
        }
        if let group = fields["group"] {
            guard fields["domain"] == nil else { throw RunError("\(path): give a domain or a group, not both") }
            guard let name = group as? String, groups.contains(name) else {
                throw RunError("\(path): group must be one of \(groups.joined(separator: ", ")), got \(group)")
            }
            return .init(group: name, medium: medium)
        }
        guard let domain = fields["domain"] as? String, !domain.isEmpty else {
            throw RunError("\(path): needs a domain (e.g. domain: reddit.com) or a group (e.g. group: ai)")
        }
        return .init(domain: domain, medium: medium)
    }
}
