import Foundation
import Yams

/// Reads typed values out of a YAML node tree, collecting every problem instead of stopping at the first.
///
/// Each accessor returns `nil` and records a ``ConfigIssue`` when the node has the wrong type.
public final class ConfigReader {
    public let file: String
    public private(set) var issues: [ConfigIssue] = []

    public init(file: String) { self.file = file }

    /// Records a problem at `node` (or at the start of the file when it has no mark).
    public func report(_ message: String, at node: Node?, path: String) {
        let mark = node?.mark
        issues.append(ConfigIssue(
            file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, path: path, message: message))
    }

    /// `parent.child`, or `child` at the top level.
    public static func join(_ parent: String, _ child: String) -> String {
        parent.isEmpty ? child : "\(parent).\(child)"
    }

    /// The entries of a mapping keyed by string, reporting keys outside `known` with the nearest suggestion.
    public func mapping(_ node: Node, path: String, known: [String]) -> [String: Node]? {
        guard let mapping = node.mapping else {
            report("expected a mapping (key: value lines), got \(kind(of: node))", at: node, path: path)
            return nil
        }
        var result: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                report("keys must be plain names", at: keyNode, path: path)
                continue
            }
            if !known.isEmpty && !known.contains(key) {
                var message = "unknown key '\(key)'"
                if let near = KeySuggestion.nearest(to: key, in: known) { message += "; did you mean '\(near)'?" }
                report(message, at: keyNode, path: Self.join(path, key))
                continue
            }
            result[key] = value
        }
        return result
    }

    /// The key/value pairs of a mapping in document order, for user-defined keys such as filters.
    public func orderedPairs(_ node: Node, path: String) -> [(key: String, keyNode: Node, value: Node)]? {
        guard let mapping = node.mapping else {
            report("expected a mapping (key: value lines), got \(kind(of: node))", at: node, path: path)
            return nil
        }
        var pairs: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                report("keys must be plain names", at: keyNode, path: path)
                continue
            }
            pairs.append((key, keyNode, value))
        }
        return pairs
    }

    /// A string; numbers are taken as written, booleans and null are refused (quote them).
    public func string(_ node: Node, path: String) -> String? {
        guard let scalar = node.scalar else {
            report("expected a string, got \(kind(of: node))", at: node, path: path)
            return nil
        }
        switch node.tag.rawValue {
        case Tag.Name.bool.rawValue, Tag.Name.null.rawValue:
            report("expected a string, got \(kind(of: node)); quote it: \"\(scalar.string)\"", at: node, path: path)
            return nil
        default:
            return scalar.string
        }
    }

    /// A non-empty string.
    public func nonEmptyString(_ node: Node, path: String) -> String? {
        guard let value = string(node, path: path) else { return nil }
        if value.trimmingCharacters(in: .whitespaces).isEmpty {
            report("must not be empty", at: node, path: path)
            return nil
        }
        return value
    }

    /// A YAML boolean (`true`/`false`).
    public func bool(_ node: Node, path: String) -> Bool? {
        guard node.tag.rawValue == Tag.Name.bool.rawValue, let value = node.bool else {
            report("expected true or false, got \(kind(of: node))", at: node, path: path)
            return nil
        }
        return value
    }

    /// An integer within `range`.
    public func int(_ node: Node, path: String, in range: ClosedRange<Int>) -> Int? {
        guard node.tag.rawValue == Tag.Name.int.rawValue, let value = node.int else {
            report("expected a whole number, got \(kind(of: node))", at: node, path: path)
            return nil
        }
        guard range.contains(value) else {
            report("must be between \(range.lowerBound) and \(range.upperBound), got \(value)", at: node, path: path)
            return nil
        }
        return value
    }

    /// The items of a sequence.
    public func list(_ node: Node, path: String) -> [Node]? {
        guard let sequence = node.sequence else {
            report("expected a list, got \(kind(of: node))", at: node, path: path)
            return nil
        }
        return Array(sequence)
    }

    /// A short human name for the node's type, used in messages.
    public func kind(of node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            switch node.tag.rawValue {
            case Tag.Name.bool.rawValue: return "the boolean \(scalar.string)"
            case Tag.Name.null.rawValue: return "null"
            case Tag.Name.int.rawValue: return "the number \(scalar.string)"
            case Tag.Name.float.rawValue: return "the number \(scalar.string)"
            default: return "the string \"\(scalar.string)\""
            }
        }
    }
}
