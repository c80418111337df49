import Browser
import Foundation
import Generator
import Testing

/// Which digit runs the client takes for phone numbers: only real ones, in page context, for many locales.
@Suite struct NumberRecognitionTests {
    struct Corpus: Decodable {
        struct Page: Decodable {
            var locale: String
            var country_code: String
            var text: String
            var numbers: [String]
        }

        var pages: [Page]
    }

    static func corpus() throws -> [Corpus.Page] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/digit-runs", withExtension: "json"))
        return try JSONDecoder().decode(Corpus.self, from: Data(contentsOf: url)).pages
    }

    /// The numbers the library build finds in `body`, read in `country`, as [[text, e164]].
    static func found(in body: String, country: String, extra: String = "") throws -> [[String]] {
        let (browser, page) = try PhoneVectorTests.libraryPage()
        defer { browser.close() }
        let script = """
            document.body.textContent = \(Literal.json(body));
            iovox.init({access_key: 'k', action_key: 'a', country_code: \(Literal.json(country))\(extra)});
            JSON.stringify(iovox._find('body').map(function (n) { return [n.text, n.e164]; }))
            """
        return try JSONDecoder().decode([[String]].self, from: Data(page.evaluate(script).string.utf8))
    }

    @Test func corpusHasEightLocales() throws {
        let pages = try Self.corpus()
        #expect(Set(pages.map(\.locale)).count >= 8)
        #expect(pages.allSatisfy { !$0.numbers.isEmpty })
    }

    @Test(arguments: try corpus())
    func onlyPhoneNumbersAreFound(page: Corpus.Page) throws {
        let found = try Self.found(in: page.text, country: page.country_code)
        #expect(found.map { $0[0] } == page.numbers, "\(page.locale)")
    }

    /// Every spelling of the phone vectors is still found, in a sentence or as a tel: link, and read as
    /// libphonenumber reads it.
    @Test func everyPhoneVectorIsStillFound() throws {
        let vectors = try PhoneVectorTests.vectors()
        #expect(vectors.count == 895)
        var missed: [String] = []
        for (country, group) in Dictionary(grouping: vectors, by: \.country_code) {
            let (browser, page) = try PhoneVectorTests.libraryPage()
            defer { browser.close() }
            let inputs = String(decoding: try JSONEncoder().encode(group.map(\.input)), as: UTF8.self)
            let script = """
                \(inputs).forEach(function (input) {
                  var p = document.createElement('p');
                  if (/^tel:/.test(input)) { var a = document.createElement('a'); a.href = input; a.textContent = 'Call us'; p.appendChild(a); }
                  else p.textContent = 'Call us on ' + input + ' today.';
                  document.body.appendChild(p);
                });
                iovox.init({access_key: 'k', action_key: 'a', country_code: \(Literal.json(country))});
                JSON.stringify(iovox._find('p, a[href^="tel:"]').map(function (n) { return n.e164; }))
                """
            let found = try JSONDecoder().decode([String].self, from: Data(page.evaluate(script).string.utf8))
            if found != group.map(\.e164) {
                missed += group.filter { !found.contains($0.e164) }.map { "\(country): \($0.input)" }
                #expect(found.count == group.count, "\(country): \(found.count) numbers for \(group.count) spellings")
            }
        }
        #expect(missed.isEmpty, "\(missed.count) not found: \(missed.prefix(12).joined(separator: "; "))")
    }

    /// With target numbers only those are found, however they are written.
    @Test func targetsAreTheOnlyNumbers() throws {
        let body = "Sales 020 7946 0001, support +44 20 7946 0002, accounts 020 7946 0003."
        let found = try Self.found(in: body, country: "44", extra: ", numbers: ['020 7946 0001', '+442079460002']")
        #expect(found.map { $0[0] } == ["020 7946 0001", "+44 20 7946 0002"])
    }

    /// A target is still a phone number as written: a SIREN with the digits of a Paris target number is not it.
    @Test func targetDigitsWithoutTheTrunkPrefixAreNotTheTarget() throws {
        let body = "RCS Paris B 123 456 789. Appelez le 01 23 45 67 89."
        let found = try Self.found(in: body, country: "33", extra: ", numbers: ['01 23 45 67 89']")
        #expect(found == [["01 23 45 67 89", "33123456789"]])
    }
}

/// JSON literals for test scripts.
enum Literal {
    static func json(_ text: String) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: [text]), as: UTF8.self).dropFirst().dropLast()
            .description
    }
}
