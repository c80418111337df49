import Foundation

/// The readable text of a failed scenario: what differed, the page around it, requests and cookies.
public enum FailureReport {
    public static func text(_ result: ScenarioResult) -> String {
        var lines = ["FAIL \(result.scenario.name)  [\(result.browser)]", "  file: \(result.scenario.file)"]
        if let seed = result.ordering {
            lines.append("  ordering: seed \(seed); replay with: dni test \(result.scenario.file) --seed \(seed)")
        }
        for failure in result.failures {
            lines += failure.description.split(separator: "\n").map { "  " + $0 }
            if let expected = failure.expectedItems, let actual = failure.actualItems {
                lines += listDiff(ListDiff(expected: expected, actual: actual)).map { "      " + $0 }
            }
        }
        if let source = result.finalSnapshot?.source {
            lines.append("  source as the client tells it: \(source.medium) (rule \(source.rule))")
        }
        if let snapshot = result.finalSnapshot {
            if !snapshot.numbers.isEmpty {
                lines.append("  numbers on the page: " + snapshot.numbers.joined(separator: " | "))
            }
            lines.append("  page excerpt:")
            lines += excerpt(snapshot.html).map { "    " + $0 }
            if !snapshot.cookies.isEmpty {
                lines.append("  cookies: " + snapshot.cookies.map { "\($0.name)=\($0.value)\($0.session ? " (session)" : "")" }
                    .joined(separator: "; "))
            }
        }
        if !result.apiCalls.isEmpty {
            lines.append("  API requests:")
            for call in result.apiCalls {
                lines.append("    \(call.path) → \(call.status)  \(call.body.prefix(300))")
                if !call.answer.isEmpty { lines.append("      answer: \(call.answer.prefix(300))") }
            }
        }
        let errors = result.console.filter { $0.level == "error" || $0.level == "warn" }
        if !errors.isEmpty {
            lines.append("  console:")
            lines += errors.prefix(10).map { "    [\($0.level)] \($0.text.prefix(300))" }
        }
        return lines.joined(separator: "\n")
    }

    /// A list failure's items, one a line: `- item` expected and missing, `+ item` there and not expected.
    static func listDiff(_ diff: ListDiff) -> [String] {
        diff.lines.map { line in
            switch line {
            case .same(let item): return "  " + item
            case .missing(let item): return "- " + item + "   (expected, missing)"
            case .unexpected(let item): return "+ " + item + "   (not expected)"
            }
        }
    }

    /// The body's lines that hold digits, at most 12, trimmed: where numbers live.
    static func excerpt(_ html: String) -> [String] {
        var body = html.range(of: "<body").map { String(html[$0.lowerBound...]) } ?? html
        body = body.replacingOccurrences(of: "<script[^>]*>[\\s\\S]*?</script>", with: "<script>…</script>",
                                         options: .regularExpression)
        let lines = body.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { line in !line.isEmpty && line.contains(where: \.isNumber) && !line.hasPrefix("<script") }
        return lines.prefix(12).map { $0.count > 160 ? String($0.prefix(160)) + "…" : $0 }
    }
}
