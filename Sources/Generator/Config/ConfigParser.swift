import Foundation
import Yams

/// Turns a YAML tree into a ``CustomerConfig``, reporting every problem through its ``ConfigReader``.
struct ConfigParser {
    let reader: ConfigReader
    let selectors: any SelectorChecker

    /// The config, or `nil` when a required part is missing (the reader then holds the reasons).
    func config(from root: Node) -> CustomerConfig? {
        guard let fields = reader.mapping(root, path: "", known: CustomerConfig.topLevelKeys) else { return nil }
        let customer = required("customer", in: fields, root: root).flatMap(customerName)
        let accessKey = required("access_key", in: fields, root: root).flatMap { key($0, path: "access_key") }
        let actionKey = required("action_key", in: fields, root: root).flatMap { key($0, path: "action_key") }
        var apiURL: String? = APIURL.production
        if let node = fields["api_url"] { apiURL = parseAPIURL(node) }
        var config = CustomerConfig(
            customer: customer ?? "", accessKey: accessKey ?? "", actionKey: actionKey ?? "",
            apiURL: apiURL ?? APIURL.production)
        // Optional fields are validated even when a required one is missing, so all errors show at once.
        readOptional(fields, into: &config)
        guard customer != nil, accessKey != nil, actionKey != nil, apiURL != nil else { return nil }
        return config
    }

    private func readOptional(_ fields: [String: Node], into config: inout CustomerConfig) {
        if let node = fields["country_code"], let code = reader.string(node, path: "country_code") {
            if let problem = CallingCodes.problem(with: code) {
                reader.report(problem, at: node, path: "country_code")
            } else {
                config.countryCode = code
            }
        }
        if let node = fields["selectors"] { config.selectors = selectorList(node) }
        if let node = fields["referrers"] { config.referrers = referrerList(node) }
        config.persistFilters = fields["persist_filters"].flatMap { reader.bool($0, path: "persist_filters") }
        config.useLoadingClass = fields["use_loading_class"].flatMap { reader.bool($0, path: "use_loading_class") }
        config.paidOnly = fields["paid_only"].flatMap { reader.bool($0, path: "paid_only") }
        config.timeoutMs = fields["timeout_ms"].flatMap { reader.int($0, path: "timeout_ms", in: 100...60_000) }
        config.heartbeatSeconds = fields["heartbeat_seconds"].flatMap {
            reader.int($0, path: "heartbeat_seconds", in: 0...3600)
        }
        if let node = fields["debug"], let value = reader.bool(node, path: "debug") { config.debug = value }
        if let node = fields["observe"], let value = reader.bool(node, path: "observe") { config.observe = value }
        if let node = fields["fallback_number"] { config.fallbackNumber = fallbackNumber(node) }
        if let node = fields["numbers"] { config.targetNumbers = targetNumbers(node) }
        if let node = fields["consent"] { config.consent = choice(node, path: "consent") }
        if let node = fields["session_without_consent"] {
            config.sessionWithoutConsent = choice(node, path: "session_without_consent")
        }
        if let node = fields["ignore_attribute"] { config.ignoreAttribute = ignoreAttribute(node) }
        if let node = fields["on_load"] { config.onLoad = OnLoadParser(reader: reader).onLoad(node) }
        if let node = fields["hosting"] { config.hosting = hosting(node) }
    }

    /// The node of a required key, reporting its absence at the mapping.
    private func required(_ key: String, in fields: [String: Node], root: Node) -> Node? {
        guard let node = fields[key] else {
            reader.report("missing required field '\(key)'", at: root, path: key)
            return nil
        }
        return node
    }

    private func customerName(_ node: Node) -> String? {
        guard let name = reader.nonEmptyString(node, path: "customer") else { return nil }
        let allowed = name.count <= 64 && name.first.map { $0.isASCII && ($0.isLowercase || $0.isNumber) } == true
            && name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") }
        guard allowed else {
            reader.report(
                "must be 1-64 lower-case letters, digits, '-' or '_' starting with a letter or digit (it names files), got \"\(name)\"",
                at: node, path: "customer")
            return nil
        }
        return name
    }

    private func key(_ node: Node, path: String) -> String? {
        guard let value = reader.nonEmptyString(node, path: path) else { return nil }
        if value != value.trimmingCharacters(in: .whitespacesAndNewlines) {
            reader.report("has leading or trailing spaces", at: node, path: path)
            return nil
        }
        return value
    }

    private func parseAPIURL(_ node: Node) -> String? {
        guard let text = reader.nonEmptyString(node, path: "api_url") else { return nil }
        switch text {
        case "production": return APIURL.production
        case "sandbox": return APIURL.sandbox
        default:
            if let problem = NetworkNames.urlProblem(text, allowQuery: false) {
                reader.report(problem + " (or use production or sandbox)", at: node, path: "api_url")
                return nil
            }
            return text.hasSuffix("/") ? String(text.dropLast()) : text
        }
    }

    private func selectorList(_ node: Node) -> [String] {
        guard let items = reader.list(node, path: "selectors") else { return [] }
        return items.enumerated().compactMap { offset, item in
            let path = "selectors[\(offset)]"
            guard let selector = reader.nonEmptyString(item, path: path) else { return nil }
            if let problem = selectors.syntaxError(in: selector) {
                reader.report("selector \"\(selector)\" does not parse: \(problem)", at: item, path: path)
                return nil
            }
            return selector
        }
    }

