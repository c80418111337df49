import Browser
import Foundation
import Testing

/// The runtime's `URL` against the web-platform-tests URL files, every case.
///
/// The files come from Debian's `librust-url-dev` (the rust url crate ships `urltestdata.json` and
/// `setters_tests.json` from web-platform-tests), which `scripts/setup.sh --test` installs. The scenario
/// `scenarios/platform/wpt-url-test-data.yaml` runs the parsing cases in Chromium too.
@Suite struct URLTestDataTests {
    /// The installed copy of a web-platform-tests URL file.
    static func file(_ name: String) throws -> String {
        let registry = "/usr/share/cargo/registry"
        let crates = (try? FileManager.default.contentsOfDirectory(atPath: registry)) ?? []
        let path = crates.filter { $0.hasPrefix("url-") }.sorted().last.map { "\(registry)/\($0)/tests/\(name)" }
        let found = try #require(path.flatMap { FileManager.default.contents(atPath: $0) },
                                 "\(name) not found under \(registry)/url-*/tests: run scripts/setup.sh --test")
        return String(decoding: found, as: UTF8.self)
    }

    /// Runs `script` (which sees the file's data as `data`) in a harness page; it returns an array of failures.
    static func failures(of name: String, _ script: String) throws -> [String] {
        let page = try JSFixtureRunner.page(html: "<!DOCTYPE html><html><body></body></html>")
        let result = try page.evaluate("(function (data) {\n\(script)\n})(\(try file(name)))").string
        return try JSONDecoder().decode([String].self, from: Data(result.utf8))
    }

    @Test func everyParsingCaseComesOutAsTheStandardSays() throws {
        let failures = try Self.failures(of: "urltestdata.json", """
            var parts = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname',
                         'search', 'hash'];
            var failures = [], count = 0;
            data.forEach(function (t) {
              if (typeof t === 'string') return;
              count++;
              var got = null;
              try { got = t.base == null ? new URL(t.input) : new URL(t.input, t.base); } catch (e) { got = null; }
              var where = JSON.stringify(t.input) + ' against ' + JSON.stringify(t.base) + ': ';
              if (t.failure) { if (got !== null) failures.push(where + 'parsed as ' + got.href); return; }
              if (got === null) { failures.push(where + 'failed to parse'); return; }
              parts.concat(t.origin === undefined ? [] : ['origin']).forEach(function (k) {
                if (got[k] !== t[k]) failures.push(where + k + ' ' + JSON.stringify(got[k]) + ', want ' + JSON.stringify(t[k]));
              });
            });
            if (count < 600) failures.push('only ' + count + ' cases read');
            return JSON.stringify(failures);
            """)
        #expect(failures == [])
    }

    /// Setter cases where the standard changed after Debian's copy of the file was taken (2022), and both
    /// Chromium and the harness follow the current text: a `:` in a new hostname now leaves the URL as it
    /// was, and a file URL's path may start with an empty segment.
    static let newerStandard = [
        "http://example.net/path .hostname = \"example.com:8080\"",
        "http://example.net:8080/path .hostname = \"example.com:\"",
        "file://monkey/ .pathname = \"\\\\\\\\\"",
        "file:///unicorn .pathname = \"//\\\\/\"",
        "file:///unicorn .pathname = \"//monkey/..//\"",
    ]

    @Test func everySetterCaseComesOutAsTheStandardSays() throws {
        let failures = try Self.failures(of: "setters_tests.json", """
            var newer = \(String(decoding: try JSONEncoder().encode(Self.newerStandard), as: UTF8.self));
            var failures = [], count = 0, skipped = 0;
            Object.keys(data).forEach(function (setter) {
              if (setter === 'comment') return;
              data[setter].forEach(function (t) {
                var what = t.href + ' .' + setter + ' = ' + JSON.stringify(t.new_value);
                if (newer.indexOf(what) >= 0) { skipped++; return; }
                count++;
                var url = new URL(t.href);
                url[setter] = t.new_value;
                Object.keys(t.expected).forEach(function (k) {
                  if (url[k] !== t.expected[k]) {
                    failures.push(what + ': ' + k + ' '
                      + JSON.stringify(url[k]) + ', want ' + JSON.stringify(t.expected[k]));
                  }
                });
              });
            });
            if (count < 150) failures.push('only ' + count + ' cases read');
            if (skipped !== newer.length) failures.push(skipped + ' of the ' + newer.length + ' newer-standard cases found');
            return JSON.stringify(failures);
            """)
        #expect(failures == [])
    }

    /// The plain-URL fast path makes exactly the record the full parser makes, for every case the fast path
    /// takes: each web-platform-tests input, and forms the file does not stress (case, default ports, dot
    /// segments written with `%2e`, numeric and `xn--` labels). It does take the common URLs.
    @Test func thePlainURLFastPathAgreesWithTheFullParser() throws {
        let failures = try Self.failures(of: "urltestdata.json", """
            var parsers = __rt.urlParsers, failures = [], taken = 0;
            var base = 'https://www.Example.co.uk:443/shop/item?id=1#top';
            var extra = [
              'https://example.com', 'HTTPS://EXAMPLE.COM:443/A/B?Q=1#F', 'http://example.com:80/', 'http://a.b:8080/x/',
              'http://example.com:0080/', 'http://example.com:65536/', 'http://example.com:/', 'http://1.2.3.4/',
              'http://example.0x1f/', 'http://xn--nxasmq6b.com/', 'http://a.com/./b', 'http://a.com/b/..', 'http://a.com/%2e/',
              'http://a.com/%2E%2e/c', 'http://a.com/.x/..y/', "http://a.com/it's?q=it's", 'http://a.com/a b', 'http://a.com/a%20b',
              'http://a.com?', 'http://a.com#', 'http://a.com?#', 'http://a.com/?a=1&b=2/3?4#x/y?z', 'http://user@a.com/',
              'http://a.com./', 'http://-a-.com/', ' http://a.com/', 'http://a.com/\\\\x', '/', '/dni.js', '/dni/fetch?x=1#y',
              '//other.com/x', '?q', '#f', 'page.html', '', 'file:///etc/passwd', 'mailto:a@b.c', 'tel:+441234567890'
            ];
            var cases = data.filter(function (t) { return typeof t !== 'string'; })
              .map(function (t) { return [t.input, t.base]; })
              .concat(extra.map(function (input) { return [input, base]; }))
              .concat(extra.map(function (input) { return [input, null]; }));
            cases.forEach(function (c) {
              var baseRecord = c[1] == null ? null : parsers.basic(c[1], null);
              if (c[1] != null && baseRecord === null) return;
              var plain = parsers.plain(c[0], baseRecord);
              if (plain === null) return;
              taken++;
              var full = JSON.stringify(parsers.basic(c[0], baseRecord));
              if (JSON.stringify(plain) !== full) {
                failures.push(JSON.stringify(c) + ': ' + JSON.stringify(plain) + ', want ' + full);
              }
            });
            ['https://shop.example/contact?utm_source=google&utm_medium=cpc&gclid=abc-123_x', '/dni.js',
             'https://api.example.com/dni/fetch', 'HTTP://Example.COM:8080/a/b.html#top'].forEach(function (input) {
              if (parsers.plain(input, parsers.basic(base, null)) === null) failures.push(input + ' not taken');
            });
            if (taken < 50) failures.push('only ' + taken + ' cases taken by the fast path');
            return JSON.stringify(failures);
            """)
        #expect(failures == [])
    }
}
