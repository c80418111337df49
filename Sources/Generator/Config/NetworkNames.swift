import Foundation

/// Checks domain names and URLs written in a config.
enum NetworkNames {
    /// Why `domain` is not a plain host name such as `reddit.com`, or `nil` when it is.
    static func domainProblem(_ domain: String) -> String? {
        if domain.contains("://") || domain.contains("/") {
            return "give a domain name like reddit.com, not a URL: \"\(domain)\""
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard domain.count <= 253, labels.count >= 2 else {
            return "\"\(domain)\" is not a domain name (expected something like reddit.com)"
        }
        for label in labels {
            let valid = (1...63).contains(label.count)
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
                && label.first != "-" && label.last != "-"
            if !valid { return "\"\(domain)\" is not a domain name (bad label \"\(label)\")" }
        }
        if labels.last!.allSatisfy(\.isNumber) {
            return "\"\(domain)\" is not a domain name (the last label is a number)"
        }
        return nil
    }

    /// Why `text` is not an acceptable URL, or `nil` when it is.
    ///
    /// Only `https` is allowed, except `http` to this machine (`localhost`, `127.0.0.1`, `[::1]`) for tests.
    static func urlProblem(_ text: String, allowQuery: Bool) -> String? {
        guard let parts = URLComponents(string: text), let scheme = parts.scheme?.lowercased(),
              let host = parts.host, !host.isEmpty
        else { return "\"\(text)\" is not an absolute URL" }
        let local = ["localhost", "127.0.0.1", "::1", "[::1]"].contains(host.lowercased())
        if scheme == "http" && !local {
            return "must use https (http is allowed only for localhost and 127.0.0.1): \"\(text)\""
        }
        if scheme != "https" && scheme != "http" { return "must be an https URL, got \"\(text)\"" }
        if parts.user != nil || parts.password != nil { return "must not contain a user name or password" }
        if parts.fragment != nil { return "must not contain a #fragment" }
        if !allowQuery && parts.query != nil { return "must not contain a ?query" }
        if text.contains(where: { $0.isWhitespace }) { return "must not contain spaces" }
        return nil
    }
}
