import Foundation

/// One visit told in order, for `dni run`: source, requests and answers, replacements, cookies, storage, console.
public struct VisitTrace: Sendable, Encodable {
    public struct Exchange: Sendable, Encodable {
        public var method: String
        public var url: String
        public var body: String
        public var status: Int?
        public var answer: String?
        /// Virtual milliseconds after the visit started.
        public var sentAt: Double
    }

    public struct Replacement: Sendable, Codable, Equatable {
        /// `text` or `href`.
        public var kind: String
        public var old: String
        public var new: String
    }

    public var url: String
    public var referrer: String
    public var detection: PageSnapshot.Source?
    public var requests: [Exchange]
    public var replacements: [Replacement]
    public var cookies: [CookieState]
    public var sessionStorage: [String: String]
    public var localStorage: [String: String]
    public var console: [ConsoleLine]
    /// Per page, the platform features it reached for that the harness lacks.
    public var missingFeatures: [MissingFeatures] = []
    public var html: String
}



extension VisitTrace {
    /// The HTML with inline scripts over 300 characters cut to a note of their size.
    static func shortenScripts(_ html: String) -> String {
        var out = html
        let pattern = try! NSRegularExpression(pattern: "(<script[^>]*>)([\\s\\S]*?)(</script>)", options: [.caseInsensitive])
        for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).reversed() {
            guard let body = Range(match.range(at: 2), in: html), html[body].count > 300,
                  let target = Range(match.range(at: 2), in: out) else { continue }
            out.replaceSubrange(target, with: "/* \(html[body].utf8.count) bytes of script */")
        }
        return out
    }

    /// The trace as the readable story `dni run` prints.
    public var story: String {
        var lines: [String] = ["Visit \(url)", "  referrer: \(referrer.isEmpty ? "(none)" : referrer)", ""]
        lines.append("1. Source")
        if let detection {
            lines.append("   medium \(detection.medium), campaign \"\(detection.campaign ?? "")\", decided by rule '\(detection.rule)'")
            if let passed = detection.passed, !passed.isEmpty { lines.append("   passed over: " + passed.joined(separator: ", ")) }
        } else {
            lines.append("   (the build has no detection module)")
        }
        lines.append("2. Requests")
        if requests.isEmpty { lines.append("   (none)") }
        for exchange in requests {
            lines.append("   +\(Int(exchange.sentAt)) ms \(exchange.method) \(exchange.url)")
            if !exchange.body.isEmpty { lines.append("     sent:     \(exchange.body)") }
            lines.append("     answered: " + (exchange.status.map { "\($0) \(exchange.answer ?? "")" } ?? "(no answer)"))
        }
        lines.append("3. Replacements")
        if replacements.isEmpty { lines.append("   (none)") }
        for replacement in replacements { lines.append("   \(replacement.kind): \(replacement.old) → \(replacement.new)") }
        lines.append("4. Cookies")
        if cookies.isEmpty { lines.append("   (none)") }
        for cookie in cookies {
            // Decoded, as people read it, with its attributes; the raw value too when it differs.
            let about = [cookie.session ? "session" : "persistent"] + cookie.attributes
            lines.append("   \(cookie.name) = \(cookie.decodedValue)  (\(about.joined(separator: "; ")))")
            if cookie.decodedValue != cookie.value { lines.append("     raw: \(cookie.value)") }
        }
        lines.append("5. Storage")
        if sessionStorage.isEmpty && localStorage.isEmpty { lines.append("   (none)") }
        for (key, value) in sessionStorage.sorted(by: { $0.key < $1.key }) { lines.append("   session \(key) = \(value.prefix(200))") }
        for (key, value) in localStorage.sorted(by: { $0.key < $1.key }) { lines.append("   local \(key) = \(value.prefix(200))") }
        lines.append("6. Console")
        if console.isEmpty { lines.append("   (none)") }
        for line in console { lines.append("   [\(line.level)] \(line.text)") }
        lines.append("7. Features the harness lacks")
        if missingFeatures.isEmpty { lines.append("   (none)") }
        for entry in missingFeatures { lines.append("   " + entry.summary) }
        lines.append("8. Final HTML (long inline scripts shortened)")
        lines.append(Self.shortenScripts(html))
        return lines.joined(separator: "\n")
    }
}
