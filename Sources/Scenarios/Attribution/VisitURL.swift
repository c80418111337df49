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
        let bytes = url.utf8
        guard let first = bytes.first, (first | 0x20) >= UInt8(ascii: "a"), (first | 0x20) <= UInt8(ascii: "z"),
              let colon = bytes.firstIndex(of: UInt8(ascii: ":"))
        else { return "" }
        var start = bytes.index(after: colon)
        for _ in 0..<2 {
            guard start != bytes.endIndex, bytes[start] == UInt8(ascii: "/") else { return "" }
            start = bytes.index(after: start)
        }
        var end = start, hostStart = start, portAt: String.Index? = nil
        while end != bytes.endIndex {
            let byte = bytes[end]
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") { break }
            if byte == UInt8(ascii: "@") { hostStart = bytes.index(after: end); portAt = nil }
            if byte == UInt8(ascii: ":") && portAt == nil { portAt = end }
            end = bytes.index(after: end)
        }
        return url[hostStart..<(portAt ?? end)].lowercased()
    }

    /// The host without a leading `www.`.
    public static func bareHost(of url: String) -> String {
        let host = host(of: url)
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// The query parameters of a URL, percent-decoded with `+` as a space; the first of a repeated name wins.
    public static func query(_ url: String) -> [String: String] {
        let bytes = url.utf8
        guard let mark = bytes.firstIndex(of: UInt8(ascii: "?")) else { return [:] }
        let end = bytes[mark...].firstIndex(of: UInt8(ascii: "#")) ?? bytes.endIndex
        var result: [String: String] = [:]
        for part in url[url.index(after: mark)..<end].split(separator: "&") {
            let equals = part.utf8.firstIndex(of: UInt8(ascii: "="))
            let name = decode(part[..<(equals ?? part.endIndex)])
            if result[name] == nil { result[name] = equals.map { decode(part[part.index(after: $0)...]) } ?? "" }
        }
        return result
    }

    static func decode(_ text: Substring) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }) else { return String(text) }
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
