import Foundation

/// The parts of a visit's URLs that source attribution reads: the referrer's host and the landing URL's query.
///
/// Parsing is by hand and lenient, like the client's: one visit of a million must cost microseconds.
///
/// ```swift
/// VisitURL.host(of: "https://user@www.google.co.uk:443/search")   // "www.google.co.uk"
/// VisitURL.query("https://shop.example/?utm_medium=paid+social")  // ["utm_medium": "paid social"]
/// ```
public enum VisitURL {
    /// The lower-cased host of an absolute URL (`scheme://[user@]host[:port]…`), or `""`.
    public static func host(of url: String) -> String {
        guard let colon = url.firstIndex(of: ":"), url[colon...].hasPrefix("://"),
              let first = url.first, first.isLetter
        else { return "" }
        var rest = url[url.index(colon, offsetBy: 3)...]
        if let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        if let port = rest.firstIndex(of: ":") { rest = rest[..<port] }
        return rest.lowercased()
    }

    /// The host without a leading `www.`.
    public static func bareHost(of url: String) -> String {
        let host = host(of: url)
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// The query parameters of a URL, percent-decoded with `+` as a space; the first of a repeated name wins.
    public static func query(_ url: String) -> [String: String] {
        guard let mark = url.firstIndex(of: "?") else { return [:] }
        var query = url[url.index(after: mark)...]
        if let hash = query.firstIndex(of: "#") { query = query[..<hash] }
        var result: [String: String] = [:]
        for part in query.split(separator: "&") {
            let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = decode(pair[0])
            if result[name] == nil { result[name] = pair.count > 1 ? decode(pair[1]) : "" }
        }
        return result
    }

    static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
