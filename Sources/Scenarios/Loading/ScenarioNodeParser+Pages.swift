import Foundation
import Yams

/// The `pages` and `network` sections: what the scenario's network serves, and how fast.
extension ScenarioNodeParser {
    /// Page bodies by URL, and the status and headers of those that give them.
    ///
    /// An entry is inline HTML, `{file: pages/x.html}`, or `{status, headers, body | file}`.
    func pages(_ node: Node) -> ([String: String], [String: PageHead]) {
        var pages: [String: String] = [:]
        var heads: [String: PageHead] = [:]
        for (url, keyNode, value) in reader.orderedPairs(node, path: "pages") ?? [] {
            let path = "pages.\(url)"
            guard url.hasPrefix("http://") || url.hasPrefix("https://") else {
                reader.report("page keys are absolute URLs such as https://shop.example/", at: keyNode, path: path)
                continue
            }
            if value.scalar != nil {
                pages[url] = reader.string(value, path: path)
                continue
            }
            guard let map = reader.mapping(value, path: path, known: ["file", "body", "status", "headers"]) else {
                continue
            }
            if map["file"] != nil && map["body"] != nil {
                reader.report("give either body or file, not both", at: value, path: path)
            }
            if let fileNode = map["file"], let file = reader.nonEmptyString(fileNode, path: path + ".file") {
                let resolved = resolve(file)
                if let html = try? String(contentsOfFile: resolved, encoding: .utf8) {
                    pages[url] = html
                } else {
                    reader.report("cannot read page file \(resolved)", at: fileNode, path: path + ".file")
                }
            } else if let bodyNode = map["body"] {
                pages[url] = reader.string(bodyNode, path: path + ".body")
            } else if map["file"] == nil {
                reader.report("a page needs a body or a file", at: value, path: path)
            }
            if map["status"] != nil || map["headers"] != nil {
                var head = PageHead()
                if let n = map["status"], let status = reader.int(n, path: path + ".status", in: 100...599) {
                    head.status = status
                }
                if let n = map["headers"] { head.headers = headers(n, path: path + ".headers") }
                heads[url] = head
            }
        }
        return (pages, heads)
    }

    /// Response headers: a name with a string, or with a list of strings for a header sent several times.
    func headers(_ node: Node, path: String) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        let token = CharacterSet(charactersIn: "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for (name, keyNode, value) in reader.orderedPairs(node, path: path) ?? [] {
            let here = "\(path).\(name)"
            guard !name.isEmpty, name.unicodeScalars.allSatisfy(token.contains) else {
                reader.report("'\(name)' is not a header name", at: keyNode, path: here)
                continue
            }
            let values = value.sequence != nil
                ? (reader.list(value, path: here) ?? []).enumerated().compactMap { reader.string($1, path: "\(here)[\($0)]") }
                : [reader.string(value, path: here)].compactMap { $0 }
            for text in values {
                if text.contains(where: { $0 == "\n" || $0 == "\r" }) {
                    reader.report("a header value is one line", at: value, path: here)
                    continue
                }
                result.append((name.lowercased(), text))
            }
        }
        return result
    }

    /// `network: {latency: 40ms}` or `{latency: 10ms..400ms}`.
    func network(_ node: Node) -> NetworkSpec {
        var spec = NetworkSpec()
        guard let map = reader.mapping(node, path: "network", known: ["latency"]),
              let n = map["latency"], let text = reader.string(n, path: "network.latency") else { return spec }
        let ends = text.components(separatedBy: "..").map { $0.trimmingCharacters(in: .whitespaces) }
        let values = ends.compactMap(ScenarioParser.duration)
        guard (1...2).contains(ends.count), values.count == ends.count, values[0] <= values[values.count - 1],
              values[values.count - 1] <= 60_000 else {
            reader.report("expected a latency such as 40ms or a range such as 10ms..400ms (at most 60s)", at: n,
                          path: "network.latency")
            return spec
        }
        spec.latencyMs = values[0]...values[values.count - 1]
        return spec
    }
}
