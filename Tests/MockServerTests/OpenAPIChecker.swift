import Foundation
import Yams

/// Checks JSON answers against the response schemas of `docs/openapi.yaml`.
///
/// Supports the subset the document uses: `$ref`, `type`, `nullable`, `required`,
/// `properties`, `additionalProperties`, `items`, `pattern` and `minLength`.
struct OpenAPIChecker {
    let document: [String: Any]

    init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let document = try Yams.load(yaml: text) as? [String: Any] else { throw CheckError("not a mapping") }
        self.document = document
    }

    struct CheckError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// The problems of `body` as the answer with `status` to `POST path`; empty when it conforms.
    func problems(path: String, status: Int, body: Data) -> [String] {
        guard let paths = document["paths"] as? [String: Any],
              let operation = (paths[path] as? [String: Any])?["post"] as? [String: Any],
              let responses = operation["responses"] as? [String: Any] else {
            return ["\(path) is not documented"]
        }
        guard var response = responses[String(status)] as? [String: Any] else {
            return ["status \(status) is not documented for \(path)"]
        }
        if let ref = response["$ref"] as? String, let resolved = resolve(ref) { response = resolved }
        guard let content = response["content"] as? [String: Any],
              let media = content["application/json"] as? [String: Any],
              let schema = media["schema"] as? [String: Any] else {
            return ["no JSON schema for \(status) on \(path)"]
        }
        guard let value = try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) else {
            return ["body is not JSON"]
        }
        var found: [String] = []
        check(value, against: schema, at: "$", into: &found)
        return found
    }

    private func resolve(_ ref: String) -> [String: Any]? {
        guard ref.hasPrefix("#/") else { return nil }
        var node: Any? = document
        for step in ref.dropFirst(2).split(separator: "/") { node = (node as? [String: Any])?[String(step)] }
        return node as? [String: Any]
    }

    private func check(_ value: Any, against schema: [String: Any], at path: String, into found: inout [String]) {
        var schema = schema
        if let ref = schema["$ref"] as? String {
            guard let resolved = resolve(ref) else { return found.append("\(path): cannot resolve \(ref)") }
            schema = resolved
        }
        if value is NSNull {
            if schema["nullable"] as? Bool != true { found.append("\(path): null is not allowed") }
            return
        }
        switch schema["type"] as? String {
        case "object":
            guard let object = value as? [String: Any] else { return found.append("\(path): expected an object") }
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                found.append("\(path): missing required '\(key)'")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, member) in object {
                if let sub = properties[key] as? [String: Any] {
                    check(member, against: sub, at: "\(path).\(key)", into: &found)
                } else if let extra = schema["additionalProperties"] as? [String: Any] {
                    check(member, against: extra, at: "\(path).\(key)", into: &found)
                } else if schema["additionalProperties"] as? Bool == false {
                    found.append("\(path): unexpected '\(key)'")
                }
            }
        case "array":
            guard let array = value as? [Any] else { return found.append("\(path): expected an array") }
            if let items = schema["items"] as? [String: Any] {
                for (index, item) in array.enumerated() { check(item, against: items, at: "\(path)[\(index)]", into: &found) }
            }
        case "string":
            guard let text = value as? String else { return found.append("\(path): expected a string") }
            if let minimum = schema["minLength"] as? Int, text.count < minimum { found.append("\(path): too short") }
            if let pattern = schema["pattern"] as? String, text.range(of: pattern, options: .regularExpression) == nil {
                found.append("\(path): \"\(text)\" does not match \(pattern)")
            }
        case "integer", "number":
            if !(value is NSNumber) || value is String { found.append("\(path): expected a number") }
        case "boolean":
            if !(value is Bool) { found.append("\(path): expected a boolean") }
        default:
            break
        }
    }
}
