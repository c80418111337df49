/// `dni detect --batch`: runs the real client and GA4's channel grouping over every visit of a file.
///
/// Rows are read as a stream and detected in chunks in one JavaScript context, so memory stays flat however long
/// the file is. Identical visits (same host, query and referrer) are asked once and remembered.
///
/// ```swift
/// let batch = try BatchDetection(build: .library(referrers: []), builds: BuildCache())
/// let summary = try batch.run(path: "visits.csv", format: .csv)
/// ```
public final class BatchDetection {
    /// How the file's lines hold visits.
    public enum Format: Sendable {
        case csv
        /// A combined-format access log of the site at this origin.
        case accessLog(site: String)
    }

    /// Rows handed to the client per call.
    public var chunkSize = 2000
    /// Called after each chunk with bytes read, the file's size and visits so far.
    public var progress: ((Int, Int, Int) -> Void)?

    let detector: ClientDetector
    let categories: SourceCategories
    private var known: [String: ClientDetector.Result] = [:]
    /// How many distinct visits' answers are remembered before the memory starts again.
    var knownLimit = 200_000

    public init(build: DetectionBuild, builds: BuildCache, categories: SourceCategories? = nil) throws {
        detector = try ClientDetector(build: build, builds: builds)
        self.categories = try categories ?? SourceCategories.bundled()
    }

    /// Reads and detects every visit of the file at `path`.
    public func run(path: String, format: Format) throws -> BatchSummary {
        let reader = try LineReader(path: path)
        var summary = BatchSummary()
        let parse: (String) -> ParsedLine
        switch format {
        case .csv:
            guard let header = reader.next() else { throw RunError("\(path): the file is empty; expected a url,referrer header") }
            let csv = try CSVVisitParser(header: header, file: path)
            parse = csv.parse
        case .accessLog(let site):
            let log = try AccessLogParser(site: site)
            parse = log.parse
        }
        comparisons = [:]
        disagreementCounts = [:]
        var chunk: [VisitRow] = []
        func flush() throws {
            try detect(chunk, into: &summary)
            chunk.removeAll(keepingCapacity: true)
            progress?(reader.bytesRead, reader.size, summary.visits)
        }
        while let line = reader.next() {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            switch parse(line) {
            case .visit(let url, let referrer):
                if url.hasPrefix("https://") || url.hasPrefix("http://") {
                    chunk.append(VisitRow(line: reader.lineNumber, url: url, referrer: referrer))
                } else {
                    summary.noteMalformed(line: reader.lineNumber, reason: "the url \"\(url.prefix(60))\" is not an http(s) URL")
                }
            case .skipped: summary.skipped += 1
            case .malformed(let reason): summary.noteMalformed(line: reader.lineNumber, reason: reason)
            }
            if chunk.count >= chunkSize { try flush() }
        }
        try flush()
        summary.lines = reader.lineNumber
        summary.setDisagreements(disagreementCounts.map { key, count in
            let comparison = comparisons[key]!
            return BatchSummary.Disagreement(referrerHost: key.host, medium: key.medium, rule: key.rule,
                                             ga4Channel: key.channel.rawValue, count: count, note: comparison.note ?? "",
                                             suggestedMedium: comparison.suggestedMedium)
        })
        return summary
    }

    /// What a comparison depends on: the referrer's host, the client's medium and rule, and GA4's channel.
    struct ComparisonKey: Hashable {
        var host: String, medium: String, rule: String, channel: GA4Channel
    }

    /// Comparisons made so far in this run (the first visit of a kind speaks for the rest), and visits per
    /// disagreeing kind.
    private var comparisons: [ComparisonKey: ChannelComparison] = [:]
    private var disagreementCounts: [ComparisonKey: Int] = [:]

    private func detect(_ rows: [VisitRow], into summary: inout BatchSummary) throws {
        let results = try answers(rows)
        let clickIds = detector.clickIds
        for (row, result) in zip(rows, results) {
            if let error = result.error {
                summary.noteMalformed(line: row.line, reason: "the client could not read the visit: \(error)")
                continue
            }
            let medium = result.medium ?? "(none)", rule = result.rule ?? ""
            let session = GA4Session(url: row.url, referrer: row.referrer, categories: categories)
            let channel = GA4Channel(session, categories: categories)
            summary.visits += 1
            summary.clientMix[medium, default: 0] += 1
            summary.ga4Mix[channel.rawValue, default: 0] += 1
            let host = VisitURL.bareHost(of: row.referrer)
            let key = ComparisonKey(host: host, medium: medium, rule: rule, channel: channel)
            let comparison = comparisons[key] ?? {
                let ids = rule == "click_id" ? clickIds.filter { !(VisitURL.query(row.url)[$0] ?? "").isEmpty } : []
                let made = ChannelComparison(medium: result.medium, rule: result.rule, channel: channel,
                                             session: session, referrerHost: host, clickIds: ids)
                comparisons[key] = made
                return made
            }()
            switch comparison.verdict {
            case .agree: summary.agree += 1
            case .notCompared: summary.notCompared += 1
            case .disagree:
                summary.disagree += 1
                disagreementCounts[key, default: 0] += 1
            }
        }
    }

    /// The client's answers, asking it only about visits not seen before.
    private func answers(_ rows: [VisitRow]) throws -> [ClientDetector.Result] {
        let keys = rows.map(Self.key)
        var results = keys.map { known[$0] }
        var missing: [(url: String, referrer: String)] = [], missingKeys: [String] = [], queued = Set<String>()
        for (index, key) in keys.enumerated() where results[index] == nil && queued.insert(key).inserted {
            missing.append((rows[index].url, rows[index].referrer))
            missingKeys.append(key)
        }
        let fresh = try detector.detect(missing)
        // A bounded memory: past the limit it starts again rather than growing with the file.
        if known.count + fresh.count > knownLimit { known.removeAll(keepingCapacity: true) }
        var local: [String: ClientDetector.Result] = [:]
        for (key, result) in zip(missingKeys, fresh) {
            known[key] = result
            local[key] = result
        }
        for index in keys.indices where results[index] == nil { results[index] = local[keys[index]] }
        return results.map { $0! }
    }

    /// What the client's detection reads of a visit: the page's host, its query and the referrer.
    static func key(_ row: VisitRow) -> String {
        let host = VisitURL.host(of: row.url)
        let query = row.url.firstIndex(of: "?").map { String(row.url[$0...].prefix { $0 != "#" }) } ?? ""
        return host + " " + query + " " + row.referrer
    }
}

extension BatchSummary {
    mutating func noteMalformed(line: Int, reason: String) {
        malformedCount += 1
        if malformed.count < Self.malformedListed { malformed.append(MalformedRow(line: line, reason: reason)) }
    }
}
