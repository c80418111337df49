import Foundation

/// The public suffix list (publicsuffix.org) from Debian's `publicsuffix` package: which domains are
/// registries (`co.uk`, `github.io`), so that no cookie can be set for all of them.
///
/// ```swift
/// PublicSuffixList.shared.isPublicSuffix("co.uk")        // true
/// PublicSuffixList.shared.isPublicSuffix("shop.co.uk")   // false
/// ```
///
/// Without the file only the default rule applies: a single label (`uk`, `example`) is a public suffix.
public struct PublicSuffixList: Sendable {
    /// Where Debian installs the list.
    public static let debianPath = "/usr/share/publicsuffix/public_suffix_list.dat"
    /// The list from `debianPath`, read once.
    public static let shared = PublicSuffixList(contentsOf: debianPath)

    private var rules: Set<String> = []
    /// `*.ck` is kept as `ck`: every label under it is a suffix.
    private var wildcards: Set<String> = []
    /// `!www.ck` is kept as `www.ck`: not a suffix despite a wildcard.
    private var exceptions: Set<String> = []
    /// False when the file could not be read.
    public private(set) var isLoaded = false

    /// Reads the list at `path`; an unreadable file gives the default rule only.
    public init(contentsOf path: String) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            self.init(text: "")
            isLoaded = false
            return
        }
        self.init(text: text)
    }

    /// Parses the list's text: one rule per line, `//` comments, the rule up to the first space.
    public init(text: String) {
        for line in text.split(whereSeparator: \.isNewline) {
            guard let rule = line.split(separator: " ").first?.lowercased(), !rule.hasPrefix("//") else { continue }
            if rule.hasPrefix("*.") { wildcards.insert(String(rule.dropFirst(2))) } else if rule.hasPrefix("!") {
                exceptions.insert(String(rule.dropFirst()))
            } else {
                rules.insert(rule)
            }
        }
        isLoaded = true
    }

    /// True when `domain` (lower case, no leading dot) is a public suffix.
    public func isPublicSuffix(_ domain: String) -> Bool {
        if exceptions.contains(domain) { return false }
        if rules.contains(domain) { return true }
        guard let dot = domain.firstIndex(of: ".") else { return true }
        return wildcards.contains(String(domain[domain.index(after: dot)...]))
    }
}