    private func referrerList(_ node: Node) -> [ReferrerRule] {
        guard let items = reader.list(node, path: "referrers") else { return [] }
        return items.enumerated().compactMap { offset, item in
            let path = "referrers[\(offset)]"
            guard let fields = reader.mapping(item, path: path, known: ["domain", "group", "medium"]) else { return nil }
            guard let mediumNode = fields["medium"] else {
                reader.report("a referrer rule needs a medium (e.g. medium: social)", at: item, path: path + ".medium")
                return nil
            }
            guard let medium = reader.nonEmptyString(mediumNode, path: path + ".medium") else { return nil }
            if let groupNode = fields["group"] {
                return referrerGroup(groupNode, medium: medium, hasDomain: fields["domain"] != nil, path: path)
            }
            guard let domainNode = fields["domain"] else {
                reader.report("a referrer rule needs a domain (e.g. domain: reddit.com) or a built-in group (e.g. group: ai)",
                              at: item, path: path + ".domain")
                return nil
            }
            guard let domain = reader.nonEmptyString(domainNode, path: path + ".domain") else { return nil }
            if let problem = NetworkNames.domainProblem(domain.lowercased()) {
                reader.report(problem, at: domainNode, path: path + ".domain")
                return nil
            }
            return ReferrerRule(domain: domain.lowercased(), medium: medium)
        }
    }

    /// `{group, medium}`: a built-in referrer group given another medium.
    private func referrerGroup(_ node: Node, medium: String, hasDomain: Bool, path: String) -> ReferrerRule? {
        guard let group = reader.nonEmptyString(node, path: path + ".group") else { return nil }
        if hasDomain {
            reader.report("give a domain or a group, not both", at: node, path: path + ".group")
            return nil
        }
        guard ReferrerRule.groups.contains(group) else {
            reader.report("unknown group \"\(group)\"; the built-in groups are \(ReferrerRule.groups.joined(separator: ", "))",
                          at: node, path: path + ".group")
            return nil
        }
        return ReferrerRule(group: group, medium: medium)
    }

    private func fallbackNumber(_ node: Node) -> String? {
        guard let number = reader.string(node, path: "fallback_number") else { return nil }
        let digits = number.allSatisfy { $0.isASCII && $0.isNumber }
        guard digits, (7...15).contains(number.count), number.first != "0" else {
            reader.report(
                "must be an E.164 number as digits without '+' (7-15 digits, e.g. \"442079460999\"), got \"\(number)\"",
                at: node, path: "fallback_number")
            return nil
        }
        return number
    }

    /// One of an enumeration's raw values, or a report listing them.
    private func choice<T: RawRepresentable & CaseIterable>(_ node: Node, path: String) -> T? where T.RawValue == String {
        guard let text = reader.nonEmptyString(node, path: path) else { return nil }
        if let value = T(rawValue: text) { return value }
        let names = T.allCases.map(\.rawValue).joined(separator: ", ")
        reader.report("must be one of \(names), got \"\(text)\"", at: node, path: path)
        return nil
    }

    /// The customer's own numbers, written as on their pages: digits with spaces, `+`, brackets, `-`, `.` or `/`.
    private func targetNumbers(_ node: Node) -> [String] {
        guard let items = reader.list(node, path: "numbers") else { return [] }
        return items.enumerated().compactMap { offset, item in
            let path = "numbers[\(offset)]"
            guard let number = reader.nonEmptyString(item, path: path) else { return nil }
            let digits = number.filter { $0.isASCII && $0.isNumber }.count
            let allowed = number.allSatisfy { ($0.isASCII && $0.isNumber) || " +()-./".contains($0) }
            guard allowed, (7...17).contains(digits) else {
                reader.report(
                    "must be a phone number as printed on the site, 7-17 digits with spaces, '+', brackets, '-', '.' or '/' (e.g. \"020 7946 0001\" or \"+44 20 7946 0001\"), got \"\(number)\"",
                    at: item, path: path)
                return nil
            }
            return number
        }
    }

    private func ignoreAttribute(_ node: Node) -> String? {
        guard let name = reader.nonEmptyString(node, path: "ignore_attribute") else { return nil }
        let valid = name.first.map { $0.isASCII && $0.isLetter } == true
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
        guard valid else {
            reader.report("must be an HTML attribute name such as data-dni-ignore, got \"\(name)\"", at: node, path: "ignore_attribute")
            return nil
        }
        return name.lowercased()
    }

    private func hosting(_ node: Node) -> Hosting? {
        guard let fields = reader.mapping(node, path: "hosting", known: ["url"]) else { return nil }
        guard let urlNode = fields["url"] else {
            reader.report("missing required field 'url'", at: node, path: "hosting.url")
            return nil
        }
        guard let url = reader.nonEmptyString(urlNode, path: "hosting.url") else { return nil }
        if let problem = NetworkNames.urlProblem(url, allowQuery: true) {
            reader.report(problem, at: urlNode, path: "hosting.url")
            return nil
        }
        return Hosting(url: url)
    }
}
