/// Reads page visits from a web server access log in the combined format.
///
/// ```
/// 203.0.113.7 - - [03/Dec/2026:10:00:00 +0000] "GET /?gclid=x HTTP/1.1" 200 5120 "https://www.google.com/" "Mozilla/5.0"
/// ```
///
/// The landing URL is `site` plus the request target; the referrer is the `Referer` field (`-` for none).
/// Requests that are no page view — not `GET`, an error status, or a file such as `.css`, `.png` or `.js` —
/// are skipped.
public struct AccessLogParser: Sendable {
    /// The site's origin, `https://host`, without a trailing slash.
    let site: String

    static let assetExtensions: Set<String> = [
        "css", "js", "mjs", "map", "json", "xml", "txt", "png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "ico",
        "woff", "woff2", "ttf", "otf", "eot", "mp4", "webm", "mp3", "pdf", "zip",
    ]

    /// Checks that `site` is an http(s) origin.
    public init(site: String) throws {
        let trimmed = site.hasSuffix("/") ? String(site.dropLast()) : site
        guard trimmed.hasPrefix("https://") || trimmed.hasPrefix("http://"),
              !VisitURL.host(of: trimmed).isEmpty,
              !trimmed.dropFirst(8).contains("/")
        else { throw RunError("--site must be the site's origin, like https://shop.example, got \"\(site)\"") }
        self.site = trimmed
    }

    /// The visit on one log line.
    public func parse(_ line: String) -> ParsedLine {
        let quoted = line.split(separator: "\"", omittingEmptySubsequences: false)
        // host ident user [time] "request" status size "referer" "agent"
        guard quoted.count >= 5, quoted[0].contains("["), quoted[0].hasSuffix("] ") else {
            return .malformed("not a combined-format log line")
        }
        let request = quoted[1].split(separator: " ")
        let status = quoted[2].split(separator: " ")
        guard request.count >= 2, let code = status.first.flatMap({ Int($0) }) else {
            return .malformed("no request line or status")
        }
        guard request[0] == "GET", (200..<400).contains(code) else { return .skipped }
        let target = String(request[1])
        let path = target.split(separator: "?", maxSplits: 1).first.map(String.init) ?? target
        if let dot = path.lastIndex(of: "."), !path[dot...].contains("/"),
           Self.assetExtensions.contains(path[path.index(after: dot)...].lowercased()) {
            return .skipped
        }
        let url: String
        if target.hasPrefix("/") {
            url = site + target
        } else if target.hasPrefix("http://") || target.hasPrefix("https://") {
            url = target
        } else {
            return .malformed("request target \"\(target.prefix(60))\" is not a path")
        }
        let referrer = quoted[3] == "-" ? "" : String(quoted[3])
        return .visit(url: url, referrer: referrer)
    }
}
