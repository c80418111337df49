import Foundation
import Generator
import Yams

extension ScenarioNodeParser {
    static let expectationKeys = ["elements", "numbers", "tel_links", "cookies", "session_storage", "local_storage",
                                  "api_requests", "requests", "requests_in_any_order", "medium", "console_contains", "allow_errors", "eval"]

    func expectation(_ node: Node, path: String) -> Expectation? {
        guard let m = reader.mapping(node, path: path, known: Self.expectationKeys) else { return nil }
        var e = Expectation()
        if let n = m["elements"] {
            for (selector, _, value) in reader.orderedPairs(n, path: path + ".elements") ?? [] {
                if let check = elementCheck(value, path: "\(path).elements.\(selector)") {
                    e.elements.append((selector, check))
                }
            }
        }
        e.numbers = m["numbers"].map { strings($0, path: path + ".numbers") }
        e.telLinks = m["tel_links"].map { strings($0, path: path + ".tel_links") }
        e.cookies = m["cookies"].map { valueChecks($0, path: path + ".cookies") } ?? []
        e.sessionStorage = m["session_storage"].map { valueChecks($0, path: path + ".session_storage") } ?? []
        e.localStorage = m["local_storage"].map { valueChecks($0, path: path + ".local_storage") } ?? []
        e.apiRequests = m["api_requests"].flatMap { reader.int($0, path: path + ".api_requests", in: 0...10_000) }
        if let n = m["requests"] {
            e.requests = (reader.list(n, path: path + ".requests") ?? []).enumerated().compactMap {
                requestCheck($1, path: "\(path).requests[\($0)]")
            }
        }
        e.requestsInAnyOrder = m["requests_in_any_order"]
            .flatMap { reader.bool($0, path: path + ".requests_in_any_order") } ?? false
        e.medium = m["medium"].flatMap { reader.string($0, path: path + ".medium") }
        e.consoleContains = m["console_contains"].map { strings($0, path: path + ".console_contains") } ?? []
        e.allowErrors = m["allow_errors"].flatMap { reader.bool($0, path: path + ".allow_errors") } ?? false
        if let n = m["eval"] {
            for (expression, _, value) in reader.orderedPairs(n, path: path + ".eval") ?? [] {
                e.evals.append((expression, Self.json(value)))
            }
        }
        return e
    }

    func strings(_ node: Node, path: String) -> [String] {
        (reader.list(node, path: path) ?? []).enumerated().compactMap { reader.string($1, path: "\(path)[\($0)]") }
    }

    func elementCheck(_ node: Node, path: String) -> ElementCheck? {
        var check = ElementCheck()
        if node.scalar?.string == "absent" {
            check.exists = false
            return check
        }
        let known = ["text", "text_contains", "href", "attributes", "visibility", "class_absent", "exists"]
        guard let m = reader.mapping(node, path: path, known: known) else { return nil }
        check.exists = m["exists"].flatMap { reader.bool($0, path: path + ".exists") } ?? true
        check.text = m["text"].flatMap { reader.string($0, path: path + ".text") }
        check.textContains = m["text_contains"].flatMap { reader.string($0, path: path + ".text_contains") }
        check.href = m["href"].flatMap { reader.string($0, path: path + ".href") }
        check.visibility = m["visibility"].flatMap { reader.string($0, path: path + ".visibility") }
        check.classAbsent = m["class_absent"].map { strings($0, path: path + ".class_absent") } ?? []
        if let n = m["attributes"] {
            for (name, _, value) in reader.orderedPairs(n, path: path + ".attributes") ?? [] {
                check.attributes[name] = value.tag.rawValue == Tag.Name.null.rawValue ? .some(nil) : value.scalar?.string
            }
        }
        return check
    }

    func valueChecks(_ node: Node, path: String) -> [(String, ValueCheck)] {
        var result: [(String, ValueCheck)] = []
        for (name, _, value) in reader.orderedPairs(node, path: path) ?? [] {
            let here = "\(path).\(name)"
            var check = ValueCheck()
            if let word = value.scalar?.string, value.tag.rawValue != Tag.Name.str.rawValue || word == "absent" || word == "present" {
                switch word {
                case "absent": check.absent = true
                case "present": check.matches = ".*"
                default: check.equals = word
                }
            } else if value.scalar != nil {
                check.equals = value.scalar?.string
            } else if let m = reader.mapping(value, path: here, known: ["equals", "matches", "session", "absent"]) {
                check.equals = m["equals"].flatMap { reader.string($0, path: here + ".equals") }
                check.matches = m["matches"].flatMap { reader.string($0, path: here + ".matches") }
                check.session = m["session"].flatMap { reader.bool($0, path: here + ".session") }
                check.absent = m["absent"].flatMap { reader.bool($0, path: here + ".absent") } ?? false
                if let pattern = check.matches, (try? NSRegularExpression(pattern: pattern)) == nil {
                    reader.report("not a valid regular expression", at: m["matches"], path: here + ".matches")
                }
            }
            result.append((name, check))
        }
        return result
    }

    func requestCheck(_ node: Node, path: String) -> RequestCheck? {
        if let text = node.scalar?.string { return RequestCheck(path: text, bodySubset: nil) }
        guard let m = reader.mapping(node, path: path, known: ["path", "body", "referer"]),
              let p = m["path"].flatMap({ reader.nonEmptyString($0, path: path + ".path") }) else { return nil }
        return RequestCheck(path: p, bodySubset: m["body"].map(Self.json),
                            referer: m["referer"].flatMap { reader.string($0, path: path + ".referer") })
    }

    /// A YAML node as JSON text (scalars typed as YAML types them).
    static func json(_ node: Node) -> String {
        let value = plain(node)
        guard JSONSerialization.isValidJSONObject([value]),
              let data = try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys]) else { return "null" }
        return String(decoding: data, as: UTF8.self).dropFirst().dropLast().description
    }

    static func plain(_ node: Node) -> Any {
        switch node {
        case .scalar(let scalar):
            switch node.tag.rawValue {
            case Tag.Name.null.rawValue: return NSNull()
            case Tag.Name.bool.rawValue: return Bool.construct(from: scalar) ?? false
            case Tag.Name.int.rawValue: return Int.construct(from: scalar) ?? 0
            case Tag.Name.float.rawValue: return Double.construct(from: scalar) ?? 0
            default: return scalar.string
            }
        case .mapping(let mapping):
            var dict: [String: Any] = [:]
            for (k, v) in mapping { dict[k.scalar?.string ?? ""] = plain(v) }
            return dict
        case .sequence(let sequence):
            return sequence.map(plain)
        case .alias:
            return NSNull()
        }
    }
}
