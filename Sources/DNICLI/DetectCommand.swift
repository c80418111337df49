import ArgumentParser
import Foundation
import Scenarios

/// `dni detect`: which traffic source the real client picks for a visit, which rule decided, and what GA4 would say.
struct DetectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect",
        abstract: "Explain the client's source detection for one visit, or for every visit of a file.",
        discussion: """
            One visit: dni detect --url URL [--referrer URL]. Many: dni detect --batch visits.csv (a url,referrer CSV) \
            or dni detect --batch access.log --site https://shop.example (a combined-format access log). \
            Each visit is also classified by GA4's default channel grouping and the two are compared.
            """)

    @Option(help: "The landing URL (click ids and utm_* parameters are read from it).")
    var url: String?

    @Option(help: "document.referrer of the visit.")
    var referrer: String = ""

    @Option(help: ArgumentHelp(
        "Custom rules as iovox.setReferrers takes them: an inline JSON or YAML list, or a file holding one.",
        discussion: "[{domain: reddit.com, medium: social}, {group: ai, medium: ai}]"))
    var referrers: String?

    @Option(help: "A customer config: detect with that customer's build exactly as generated.")
    var config: String?

    @Option(help: "Cookies the visitor already has, as a Cookie header: 'iovox_filters=...; other=1'.")
    var cookie: String?

    @Option(help: "A file of visits: CSV with url and referrer columns, or an access log with --site.")
    var batch: String?

    @Option(help: "With --batch: the file is a combined-format access log of this site (https://host).")
    var site: String?

    @Flag(help: "Measure agreement with GA4's source categories on the hosts it lists as search and social.")
    var agreement = false

    @Flag(help: "Print JSON.")
    var json = false

    @Flag(help: "Also print the whole rule table.")
    var rules = false

    func validate() throws {
        func usage(_ what: String, _ fix: String) -> ValidationError {
            UserError(what, fix: fix, exitCode: UserError.usage).validation
        }
        let modes = [url != nil, batch != nil, agreement].filter { $0 }.count
        guard modes == 1 else {
            throw usage(modes == 0 ? "nothing to detect" : "more than one of --url, --batch and --agreement given",
                        "give one of --url URL (one visit), --batch FILE (many) or --agreement")
        }
        if config != nil && referrers != nil {
            throw usage("--config and --referrers both given", "give one: a config's referrers are part of its build")
        }
        if site != nil && batch == nil {
            throw usage("--site given without --batch", "--site names the site of an access log: "
                        + "dni detect --batch access.log --site https://shop.example")
        }
        if cookie != nil && url == nil {
            throw usage("--cookie given without --url", "--cookie goes with one visit (--url); batch visits are new visitors")
        }
        if let url { try URLOption.checkPage(url, example: "https://shop.example/?gclid=x") }
        try URLOption.checkReferrer(referrer)
        if let site { try URLOption.checkPage(site, option: "--site", example: "https://shop.example") }
    }

    /// Errors from here on are about the inputs' contents: `error: <what and where> — <fix>`, exit code 1,
    /// no usage text.
    func run() throws {
        try checkFiles()
        let build = try detectionBuild()
        let builds = try BuildCache()
        if let batch { return try runBatch(path: batch, build: build, builds: builds) }
        if agreement { return try runAgreement(build: build, builds: builds) }
        try runOne(url: url ?? "", build: build, builds: builds)
    }

    /// Throws a ``UserError`` for a file given to --config, --batch or --referrers that cannot be read.
    func checkFiles() throws {
        if let config {
            try InputFile(config, role: "config file", option: "--config",
                          fix: "give the path of a customer config, like examples/customer.yaml").check()
        }
        if let batch {
            try InputFile(batch, role: "visits file", option: "--batch",
                          fix: "give a CSV file with url and referrer columns, or an access log with --site").check()
        }
        if let referrers, FileManager.default.fileExists(atPath: referrers) {
            try InputFile(referrers, role: "referrers file", option: "--referrers",
                          fix: "give a YAML or JSON file holding a list of rules, or the list itself").check()
        }
    }

    func detectionBuild() throws -> DetectionBuild {
        if let config { return .config(path: URL(fileURLWithPath: config).standardizedFileURL.path) }
        return .library(referrers: try referrers.map(ReferrerList.parse) ?? [])
    }

    func runOne(url: String, build: DetectionBuild, builds: BuildCache) throws {
        let answer = try DetectionProbe(builds: builds).detect(url: url, referrer: referrer, build: build, cookie: cookie)
        let categories = try SourceCategories.bundled()
        let session = GA4Session(url: url, referrer: referrer, categories: categories)
        let channel = GA4Channel(session, categories: categories)
        let clickIds = answer.rules.first { $0.first == "click_id" }.map { $0[2].split(separator: " ").map(String.init) } ?? []
        let query = VisitURL.query(url)
        let comparison = ChannelComparison(
            medium: answer.medium, rule: answer.rule, channel: channel, session: session,
            referrerHost: VisitURL.bareHost(of: referrer),
            clickIds: answer.rule == "click_id" ? clickIds.filter { !(query[$0] ?? "").isEmpty } : [])
        let group = answer.rules.first { $0.first == answer.rule }.flatMap { $0.count > 3 && !$0[3].isEmpty ? $0[3] : nil }
        if json {
            return try printJSON(OneVisit(answer: answer, group: group, ga4Source: session.source,
                                          ga4Medium: session.medium, ga4Channel: channel.rawValue,
                                          verdict: comparison.verdict.rawValue, note: comparison.note))
        }
        print("medium:   \(answer.medium ?? "(none)")")
        print("campaign: \(answer.campaign ?? "")")
        print("rule:     \(answer.rule ?? "(none)")" + (group.map { " (group \($0))" } ?? ""))
        let passed = answer.passed.count > 8
            ? answer.passed.prefix(6).joined(separator: ", ") + " … and \(answer.passed.count - 6) more"
            : answer.passed.joined(separator: ", ")
        print("passed:   \(passed.isEmpty ? "(none)" : passed)")
        print("GA4:      \(channel.rawValue) (source \(session.source), medium \(session.medium))")
        print("compared: \(comparison.verdict.rawValue)")
        if let note = comparison.note { print("note:     \(note)") }
        if rules {
            print("rules, in order:")
            for row in answer.rules { print("  " + row.filter { !$0.isEmpty }.joined(separator: "  ")) }
        }
    }

    /// `--json` for one visit: the client's answer, GA4's view and the comparison.
    struct OneVisit: Encodable {
        var answer: DetectionProbe.Answer
        var group: String?
        var ga4Source: String, ga4Medium: String, ga4Channel: String, verdict: String
        var note: String?

        func encode(to encoder: Encoder) throws {
            try answer.encode(to: encoder)
            var c = encoder.container(keyedBy: Key.self)
            try c.encodeIfPresent(group, forKey: .group)
            try c.encode(["source": ga4Source, "medium": ga4Medium, "channel": ga4Channel], forKey: .ga4)
            try c.encode(verdict, forKey: .compared)
            try c.encodeIfPresent(note, forKey: .note)
        }

        enum Key: String, CodingKey { case group, ga4, compared, note }
    }

    func printJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
