import ArgumentParser
import Foundation
import Scenarios
import Yams

/// `dni detect`: which traffic source the real client picks for a visit, and which rule decided.
struct DetectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect",
        abstract: "Explain the client's source detection for a URL and referrer.")

    @Option(help: "The landing URL (click ids and utm_* parameters are read from it).")
    var url: String

    @Option(help: "document.referrer of the visit.")
    var referrer: String = ""

    @Option(help: "A JSON or YAML list of {domain, medium}, as iovox.setReferrers takes.")
    var referrers: String?

    @Option(help: "Cookies the visitor already has, as a Cookie header: 'iovox_filters=...; other=1'.")
    var cookie: String?

    @Flag(help: "Print JSON: medium, campaign, rule, passed, rules.")
    var json = false

    @Flag(help: "Also print the whole rule table.")
    var rules = false

    func run() throws {
        var custom: [DetectionProbe.ReferrerRule] = []
        if let referrers {
            guard let text = try? String(contentsOfFile: referrers, encoding: .utf8) else {
                throw ValidationError("cannot read \(referrers)")
            }
            do {
                custom = try YAMLDecoder().decode([DetectionProbe.ReferrerRule].self, from: text)
            } catch {
                throw ValidationError("\(referrers): expected a list of {domain, medium}: \(error)")
            }
        }
        let answer = try DetectionProbe(builds: try BuildCache())
            .detect(url: url, referrer: referrer, referrers: custom, cookie: cookie)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(answer), as: UTF8.self))
            return
        }
        print("medium:   \(answer.medium ?? "(none)")")
        print("campaign: \(answer.campaign ?? "")")
        print("rule:     \(answer.rule ?? "(none)")")
        print("passed:   \(answer.passed.isEmpty ? "(none)" : answer.passed.joined(separator: ", "))")
        if rules {
            print("rules, in order:")
            for row in answer.rules { print("  " + row.joined(separator: "  ")) }
        }
    }
}
