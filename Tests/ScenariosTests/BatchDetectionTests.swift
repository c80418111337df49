import Foundation
import Testing
@testable import Scenarios

/// `dni detect --batch` on small fixture files: counts, malformed lines by number, disagreements, rules to paste.
@Suite struct BatchDetectionTests {
    static let builds = try! BuildCache()

    static func fixture(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!.path
    }

    @Test func csvFileWithMalformedRows() throws {
        let batch = try BatchDetection(build: .library(referrers: []), builds: Self.builds)
        batch.chunkSize = 4 // several chunks, so rows cross chunk boundaries
        let summary = try batch.run(path: Self.fixture("visits.csv"), format: .csv)
        #expect(summary.lines == 17)
        #expect(summary.visits == 12)
        #expect(summary.malformedCount == 3)
        #expect(summary.malformed.map(\.line) == [9, 10, 11])
        #expect(summary.malformed[0].reason.contains("expected at least 3 fields, got 2"))
        #expect(summary.malformed[1].reason == "unterminated quote")
        #expect(summary.malformed[2].reason.contains("not an http(s) URL"))
        #expect(summary.clientMix == ["paid": 2, "organic": 3, "email": 1, "referral": 4, "direct": 1, "social": 1])
        #expect(summary.ga4Mix["Organic Search"] == 3)
        #expect(summary.ga4Mix["Organic Social"] == 4)
        #expect(summary.agree == 9)
        #expect(summary.disagree == 3)
        let tiktok = try #require(summary.disagreements.first { $0.referrerHost == "tiktok.com" })
        #expect(tiktok.rule == "click_id" && tiktok.ga4Channel == "Organic Social" && tiktok.suggestedMedium == nil)
        #expect(tiktok.note.contains("ttclid"))
        let deviantart = try #require(summary.disagreements.first)
        #expect(deviantart.referrerHost == "deviantart.com" && deviantart.count == 2)
        #expect(deviantart.rule == "other_referrer" && deviantart.medium == "referral")
        #expect(summary.referrerLines == ["  - {domain: deviantart.com, medium: social}"])
    }

    @Test func aSmallAnswerMemoryGivesTheSameSummary() throws {
        // The same two visits again and again, one per call: remembered answers are cleared between uses.
        let path = NSTemporaryDirectory() + "dni-repeats-\(getpid()).csv"
        let rows = (0..<6).map { $0 % 2 == 0 ? "https://shop.example/,https://www.bing.com/" : "https://shop.example/?gclid=1," }
        try (["url,referrer"] + rows).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let small = try BatchDetection(build: .library(referrers: []), builds: Self.builds)
        small.chunkSize = 1
        small.knownLimit = 1
        let summary = try small.run(path: path, format: .csv)
        #expect(summary.clientMix == ["organic": 3, "paid": 3])
        #expect(summary.ga4Mix == ["Organic Search": 3, "Paid Search": 3])
    }

    @Test func accessLogWithMalformedAndSkippedLines() throws {
        let batch = try BatchDetection(build: .library(referrers: []), builds: Self.builds)
        let summary = try batch.run(path: Self.fixture("access.log"), format: .accessLog(site: "https://shop.example"))
        #expect(summary.lines == 10)
        #expect(summary.visits == 5)
        #expect(summary.skipped == 3)
        #expect(summary.malformed == [MalformedRow(line: 5, reason: "not a combined-format log line"),
                                      MalformedRow(line: 9, reason: "no request line or status")])
        #expect(summary.clientMix == ["paid": 2, "organic": 2, "direct": 1])
        #expect(summary.disagreements.map(\.referrerHost) == ["search.brave.com"])
        #expect(summary.referrerLines == ["  - {domain: search.brave.com, medium: referral}"])
    }

    @Test func customReferrersChangeTheClientsAnswer() throws {
        let rules = [DetectionProbe.ReferrerRule(domain: "deviantart.com", medium: "social")]
        let batch = try BatchDetection(build: .library(referrers: rules), builds: Self.builds)
        let summary = try batch.run(path: Self.fixture("visits.csv"), format: .csv)
        #expect(summary.clientMix["social"] == 3)
        #expect(!summary.disagreements.contains { $0.referrerHost == "deviantart.com" })
    }

    @Test func aCSVWithoutTheColumnsIsAnErrorNamingTheHeader() throws {
        let path = NSTemporaryDirectory() + "dni-bad-header-\(getpid()).csv"
        try "landing,from\nhttps://a.example/,\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let batch = try BatchDetection(build: .library(referrers: []), builds: Self.builds)
        #expect {
            _ = try batch.run(path: path, format: .csv)
        } throws: { error in
            "\(error)".contains(":1: the CSV header needs a url and a referrer column") && "\(error)".contains("landing,from")
        }
    }

    @Test func oneContextAnswersManyVisitors() throws {
        let detector = try ClientDetector(build: .library(referrers: []), builds: Self.builds)
        let answers = try detector.detect([
            ("https://shop.example/?gbraid=1", "https://www.google.com/"),
            ("https://shop.example/", "https://mail.yahoo.com/"),
            ("https://shop.example/", "https://uk.search.yahoo.com/"),
            ("https://shop.example/", "https://gemini.google.com/"),
            ("https://shop.example/", "https://shop.example/basket"),
            ("::not a url", ""),
        ])
        #expect(answers.map(\.rule) == ["click_id", "mail.yahoo.com", "yahoo", "gemini.google.com", "direct", nil])
        #expect(answers.map(\.medium) == ["paid", "email", "organic", "referral", "direct", nil])
        #expect(answers[5].error?.contains("invalid page URL") == true)
        // The groups a config may name are the client's own, and every click id is counted.
        #expect(Set(detector.rules.map { $0[3] }.filter { !$0.isEmpty }) == Set(ReferrerList.groups))
        #expect(detector.clickIds == ["gclid", "gbraid", "wbraid", "dclid", "msclkid", "fbclid", "ttclid", "li_fat_id",
                                      "twclid", "yclid", "ScCid", "epik", "rdt_cid"])
    }
}
