import Foundation

/// The real client, loaded once in the harness, explaining its detection for many visits in one JavaScript context.
///
/// Each visit sets the page URL and `document.referrer` and calls `iovox.explainMedium()`; no page is built per
/// visit. Every visit is a new visitor: `document.cookie` reads empty, so no stored source applies.
///
/// ```swift
/// let detector = try ClientDetector(build: .library(referrers: []), builds: BuildCache())
/// try detector.detect([("https://shop.example/?ttclid=1", "")])   // [.init(medium: "paid", rule: "click_id")]
/// ```
public final class ClientDetector {
    /// The client's answer for one visit; `error` when the visit's URL does not parse.
    public struct Result: Sendable, Equatable, Decodable {
        public var medium: String?
        public var rule: String?
        public var error: String?

        public init(medium: String?, rule: String?, error: String? = nil) {
            self.medium = medium
            self.rule = rule
            self.error = error
        }
    }

    let browser: HarnessBrowser
    /// The client's rule table: rule, medium, matches and group.
    public let rules: [[String]]
    /// The click ids the client counts as paid, in its order.
    public var clickIds: [String] { rules.first { $0[0] == "click_id" }.map { $0[2].split(separator: " ").map(String.init) } ?? [] }

    public init(build: DetectionBuild, builds: BuildCache) throws {
        let start = "https://detect.invalid/"
        let scenario = try build.scenario(url: start, referrer: "", cookies: [], builds: builds)
        browser = try VisitTracer.load(scenario, builds: builds)
        rules = try VisitTracer.ruleTable(in: browser)
        _ = try browser.evaluateJSON(Self.installer)
    }

    /// The client's answers for `visits`, in order.
    public func detect(_ visits: [(url: String, referrer: String)]) throws -> [Result] {
        if visits.isEmpty { return [] }
        var flat: [String] = []
        flat.reserveCapacity(visits.count * 2)
        for visit in visits { flat += [visit.url, visit.referrer] }
        let rows = String(decoding: try JSONEncoder().encode(flat), as: UTF8.self)
        let json = try browser.evaluateJSON("__dniDetectBatch(\(rows))")
        return try JSONDecoder().decode([Result].self, from: Data(json.utf8))
    }

    /// Defines `__dniDetectBatch([url, referrer, …])` in the page: a fresh visitor per pair.
    static let installer = """
        (function () {
          var referrer = '';
          Object.defineProperty(document, 'referrer', { configurable: true, get: function () { return referrer; } });
          Object.defineProperty(document, 'cookie', { configurable: true, get: function () { return ''; },
                                                       set: function () {} });
          window.__dniDetectBatch = function (rows) {
            var out = [];
            for (var i = 0; i < rows.length; i += 2) {
              referrer = rows[i + 1];
              try {
                __rt.setPageURL(rows[i]);
                var e = iovox.explainMedium();
                out.push({ medium: e.medium, rule: e.rule });
              } catch (err) {
                out.push({ error: String(err && err.message || err) });
              }
            }
            return out;
          };
          return true;
        })()
        """
}
