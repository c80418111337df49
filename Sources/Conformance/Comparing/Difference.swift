/// One way the harness and Chromium disagree on a scenario.
public struct Difference: Sendable, CustomStringConvertible {
    /// Where, e.g. `expect[1].elements.#sales.text`, `api[0].body`, `cookies.iovox_session`.
    public var field: String
    public var harness: String
    public var chromium: String
    /// The known difference that allows it, if any.
    public var allowedBy: String?

    public var description: String {
        "\(field)\n      harness:  \(harness)\n      chromium: \(chromium)"
            + (allowedBy.map { "\n      allowed by known difference '\($0)'" } ?? "")
    }
}
