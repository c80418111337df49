import Browser

/// Checks of the URLs given to `--url`, `--referrer` and `--site`, made in `validate()` so that a bad one is a
/// usage error naming the option, before any page is visited.
enum URLOption {
    /// Throws when `value` is not an absolute http(s) URL with a host.
    static func checkPage(_ value: String, option: String = "--url",
                          example: String = "https://shop.example/?utm_medium=email") throws {
        guard isAbsolute(value, schemes: ["http", "https"]) else {
            throw UserError("\(option) \(quoted(value)) is not an absolute http(s) URL",
                            fix: "give the full address, like \(example)", exitCode: UserError.usage).validation
        }
    }

    /// Throws when `value` is neither empty (a direct visit) nor an absolute http(s) or android-app URL.
    static func checkReferrer(_ value: String, option: String = "--referrer") throws {
        guard value.isEmpty || isAbsolute(value, schemes: ["http", "https", "android-app"]) else {
            throw UserError("\(option) \(quoted(value)) is not an absolute http(s) URL",
                            fix: "give the referring page's full address, like https://www.google.com/, "
                                + "or leave \(option) out for a direct visit", exitCode: UserError.usage).validation
        }
    }

    /// Whether `value` is `scheme://host…` with one of `schemes`, a host and a port (if any) up to 65535, as
    /// the harness's browser reads it.
    static func isAbsolute(_ value: String, schemes: Set<String>) -> Bool {
        guard value.contains("://"), let parts = URLParts(value) else { return false }
        return schemes.contains(parts.scheme) && !parts.host.isEmpty && (parts.port ?? 0) <= 65535
    }

    /// The value in quotes when it is empty or holds spaces, so the message shows where it starts and ends.
    static func quoted(_ value: String) -> String {
        value.isEmpty || value.contains(where: \.isWhitespace) ? "\"\(value)\"" : value
    }
}
