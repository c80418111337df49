/// One customer's DNI account: the keys it authenticates with, its static items and its pools.
///
/// Load one from a file with ``Account/load(contentsOf:)``; the format is described in
/// `docs/mock-api.md`.
public struct Account: Sendable, Equatable {
    /// The key pair every request must carry in its JSON body.
    public var keys: Keys
    /// Static tracking numbers, each forwarding to one destination (per-source tracking).
    public var items: [Item]
    /// Number pools for per-session tracking.
    public var pools: [Pool]

    public init(keys: Keys, items: [Item] = [], pools: [Pool] = []) {
        self.keys = keys
        self.items = items
        self.pools = pools
    }

    /// The `access_key` / `action_key` pair of an account.
    public struct Keys: Sendable, Equatable {
        public var accessKey: String
        public var actionKey: String

        public init(accessKey: String, actionKey: String) {
            self.accessKey = accessKey
            self.actionKey = actionKey
        }
    }

    /// A static tracking number and the destination it forwards to.
    public struct Item: Sendable, Equatable {
        /// The item's ID, looked up directly by the `item_id` and `link_id` filters.
        public var id: String
        /// The tracking number shown to visitors, E.164 digits without `+`.
        public var trackingNumber: String
        /// The forwarding number, matched by the `call_destination` filter.
        public var destination: String
        /// Category ID to value, matched by every other filter key.
        public var categories: [String: String]

        public init(id: String, trackingNumber: String, destination: String, categories: [String: String] = [:]) {
            self.id = id
            self.trackingNumber = trackingNumber
            self.destination = destination
            self.categories = categories
        }
    }

    /// A group of numbers lent to one visitor session at a time.
    public struct Pool: Sendable, Equatable {
        /// The ID the `pool_id` filter names.
        public var id: String
        /// Categories that select this pool when a request names no `pool_id`.
        public var categories: [String: String]
        /// When non-empty, the only `call_destination` values this pool serves.
        public var destinations: [String]
        /// The pool's numbers, E.164 digits without `+`, in the order they are first handed out.
        public var numbers: [String]
        /// Seconds without an allocate from a session before its number returns to the pool.
        public var sessionTimeout: Double
        /// The number a client shows when the pool is exhausted; the API itself answers `null`.
        public var fallbackNumber: String?

        /// The inactivity timeout used when a pool names none: 30 minutes.
        public static let defaultSessionTimeout: Double = 1800

        public init(
            id: String, categories: [String: String] = [:], destinations: [String] = [], numbers: [String],
            sessionTimeout: Double = Pool.defaultSessionTimeout, fallbackNumber: String? = nil
        ) {
            self.id = id
            self.categories = categories
            self.destinations = destinations
            self.numbers = numbers
            self.sessionTimeout = sessionTimeout
            self.fallbackNumber = fallbackNumber
        }
    }
}
