import Foundation
import Scenarios

extension DetectCommand {
    /// `--batch`: every visit of a file, summarised.
    func runBatch(path: String, build: DetectionBuild, builds: BuildCache) throws {
        let batch = try BatchDetection(build: build, builds: builds)
        let format: BatchDetection.Format = site.map { .accessLog(site: $0) } ?? .csv
        let bar = ProgressLine()
        if bar.enabled { batch.progress = bar.update }
        let started = Date()
        let summary = try batch.run(path: path, format: format)
        bar.finish()
        if json { return try printJSON(summary) }
        let seconds = Date().timeIntervalSince(started)
        let rate = seconds >= 1 ? String(format: " (%.0f lines/s)", Double(summary.lines) / seconds) : ""
        print("\(path): \(summary.visits) visits from \(summary.lines) lines in "
            + String(format: "%.1f s", seconds) + rate)
        if summary.skipped > 0 { print("skipped:  \(summary.skipped) requests that are no page view") }
        if summary.malformedCount > 0 {
            print("malformed: \(summary.malformedCount) lines" + (summary.malformedCount > summary.malformed.count
                ? " (the first \(summary.malformed.count) below)" : ""))
            for row in summary.malformed { print("  line \(row.line): \(row.reason)") }
        }
        print("")
        print("channel mix as dni.js sees it:")
        printMix(summary.clientMix, total: summary.visits)
        print("channel mix as GA4 would see it:")
        printMix(summary.ga4Mix, total: summary.visits)
        print("")
        print("compared: \(summary.agree) agree, \(summary.disagree) disagree, "
            + "\(summary.notCompared) not compared (a medium of the customer's own)")
        if !summary.disagreements.isEmpty {
            print("disagreements, most visits first:")
            for d in summary.disagreements.prefix(30) {
                let host = d.referrerHost.isEmpty ? "(no referrer)" : d.referrerHost
                print(String(format: "  %7d  %@  dni.js %@ (%@), GA4 %@", d.count, host, d.medium, d.rule, d.ga4Channel))
            }
            if summary.disagreements.count > 30 { print("  … \(summary.disagreements.count - 30) more (see --json)") }
        }
        let lines = summary.referrerLines
        if !lines.isEmpty {
            print("")
            print("to make dni.js follow GA4, paste into the customer's config:")
            print("referrers:")
            for line in lines { print(line) }
        }
    }

    private func printMix(_ mix: [String: Int], total: Int) {
        for (name, count) in mix.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
            let share = total == 0 ? 0 : Double(count) * 100 / Double(total)
            let padded = name.padding(toLength: max(name.count, 26), withPad: " ", startingAt: 0)
            print("  " + padded + String(format: " %9d  %5.1f %%", count, share))
        }
    }

    /// `--agreement`: the client against GA4's source-category list.
    func runAgreement(build: DetectionBuild, builds: BuildCache) throws {
        let detector = try ClientDetector(build: build, builds: builds)
        let result = try GA4Agreement.measure(detector: detector, categories: try SourceCategories.bundled())
        if json { return try printJSON(result) }
        for figures in [result.search, result.social] {
            print(String(format: "%@: %d of %d listed hosts are %@ (%.1f %%)", figures.category, figures.agreeing,
                         figures.hosts, figures.expected, figures.percent))
        }
        print(String(format: "both: %.1f %%", result.percent))
        if rules {
            for figures in [result.search, result.social] {
                print("\(figures.category) hosts dni.js gives another medium:")
                for (host, medium) in figures.missed.sorted(by: { $0.key < $1.key }) { print("  \(host): \(medium)") }
            }
        }
    }
}

/// A one-line progress display on standard error, shown only when it is a terminal.
final class ProgressLine {
    let enabled = isatty(STDERR_FILENO) == 1
    private let started = Date()

    func update(bytes: Int, size: Int, visits: Int) {
        let elapsed = Date().timeIntervalSince(started)
        let share = size > 0 ? Double(bytes) / Double(size) : 0
        let width = 30, filled = Int(share * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let rate = Double(visits) / max(elapsed, 0.001)
        FileHandle.standardError.write(Data(String(format: "\r[%@] %3.0f %%  %d visits  %.0f/s ", bar,
                                                   share * 100, visits, rate).utf8))
    }

    func finish() {
        if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
