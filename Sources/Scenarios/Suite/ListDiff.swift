/// The difference between an expected and an actual list, item by item, in order.
///
///     ListDiff(expected: ["a", "b", "c"], actual: ["a", "x", "c"]).lines
///     // [.same("a"), .missing("b"), .unexpected("x"), .same("c")]
///
/// Items kept in both lists are found as a longest common subsequence, so one extra or missing item shows
/// as one line and does not shift every pair after it.
public struct ListDiff: Sendable, Equatable {
    public enum Line: Sendable, Equatable {
        case same(String)
        /// Expected, not there.
        case missing(String)
        /// There, not expected.
        case unexpected(String)
    }

    public let lines: [Line]

    public init(expected: [String], actual: [String]) {
        let n = expected.count, m = actual.count
        // keep[i][j]: the longest common subsequence of expected[i...] and actual[j...].
        var keep = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                keep[i][j] = expected[i] == actual[j] ? keep[i + 1][j + 1] + 1 : max(keep[i + 1][j], keep[i][j + 1])
            }
        }
        var lines: [Line] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, expected[i] == actual[j] {
                lines.append(.same(expected[i])); i += 1; j += 1
            } else if j == m || (i < n && keep[i + 1][j] >= keep[i][j + 1]) {
                lines.append(.missing(expected[i])); i += 1
            } else {
                lines.append(.unexpected(actual[j])); j += 1
            }
        }
        self.lines = lines
    }
}
