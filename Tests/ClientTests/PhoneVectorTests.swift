import Browser
import Foundation
import Generator
import Testing

/// The client's normaliser against libphonenumber's answers (`scripts/phone-vectors.py`).
@Suite struct PhoneVectorTests {
    struct Vector: Decodable {
        var country_code: String
        var region: String
        var input: String
        var e164: String
    }

    struct File: Decodable {
        var vectors: [Vector]
    }

    static func vectors() throws -> [Vector] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/phone-vectors", withExtension: "json"))
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).vectors
    }

    /// A page with the library build loaded.
    static func libraryPage() throws -> (Browser, Page) {
        let script = try Generator(sources: .locate()).library().script
        let browser = Browser(network: { request in
            if request.url.hasSuffix("/dni.js") { return HTTPResponse(body: script) }
            return .html("<!DOCTYPE html><html><body><script src=\"/dni.js\"></script></body></html>")
        })
        return (browser, try browser.newTab().visit("https://shop.example/"))
    }

    @Test func normaliserMatchesLibphonenumber() throws {
        let vectors = try Self.vectors()
        #expect(vectors.count >= 100)
        #expect(Set(vectors.map(\.region)).count >= 25)
        let (browser, page) = try Self.libraryPage()
        defer { browser.close() }
        let json = String(decoding: try JSONEncoder().encode(vectors.map { [$0.input, $0.country_code] }), as: UTF8.self)
        let results = try page.evaluate("JSON.stringify(\(json).map(function (v) { return iovox._normalize(v[0], v[1]); }))")
        let answers = try JSONDecoder().decode([String?].self, from: Data(results.string.utf8))
        var wrong: [String] = []
        for (vector, answer) in zip(vectors, answers) where answer != vector.e164 {
            wrong.append("\(vector.region) \(vector.input): expected \(vector.e164), got \(answer ?? "null")")
        }
        #expect(wrong.isEmpty, "\(wrong.count) wrong: \(wrong.prefix(10).joined(separator: "; "))")
    }

    /// The number part of the spec's format table (surrounding text is the scan's job, covered by scenarios).
    @Test func formatKeepsTheOriginalShape() throws {
        let (browser, page) = try Self.libraryPage()
        defer { browser.close() }
        let table: [(String, String, String)] = [
            ("020 7946 0001", "442079460500", "020 7946 0500"),
            ("+44 (0) 20 7946 0001", "442079460500", "+44 (0) 20 7946 0500"),
            ("(212) 555-0142", "12125550199", "(212) 555-0199"),
            ("020-7946-0001", "442079460500", "020-7946-0500"),
            ("+1 212.555.0142", "12125550199", "+1 212.555.0199"),
        ]
        for (original, tracking, expected) in table {
            let country = tracking.hasPrefix("1") ? "1" : "44"
            let out = try page.evaluate("iovox._format(\(literal(original)), '\(tracking)', '\(country)')").string
            #expect(out == expected, "\(original) with \(tracking)")
        }
    }

    func literal(_ text: String) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: [text]), as: UTF8.self).dropFirst().dropLast()
            .description
    }
}
