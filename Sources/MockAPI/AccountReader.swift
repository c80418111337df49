import Yams

/// Reads typed fields out of a composed YAML tree, failing with file, line and field.
struct AccountReader {
    let file: String

    func fail(_ node: Node?, _ field: String, _ message: String) -> AccountError {
        AccountError(file: file, line: node?.mark?.line, field: field, message: message)
    }

    /// The node as a mapping whose keys are all in `allowed`, with its entries by key.
    func mapping(_ node: Node, _ field: String, allowed: Set<String>) throws -> [String: Node] {
        guard case .mapping(let mapping) = node else {
            throw fail(node, field, "expected a mapping, got \(describe(node))")
        }
        var entries: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else {
                throw fail(keyNode, field, "mapping keys must be plain text")
            }
            let path = field.isEmpty ? key.string : "\(field).\(key.string)"
            guard allowed.contains(key.string) else {
                let known = allowed.sorted().joined(separator: ", ")
                throw fail(keyNode, path, "unknown field (expected one of: \(known))")
            }
            guard entries[key.string] == nil else { throw fail(keyNode, path, "given twice") }
            entries[key.string] = value
        }
        return entries
    }

    /// A required entry of a mapping read by ``mapping(_:_:allowed:)``.
    func required(_ entries: [String: Node], _ key: String, in parent: Node, _ field: String) throws -> Node {
        guard let node = entries[key] else {
            throw fail(parent, join(field, key), "missing required field")
        }
        return node
    }

    /// A scalar's text, however YAML would have typed it (`1001` and `"1001"` both read "1001").
    func text(_ node: Node, _ field: String) throws -> String {
        guard case .scalar(let scalar) = node else {
            throw fail(node, field, "expected text, got \(describe(node))")
        }
        guard !scalar.string.isEmpty else { throw fail(node, field, "must not be empty") }
        return scalar.string
    }

    /// A phone number as E.164 digits without `+`; a leading `+` in the file is accepted.
    func phoneNumber(_ node: Node, _ field: String) throws -> String {
        let raw = try text(node, field)
        let digits = raw.hasPrefix("+") ? String(raw.dropFirst()) : raw
        guard (7...15).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw fail(node, field, "expected an E.164 number of 7 to 15 digits, got \"\(raw)\"")
        }
        return digits
    }

    /// A list of nodes.
    func sequence(_ node: Node, _ field: String) throws -> [Node] {
        guard case .sequence(let sequence) = node else {
            throw fail(node, field, "expected a list, got \(describe(node))")
        }
        return Array(sequence)
    }

    /// A mapping of category ID to value, both plain text.
    func categories(_ node: Node, _ field: String) throws -> [String: String] {
        guard case .mapping(let mapping) = node else {
            throw fail(node, field, "expected a mapping of category to value, got \(describe(node))")
        }
        var result: [String: String] = [:]
        for (keyNode, valueNode) in mapping {
            let key = try text(keyNode, field)
            result[key] = try text(valueNode, join(field, key))
        }
        return result
    }

    /// A positive number of seconds.
    func seconds(_ node: Node, _ field: String) throws -> Double {
        let raw = try text(node, field)
        guard let value = Double(raw), value > 0, value.isFinite else {
            throw fail(node, field, "expected a positive number of seconds, got \"\(raw)\"")
        }
        return value
    }

    func join(_ field: String, _ key: String) -> String {
        field.isEmpty ? key : "\(field).\(key)"
    }

    private func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return "\"\(scalar.string)\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}
