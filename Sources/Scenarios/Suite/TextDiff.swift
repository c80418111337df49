/// Where two texts differ: their common start and end, and the differing middles.
///
///     TextDiff(expected: "020 7946 0101", actual: "020 7946 0500")
///     // prefix "020 7946 0", expected middle "101", actual middle "500", suffix ""
public struct TextDiff: Sendable, Equatable {
    public let prefix: String
    public let expectedMiddle: String
    public let actualMiddle: String
    public let suffix: String

    public init(expected: String, actual: String) {
        let a = Array(expected), b = Array(actual)
        var start = 0
        while start < a.count, start < b.count, a[start] == b[start] { start += 1 }
        var end = 0
        while end < a.count - start, end < b.count - start, a[a.count - 1 - end] == b[b.count - 1 - end] { end += 1 }
        prefix = String(a[..<start])
        expectedMiddle = String(a[start..<(a.count - end)])
        actualMiddle = String(b[start..<(b.count - end)])
        suffix = String(a[(a.count - end)...])
    }
}
