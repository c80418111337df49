import Foundation
import Generator
import Yams

/// Turns the YAML nodes of a scenario into the model, one section at a time.
struct ScenarioNodeParser {
    let reader: ConfigReader
    let folder: URL

    func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : folder.appendingPathComponent(path).standardizedFileURL.path
    }

    func scenario(_ top: [String: Node], root: Node, file: String) -> Scenario? {
        guard let nameNode = top["name"], let name = reader.nonEmptyString(nameNode, path: "name") else {
            if top["name"] == nil { reader.report("missing 'name'", at: root, path: "name") }
            return nil
        }
        let tags = top["tags"].flatMap { reader.list($0, path: "tags") }?
            .enumerated().compactMap { reader.string($1, path: "tags[\($0)]") } ?? []
        guard let buildNode = top["build"] else {
            reader.report("missing 'build' (config: FILE, or library: true with a script)", at: root, path: "build")
            return nil
        }
        let build = self.build(buildNode)
        let account = top["account"].flatMap(self.account) ?? defaultAccount(root)
        let faults = top["faults"].map { faultList($0, path: "faults") } ?? []
        let (pages, heads) = top["pages"].map(self.pages) ?? ([:], [:])
        let network = top["network"].map(self.network) ?? NetworkSpec()
        guard let visitorNode = top["visitor"], let visitor = self.visitor(visitorNode) else {
            if top["visitor"] == nil { reader.report("missing 'visitor' (at least url)", at: root, path: "visitor") }
            return nil
        }
        var steps = top["steps"].map(self.steps) ?? [.visit(url: nil, referrer: nil)]
        if let expectNode = top["expect"], let expectation = expectation(expectNode, path: "expect") {
            steps.append(.expect(expectation))
        }
        if !steps.contains(where: { if case .expect = $0 { return true } else { return false } }) {
            reader.report("a scenario must check something: add 'expect' or an expect step", at: root, path: "expect")
        }
        var chromiumSkip: String?
        if let node = top["chromium"], let map = reader.mapping(node, path: "chromium", known: ["skip"]),
           let skip = map["skip"] {
            chromiumSkip = reader.nonEmptyString(skip, path: "chromium.skip")
        }
        guard let build, let account else { return nil }
        return Scenario(file: file, name: name, tags: tags, build: build, account: account, faults: faults,
                        pages: pages, pageHeads: heads, network: network, visitor: visitor, steps: steps,
                        chromiumSkip: chromiumSkip)
    }

    /// The example account, found by walking up from the scenario's folder to `examples/account.yaml`.
    func defaultAccount(_ root: Node) -> AccountSource? {
        var candidate = folder.standardizedFileURL
        while candidate.path != "/" {
            let file = candidate.appendingPathComponent("examples/account.yaml")
            if FileManager.default.fileExists(atPath: file.path) { return .file(file.path) }
            candidate.deleteLastPathComponent()
        }
        reader.report("no 'account' given and no examples/account.yaml above the scenario", at: root, path: "account")
        return nil
    }

    func build(_ node: Node) -> BuildSpec? {
        guard let map = reader.mapping(node, path: "build", known: ["config", "library", "script"]) else { return nil }
        if let config = map["config"] {
            if map["library"] != nil {
                reader.report("give either config or library, not both", at: node, path: "build")
            }
            guard let path = reader.nonEmptyString(config, path: "build.config") else { return nil }
            let resolved = resolve(path)
            if !FileManager.default.fileExists(atPath: resolved) {
                reader.report("no config file at \(resolved)", at: config, path: "build.config")
            }
            return .config(resolved)
        }
        if let library = map["library"], reader.bool(library, path: "build.library") == true {
            let script = map["script"].flatMap { reader.string($0, path: "build.script") } ?? ""
            return .library(script: script)
        }
        reader.report("give config: FILE or library: true", at: node, path: "build")
        return nil
    }

    func account(_ node: Node) -> AccountSource? {
        if node.scalar != nil {
            guard let path = reader.nonEmptyString(node, path: "account") else { return nil }
            return .file(resolve(path))
        }
        guard node.mapping != nil, let text = try? Yams.serialize(node: node) else {
            reader.report("expected a file path or an inline account mapping", at: node, path: "account")
            return nil
        }
        return .inline(yaml: text, file: reader.file + " (account)")
    }

    func visitor(_ node: Node) -> Visitor? {
        let known = ["url", "referrer", "cookies", "session_storage", "local_storage", "user_agent",
                     "storage_throws", "cookies_enabled", "clock", "seed"]
        guard let map = reader.mapping(node, path: "visitor", known: known) else { return nil }
        guard let urlNode = map["url"], let url = reader.nonEmptyString(urlNode, path: "visitor.url") else {
            if map["url"] == nil { reader.report("missing 'url'", at: node, path: "visitor.url") }
            return nil
        }
        var visitor = Visitor(url: url)
        if let n = map["referrer"] { visitor.referrer = reader.string(n, path: "visitor.referrer") ?? "" }
        if let n = map["cookies"] {
            visitor.cookies = (reader.list(n, path: "visitor.cookies") ?? []).enumerated()
                .compactMap { reader.string($1, path: "visitor.cookies[\($0)]") }
        }
        if let n = map["session_storage"] { visitor.sessionStorage = stringMap(n, path: "visitor.session_storage") }
        if let n = map["local_storage"] { visitor.localStorage = stringMap(n, path: "visitor.local_storage") }
        if let n = map["user_agent"] { visitor.userAgent = reader.string(n, path: "visitor.user_agent") }
        if let n = map["storage_throws"] { visitor.storageThrows = reader.bool(n, path: "visitor.storage_throws") ?? false }
        if let n = map["cookies_enabled"] { visitor.cookiesEnabled = reader.bool(n, path: "visitor.cookies_enabled") ?? true }
        if let n = map["seed"], let seed = reader.int(n, path: "visitor.seed", in: 0...Int.max) { visitor.seed = UInt64(seed) }
        if let n = map["clock"], let text = reader.string(n, path: "visitor.clock") {
            let formatter = ISO8601DateFormatter()
            if let date = formatter.date(from: text) { visitor.clock = date.timeIntervalSince1970 * 1000 } else {
                reader.report("expected an ISO 8601 time such as 2026-06-01T09:00:00Z", at: n, path: "visitor.clock")
            }
        }
        return visitor
    }

    func stringMap(_ node: Node, path: String) -> [String: String] {
        var result: [String: String] = [:]
        for (key, _, value) in reader.orderedPairs(node, path: path) ?? [] {
            result[key] = reader.string(value, path: "\(path).\(key)")
        }
        return result
    }
}
