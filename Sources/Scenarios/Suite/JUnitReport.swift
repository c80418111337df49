import Foundation

/// Results as JUnit XML, for CI systems.
public enum JUnitReport {
    public static func xml(_ results: [ScenarioResult], suiteName: String = "dni scenarios") -> String {
        let failures = results.filter { !$0.failures.isEmpty }.count
        let skipped = results.filter { $0.skipped != nil }.count
        let seconds = results.reduce(0) { $0 + $1.seconds }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuite name=\"\(escape(suiteName))\" tests=\"\(results.count)\" failures=\"\(failures)\" "
        out += "skipped=\"\(skipped)\" time=\"\(String(format: "%.3f", seconds))\">\n"
        for result in results {
            out += "  <testcase classname=\"\(escape(result.browser + "." + result.scenario.file))\" "
            out += "name=\"\(escape(result.scenario.name))\" time=\"\(String(format: "%.3f", result.seconds))\""
            if let reason = result.skipped {
                out += ">\n    <skipped message=\"\(escape(reason))\"/>\n  </testcase>\n"
            } else if result.failures.isEmpty {
                out += "/>\n"
            } else {
                let message = result.failures.first.map { "\($0.check): expected \($0.expected)" } ?? ""
                out += ">\n    <failure message=\"\(escape(message))\">\(escape(FailureReport.text(result)))</failure>\n"
                out += "  </testcase>\n"
            }
        }
        return out + "</testsuite>\n"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\t", "\r": out.unicodeScalars.append(scalar)
            default:
                // XML 1.0 has no place for other control characters.
                if scalar.value < 0x20 { out += "?" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
