@testable import Browser
import Testing

@Suite struct ExactTextTests {
    let precomposed = "<p>caf\u{E9}</p>"
    let decomposed = "<p>cafe\u{301}</p>"

    @Test func canonicallyEquivalentTextsAreDifferentKeys() {
        #expect(precomposed == decomposed, "Swift's String equality is canonical equivalence")
        #expect(ExactText(precomposed) != ExactText(decomposed))
        #expect(Set([ExactText(precomposed), ExactText(decomposed), ExactText(precomposed)]).count == 2)
    }

    @Test func equalBytesAreEqualKeysWhereverTheTextCameFrom() {
        let built = "<p>caf" + String(UnicodeScalar(0xE9)!) + "</p>"
        let sliced = String("xx<p>caf\u{E9}</p>".dropFirst(2))
        #expect(ExactText(built) == ExactText(sliced))
        #expect(ExactText(built).hashValue == ExactText(sliced).hashValue)
        #expect(ExactText("") == ExactText(""))
        #expect(ExactText("a") != ExactText("ab"))
    }

    @Test func theParseCacheKeepsEachTextsOwnParse() throws {
        let first = try ParseCache.document(precomposed)
        let second = try ParseCache.document(decomposed)
        #expect(first.json.contains("caf\u{E9}"))
        #expect(Array(second.json.utf8) == Array(HTMLParser.document(decomposed).json.utf8),
                "the second text gets its own parse, not the first one's")
        #expect(Array(first.json.utf8) != Array(second.json.utf8))
    }
}
