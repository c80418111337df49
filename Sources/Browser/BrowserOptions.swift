/// Settings of a fake browser: who the visitor appears to be and how the platform behaves.
public struct BrowserOptions: Sendable {
    public var userAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) dni-harness Chrome/120 Safari/537.36"
    public var language = "en-GB"
    /// Seed of `crypto.getRandomValues`, `crypto.randomUUID` and `Math.random`.
    public var seed: UInt64 = 0x5EED
    /// When true, `setItem` throws as in Safari's old private browsing.
    public var storageThrows = false
    /// Quota of each storage area in UTF-16 code units of keys plus values.
    public var storageQuota = 5 * 1024 * 1024
    /// When false, `document.cookie` reads empty and ignores writes (cookies blocked).
    public var cookiesEnabled = true
    /// Base latency of every request in virtual milliseconds, when no range is given.
    public var latencyMs: Double = 20
    /// When set, each answer's latency is drawn from this range with `networkSeed`, so answers can
    /// overtake each other as on a real network.
    public var latencyRangeMs: ClosedRange<Double>?
    /// Seed of the latency draws: one seed is one reproducible ordering of the answers.
    public var networkSeed: UInt64 = 0x0DE1
    /// Where the clock starts.
    public var clockStart = VirtualClock.defaultStart

    public init() {}
}
