import Foundation
import Scenarios

/// The end of a test run: failures in full, report files, and the closing count line.
enum Reporting {
    static func finish(_ results: [ScenarioResult], elapsed: Double, junit: String?, report: String?,
                       label: String = "") throws {
        for result in results where !result.failures.isEmpty {
            print(FailureReport.text(result))
            print("")
        }
        for result in results { if let reason = result.skipped { print("skipped: \(result.scenario.name): \(reason)") } }
        for result in results {
            for entry in result.missingFeatures { print("\(result.browser): \(result.scenario.file): \(entry.summary)") }
        }
        if let junit { try Self.junit(junit).write(JUnitReport.xml(results)) }
        if let report { try Self.report(report).write(HTMLReport.page(results)) }
        let passed = results.filter(\.passed).count
        let failed = results.filter { !$0.failures.isEmpty }.count
        let skipped = results.filter { $0.skipped != nil }.count
        let seconds = results.map(\.seconds).sorted()
        let median = seconds.isEmpty ? 0 : seconds[seconds.count / 2]
        print(String(format: "%@%d scenarios in %.2f s wall, median %.1f ms per scenario", label, results.count,
                     elapsed, median * 1000))
        print("\(passed) passed, \(failed) failed" + (skipped > 0 ? ", \(skipped) skipped" : ""))
    }

    /// The file `--junit` names.
    static func junit(_ path: String) -> OutputFile { OutputFile(path, role: "JUnit file", option: "--junit") }

    /// The file `--report` names.
    static func report(_ path: String) -> OutputFile { OutputFile(path, role: "HTML report", option: "--report") }
}

/// `--record`: what scenarios without number expectations actually showed, written beside them for review.
enum Recorder {
    static func write(_ results: [ScenarioResult]) throws {
        for result in results {
            guard let snapshot = result.finalSnapshot else { continue }
            let hasNumbers = result.scenario.steps.contains { step in
                if case .expect(let e) = step { return e.numbers != nil || e.telLinks != nil }
                return false
            }
            if hasNumbers { continue }
            var lines = ["# Observed by `dni test --record`: review, then copy into the scenario's expect.", "expect:"]
            lines.append("  numbers: [" + snapshot.numbers.map(quote).joined(separator: ", ") + "]")
            lines.append("  tel_links: [" + snapshot.telLinks.map(quote).joined(separator: ", ") + "]")
            if !snapshot.cookies.isEmpty {
                lines.append("  cookies:")
                for cookie in snapshot.cookies {
                    lines.append("    \(cookie.name): {equals: \(quote(cookie.value)), session: \(cookie.session)}")
                }
            }
            lines.append("  api_requests: \(result.apiCalls.count)")
            let path = result.scenario.file.replacingOccurrences(of: ".yaml", with: ".recorded.yaml.txt")
            try OutputFile(path, role: "recorded expectations").write(lines.joined(separator: "\n") + "\n")
            print("recorded: \(path)")
        }
    }

    static func quote(_ text: String) -> String {
        let data = try! JSONSerialization.data(withJSONObject: [text])
        return String(decoding: data, as: UTF8.self).dropFirst().dropLast().description
    }
}
