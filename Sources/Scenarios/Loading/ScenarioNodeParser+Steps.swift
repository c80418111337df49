import Foundation
import MockAPI
import Generator
import Yams

extension ScenarioNodeParser {
    static let stepNames = ["visit", "follow", "push_state", "advance", "close_browser", "new_visitor", "insert",
                            "hide", "show", "eval", "expect", "faults"]

    func steps(_ node: Node) -> [Step] {
        guard let list = reader.list(node, path: "steps") else { return [] }
        return list.enumerated().compactMap { step($1, path: "steps[\($0)]") }
    }

    func step(_ node: Node, path: String) -> Step? {
        // A bare word: `visit`, `close_browser`, `new_visitor`, `hide`, `show`.
        if let word = node.scalar?.string {
            switch word {
            case "visit": return .visit(url: nil, referrer: nil)
            case "close_browser": return .closeBrowser
            case "new_visitor": return .newVisitor
            case "hide": return .visibility(hidden: true)
            case "show": return .visibility(hidden: false)
            default:
                reader.report("unknown step '\(word)'; steps are \(Self.stepNames.joined(separator: ", "))",
                              at: node, path: path)
                return nil
            }
        }
        guard let map = reader.mapping(node, path: path, known: Self.stepNames), !map.isEmpty else { return nil }
        guard map.count == 1, let (name, value) = map.first else {
            reader.report("a step has exactly one key", at: node, path: path)
            return nil
        }
        let here = "\(path).\(name)"
        switch name {
        case "visit":
            if value.scalar != nil { return reader.string(value, path: here).map { .visit(url: $0, referrer: nil) } }
            guard let m = reader.mapping(value, path: here, known: ["url", "referrer"]) else { return nil }
            return .visit(url: m["url"].flatMap { reader.string($0, path: here + ".url") },
                          referrer: m["referrer"].flatMap { reader.string($0, path: here + ".referrer") })
        case "follow":
            return reader.nonEmptyString(value, path: here).map { .follow(selector: $0) }
        case "push_state":
            return reader.nonEmptyString(value, path: here).map { .pushState(url: $0) }
        case "advance":
            guard let text = reader.string(value, path: here), let ms = ScenarioParser.duration(text) else {
                reader.report("expected a duration such as 500ms, 61s or 30m", at: value, path: here)
                return nil
            }
            return .advance(milliseconds: ms)
        case "insert":
            guard let m = reader.mapping(value, path: here, known: ["selector", "html"]),
                  let s = m["selector"].flatMap({ reader.nonEmptyString($0, path: here + ".selector") }),
                  let h = m["html"].flatMap({ reader.string($0, path: here + ".html") }) else {
                reader.report("insert needs selector and html", at: value, path: here)
                return nil
            }
            return .insert(selector: s, html: h)
        case "eval":
            return reader.nonEmptyString(value, path: here).map { .eval($0) }
        case "expect":
            return expectation(value, path: here).map { .expect($0) }
        case "faults":
            return .faults(faultList(value, path: here))
        case "close_browser", "new_visitor", "hide", "show":
            return step(Node(name), path: path)
        default:
            return nil
        }
    }

    func faultList(_ node: Node, path: String) -> [FaultSpec] {
        guard let list = reader.list(node, path: path) else { return [] }
        return list.enumerated().compactMap { fault($1, path: "\(path)[\($0)]") }
    }

    func fault(_ node: Node, path: String) -> FaultSpec? {
        let known = ["path", "times", "status", "body", "hang", "malformed", "delay_ms", "network_error"]
        guard let m = reader.mapping(node, path: path, known: known) else { return nil }
        let fault = Fault(
            path: m["path"].flatMap { reader.nonEmptyString($0, path: path + ".path") },
            times: m["times"].flatMap { reader.int($0, path: path + ".times", in: 1...1_000_000) },
            status: m["status"].flatMap { reader.int($0, path: path + ".status", in: 100...599) },
            body: m["body"].flatMap { reader.string($0, path: path + ".body") },
            hang: m["hang"].flatMap { reader.bool($0, path: path + ".hang") } ?? false,
            malformed: m["malformed"].flatMap { reader.bool($0, path: path + ".malformed") } ?? false,
            delayMs: Double(m["delay_ms"].flatMap { reader.int($0, path: path + ".delay_ms", in: 0...3_600_000) } ?? 0))
        let networkError = m["network_error"].flatMap { reader.bool($0, path: path + ".network_error") } ?? false
        // A fault that changes nothing would let a scenario pass without testing what it claims to.
        if !networkError, fault == Fault(path: fault.path, times: fault.times) {
            reader.report("a fault with no effect: give status, body, hang, malformed, delay_ms or network_error",
                          at: node, path: path)
            return nil
        }
        return FaultSpec(fault: fault, networkError: networkError)
    }
}
