import Testing
@testable import Scenarios

@Suite struct ReplacementDiffTests {
    @Test(arguments: [
        ("HRB 123456 B", "HRB 0309999999 B", "123456", "0309999999"),
        ("Call 020 7946 0001 today", "Call 020 7946 0500 today", "020 7946 0001", "020 7946 0500"),
        ("Tel. 030 / 1234567", "Tel. 089 / 9999999", "030 / 1234567", "089 / 9999999"),
        ("+44 (0)20 7946 0001", "+44 (0)20 7946 0777", "+44 (0)20 7946 0001", "+44 (0)20 7946 0777"),
    ])
    func theChangedPartIsWholeNumbers(old: String, new: String, wantOld: String, wantNew: String) {
        let (a, b) = ReplacementDiff.differingParts(old, new)
        #expect(a == wantOld)
        #expect(b == wantNew)
    }

    @Test func nodesArePairedByPlaceNotByTheOrderOfNumbers() {
        var before = ReplacementDiff.Nodes()
        before.texts = ["/0/0": "HRB 123456 B", "/2/0": "Call 030 / 1234567", "/10/0": "Fax 030 7654321"]
        before.links = ["/2": "tel:+49301234567"]
        var after = before
        // The page's own script added a number before the others; it has no counterpart and shifts nothing.
        after.texts["/1/0"] = "Hotline 0800 123456"
        after.texts["/2/0"] = "Call 089 / 9999999"
        after.texts["/10/0"] = "Fax 089 8888888"
        after.links["/2"] = "tel:+49899999999"
        let changes = ReplacementDiff.changes(from: before, to: after)
        #expect(changes.map { "\($0.kind): \($0.old) → \($0.new)" } == [
            "href: tel:+49301234567 → tel:+49899999999",
            "text: 030 / 1234567 → 089 / 9999999",
            "text: 030 7654321 → 089 8888888",
        ])
    }
}
