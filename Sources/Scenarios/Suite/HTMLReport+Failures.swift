import Foundation

extension HTMLReport {
    /// One unmet expectation: the step and check, then expected against actual as a diff.
    ///
    /// A list check (numbers, tel links) shows each item once, marked missing (expected, not there),
    /// unexpected (there, not expected) or kept; any other check shows both values with the differing
    /// middle struck out and inserted.
    static func failureBlock(_ failure: Failure) -> String {
        var out = "<div class=\"failure\"><h5>step \(failure.step + 1) (\(escape(failure.stepLabel))): "
        out += "\(escape(failure.check))</h5>"
        if let expected = failure.expectedItems, let actual = failure.actualItems {
            out += listDiff(ListDiff(expected: expected, actual: actual))
        } else {
            let diff = TextDiff(expected: failure.expected, actual: failure.actual)
            let same = (escape(diff.prefix), escape(diff.suffix))
            out += "<dl class=\"fail\"><dt>expected</dt><dd class=\"exp\">\(same.0)<del>\(escape(diff.expectedMiddle))</del>\(same.1)</dd>"
            out += "<dt>actual</dt><dd class=\"act\">\(same.0)<ins>\(escape(diff.actualMiddle))</ins>\(same.1)</dd></dl>"
        }
        return out + "</div>\n"
    }

    /// A list diff as one line per item.
    static func listDiff(_ diff: ListDiff) -> String {
        var out = "<ul class=\"diff\">"
        for line in diff.lines {
            switch line {
            case .same(let item): out += "<li class=\"same\">  \(escape(item))</li>"
            case .missing(let item): out += "<li class=\"missing\">− \(escape(item)) <small>(expected, missing)</small></li>"
            case .unexpected(let item): out += "<li class=\"unexpected\">+ \(escape(item)) <small>(not expected)</small></li>"
            }
        }
        if diff.lines.isEmpty { out += "<li class=\"same\">(none on either side)</li>" }
        return out + "</ul>"
    }
}
