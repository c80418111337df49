@testable import Browser
import Testing

@Suite struct RecentCacheTests {
    struct Refused: Error {}

    @Test func aValueIsMadeOnceAndTheLeastRecentlyUsedGoesWhenFull() {
        let cache = RecentCache<String, Int>(capacity: 2)
        var made: [String] = []
        func length(_ key: String) -> Int { cache.value(for: key) { made.append(key); return key.count } }
        #expect(length("a") == 1)
        #expect(length("a") == 1)
        #expect(made == ["a"], "a kept value is not made again")
        _ = length("bb")
        _ = length("ccc")
        #expect(length("ccc") == 3)
        #expect(made == ["a", "bb", "ccc"])
        _ = length("a")
        #expect(made == ["a", "bb", "ccc", "a"], "the least recently used went when a third came")
        // "ccc" came before "a" but is used after it: the next newcomer pushes out "a", not "ccc".
        _ = length("ccc")
        _ = length("dddd")
        _ = length("ccc")
        #expect(made == ["a", "bb", "ccc", "a", "dddd"], "a value in use stays, however long ago it came")
    }

    @Test func aFailureIsNotKept() throws {
        let cache = RecentCache<String, Int>(capacity: 2)
        #expect(throws: Refused.self) { try cache.value(for: "x") { throw Refused() } }
        #expect(cache.value(for: "x") { 7 } == 7)
    }
}
