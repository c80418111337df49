/// Writes the JavaScript a customer build runs on load, calling only the public `iovox` API.
///
/// Every configured value goes through ``JSString/literal(_:)``; keys are quoted the same way.
/// The code is wrapped in its own function so it works both inside the build and as a separate inline script.
///
/// ```js
/// (function (iovox) {
///   'use strict';
///   if (!iovox) { return; }
///   iovox.init({access_key: "k", action_key: "a", api_url: "https://platform.iovox.com"});
///   iovox.autoReplace({"medium": iovox.detectMedium()}, {"medium": "website"});
/// })(window.iovox);
/// ```
public struct OnLoadScript: Sendable {
    public let config: CustomerConfig

    public init(config: CustomerConfig) { self.config = config }

    /// The complete on-load script.
    public var source: String {
        var lines = ["(function (iovox) {", "  'use strict';", "  // The library failed to load (network, SRI): leave the page as it is.",
                     "  if (!iovox) { return; }"]
        lines.append("  iovox.init(\(initOptions));")
        if !config.referrers.isEmpty {
            let rules = config.referrers.map { rule in
                let target = rule.group.map { "group: \(JSString.literal($0))" } ?? "domain: \(JSString.literal(rule.domain))"
                return "{\(target), medium: \(JSString.literal(rule.medium))}"
            }
            lines.append("  iovox.setReferrers([\(rules.joined(separator: ", "))]);")
        }
        if !config.selectors.isEmpty {
            lines.append("  iovox.setAutoSelectors([\(config.selectors.map(JSString.literal).joined(separator: ", "))]);")
        }
        if let perSource = config.onLoad.perSource {
            var arguments = [Self.object(perSource.filters)]
            if !perSource.defaults.isEmpty { arguments.append(Self.object(perSource.defaults)) }
            lines.append("  iovox.autoReplace(\(arguments.joined(separator: ", ")));")
        }
        if let perSession = config.onLoad.perSession {
            if perSession.siteData.contains(where: { if case .query = $0 { return true } else { return false } }) {
                lines += Self.queryReader
            }
            var arguments = [Self.object(perSession.filters), Self.siteData(perSession.siteData)]
            if !perSession.defaults.isEmpty { arguments.append(Self.object(perSession.defaults)) }
            lines.append("  iovox.autoAllocate(\(arguments.joined(separator: ", ")));")
        }
        lines.append("})(window.iovox);")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The `iovox.init` options object: keys, api_url and every option the config sets.
    var initOptions: String {
        var options = [
            ("access_key", JSString.literal(config.accessKey)),
            ("action_key", JSString.literal(config.actionKey)),
            ("api_url", JSString.literal(config.apiURL)),
        ]
        func add(_ key: String, _ value: String?) { if let value { options.append((key, value)) } }
        add("country_code", config.countryCode.map(JSString.literal))
        add("persist_filters", config.persistFilters.map(String.init))
        add("use_loading_class", config.useLoadingClass.map(String.init))
        add("timeout", config.timeoutMs.map(String.init))
        add("fallback_number", config.fallbackNumber.map(JSString.literal))
        switch config.consent {
        case .manual: add("consent", "false")
        case .googleConsentMode: add("consent", JSString.literal("gcm"))
        case .tcf: add("consent", JSString.literal("tcf"))
        case .none?, nil: break
        }
        add("session_consent", config.sessionWithoutConsent.map { JSString.literal($0.rawValue) })
        if !config.targetNumbers.isEmpty {
            add("numbers", "[" + config.targetNumbers.map(JSString.literal).joined(separator: ", ") + "]")
        }
        add("paid_only", config.paidOnly.map(String.init))
        add("heartbeat", config.heartbeatSeconds.map(String.init))
        add("debug", config.debug ? "true" : nil)
        add("ignore_attribute", config.ignoreAttribute.map(JSString.literal))
        return "{" + options.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// An object literal of filters; detected values become calls.
    static func object(_ filters: [Filter]) -> String {
        let entries = filters.map { filter -> String in
            let value: String
            switch filter.value {
            case .literal(let text): value = JSString.literal(text)
            case .detect: value = "iovox.detectMedium()"
            case .campaign: value = "iovox.detectCampaign()"
            }
            return "\(JSString.literal(filter.key)): \(value)"
        }
        return "{" + entries.joined(separator: ", ") + "}"
    }

    /// The site_data object literal, read from the page at run time.
    static func siteData(_ fields: [SiteDataField]) -> String {
        let entries = fields.map { field -> String in
            let value: String
            switch field {
            case .query(let name): value = "dniQuery(\(JSString.literal(name)))"
            case .landingPage: value = "window.location.href"
            case .referrer: value = "document.referrer"
            case .custom(_, let text): value = JSString.literal(text)
            }
            return "\(JSString.literal(field.key)): \(value)"
        }
        return "{" + entries.joined(separator: ", ") + "}"
    }

    /// A reader of one URL query parameter; `null` when absent, like `URLSearchParams.get`.
    static let queryReader = [
        "  var dniQuery = function (name) {",
        "    var match = new RegExp('[?&]' + name + '=([^&#]*)').exec(window.location.search);",
        "    if (!match) { return null; }",
        "    // '+' is a space in query strings; a malformed escape is kept as written.",
        "    try { return decodeURIComponent(match[1].replace(/\\+/g, ' ')); } catch (e) { return match[1]; }",
        "  };",
    ]
}
