/// One `localStorage` or `sessionStorage` area: string keys and values, with a quota.
///
/// Keys are kept in code-unit order, as Chromium's storage map does, so `key(i)` agrees with it.
public final class StorageArea {
    /// Thrown by `setItem` past the quota, or always when the browser makes storage throw.
    public struct QuotaExceeded: Error {}

    private var items: [String: String] = [:]
    private var sortedKeys: [String] = []
    /// Most UTF-16 code units of keys plus values the area holds.
    public var quota: Int
    private var used = 0

    public init(quota: Int = 5 * 1024 * 1024) { self.quota = quota }

    public var count: Int { items.count }
    public var keys: [String] { sortedKeys }
    public func get(_ key: String) -> String? { items[key] }

    public func key(at index: Int) -> String? { index >= 0 && index < sortedKeys.count ? sortedKeys[index] : nil }

    public func set(_ key: String, _ value: String) throws {
        let old = items[key]
        let delta = value.utf16.count - (old?.utf16.count ?? -key.utf16.count)
        if used + delta > quota { throw QuotaExceeded() }
        used += delta
        items[key] = value
        if old == nil {
            let index = sortedKeys.firstIndex { Array($0.utf16).lexicographicallyPrecedes(Array(key.utf16)) == false }
            sortedKeys.insert(key, at: index ?? sortedKeys.count)
        }
    }

    public func remove(_ key: String) {
        guard let old = items.removeValue(forKey: key) else { return }
        used -= old.utf16.count + key.utf16.count
        sortedKeys.removeAll { $0 == key }
    }

    public func clear() {
        items.removeAll()
        sortedKeys.removeAll()
        used = 0
    }

    /// The entries in key order.
    public var entries: [(key: String, value: String)] { sortedKeys.map { ($0, items[$0]!) } }
}
