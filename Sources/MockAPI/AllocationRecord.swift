/// One session's hold on one pool number: who held it, from when to when, and what they sent.
///
/// This is what call attribution reads: a call to `number` at time `t` belongs to the record
/// whose hold covers `t` (see ``DNIService/holder(of:at:)``).
public struct AllocationRecord: Sendable, Equatable {
    /// Why a hold ended.
    public enum EndReason: String, Sendable, Equatable {
        /// The session sent no allocate for the pool's session timeout.
        case expired
        /// The pool was shrunk and the number removed from it.
        case resized
    }

    /// The pool the number belongs to.
    public var poolID: String
    /// The number held, E.164 digits without `+`.
    public var number: String
    /// The visitor's session key.
    public var sessionKey: String
    /// The `call_destination` the number stood in for.
    public var destination: String
    /// The `site_data` sent with the allocate that started the hold (an empty object when none).
    public var siteData: [String: JSONValue]
    /// The `page_url` sent with the allocate that started the hold.
    public var pageURL: String?
    /// Every distinct `page_url` seen during the hold, in order.
    public var pages: [String]
    /// When the hold started (the injected clock's seconds).
    public var start: Double
    /// The last allocate from this session for this pool and destination.
    public var lastActivity: Double
    /// How many allocates the hold has seen, the first one included.
    public var requests: Int
    /// When the hold ended, or `nil` while the session still holds the number.
    public var end: Double?
    /// Why it ended, or `nil` while it lasts.
    public var endReason: EndReason?

    /// True when the hold covers time `t` (start inclusive, end exclusive).
    public func covers(_ t: Double) -> Bool {
        t >= start && (end.map { t < $0 } ?? true)
    }
}
