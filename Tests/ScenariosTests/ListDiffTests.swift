import Testing
@testable import Scenarios

@Suite struct ListDiffTests {
    @Test func oneExtraItemDoesNotShiftThePairsAfterIt() {
        let diff = ListDiff(expected: ["020 7946 0101", "020 7946 0102", "020 7946 0103"],
                            actual: ["020 7946 0101", "HRB 0309999999", "020 7946 0102", "020 7946 0103"])
        #expect(diff.lines == [.same("020 7946 0101"), .unexpected("HRB 0309999999"), .same("020 7946 0102"),
                               .same("020 7946 0103")])
    }

    @Test func aChangedItemIsMissingThenUnexpected() {
        let diff = ListDiff(expected: ["a", "b", "c"], actual: ["a", "x", "c"])
        #expect(diff.lines == [.same("a"), .missing("b"), .unexpected("x"), .same("c")])
    }

    @Test func emptySidesAreAllMissingOrAllUnexpected() {
        #expect(ListDiff(expected: ["a", "b"], actual: []).lines == [.missing("a"), .missing("b")])
        #expect(ListDiff(expected: [], actual: ["a"]).lines == [.unexpected("a")])
        #expect(ListDiff(expected: [], actual: []).lines.isEmpty)
    }

    @Test func textDiffFindsTheDifferingMiddle() {
        let diff = TextDiff(expected: "020 7946 0101", actual: "020 7946 0500")
        #expect(diff.prefix == "020 7946 0")
        #expect(diff.expectedMiddle == "101")
        #expect(diff.actualMiddle == "500")
        #expect(diff.suffix == "")
        let inside = TextDiff(expected: "call 0101 now", actual: "call 0101 0101 now")
        #expect(inside.prefix + inside.actualMiddle + inside.suffix == "call 0101 0101 now")
        #expect(inside.expectedMiddle.isEmpty)
        #expect(inside.actualMiddle == "0101 ")
    }
}
