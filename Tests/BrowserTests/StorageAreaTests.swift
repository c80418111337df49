@testable import Browser
import Testing

@Suite struct StorageAreaTests {
    @Test func keysAreOrderedAndCounted() throws {
        let area = StorageArea()
        try area.set("b", "2")
        try area.set("a", "1")
        try area.set("b", "3")
        #expect(area.count == 2)
        #expect(area.key(at: 0) == "a")
        #expect(area.key(at: 1) == "b")
        #expect(area.key(at: 2) == nil)
        #expect(area.get("b") == "3")
        area.remove("a")
        #expect(area.keys == ["b"])
    }

    @Test func quotaIsEnforcedAndFreedOnRemove() throws {
        let area = StorageArea(quota: 10)
        try area.set("k", "123456789")
        #expect(throws: StorageArea.QuotaExceeded.self) { try area.set("x", "1") }
        area.remove("k")
        try area.set("x", "1")
        #expect(area.get("x") == "1")
    }
}
