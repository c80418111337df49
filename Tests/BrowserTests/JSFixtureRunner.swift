import Browser
import Foundation
import Testing

/// Runs the JavaScript test files under `Fixtures/` inside harness pages.
///
/// A file calls `test(name, fn)`; each test runs in a fresh page whose HTML comes from an optional
/// `// @html: ...` first line. `fn` may return a promise; timers are run before its result is read.
enum JSFixtureRunner {
    static let helpers = """
        (function () {
          var wanted = globalThis.__wantedTest, results = globalThis.__results = [];
          function fmt(v) { try { return JSON.stringify(v); } catch (e) { return String(v); } }
          globalThis.assert = function (c, m) { if (!c) throw new Error('assertion failed: ' + (m || '')); };
          globalThis.assertEqual = function (a, e, m) {
            if (a !== e && !(a !== a && e !== e)) throw new Error((m ? m + ': ' : '') + 'expected ' + fmt(e) + ', got ' + fmt(a));
          };
          globalThis.assertThrows = function (fn, name, m) {
            try { fn(); } catch (e) {
              if (name && e.name !== name) throw new Error((m ? m + ': ' : '') + 'expected ' + name + ', got ' + e.name + ': ' + e.message);
              return e;
            }
            throw new Error((m ? m + ': ' : '') + 'expected a throw' + (name ? ' of ' + name : ''));
          };
          globalThis.test = function (name, fn) {
            if (wanted === null) { results.push({ name: name }); return; }
            if (name !== wanted) return;
            var entry = { name: name, done: false, error: null };
            results.push(entry);
            try {
              var r = fn();
              if (r && typeof r.then === 'function') {
                r.then(function () { entry.done = true; }, function (e) { entry.done = true; entry.error = String(e && e.stack ? e + '\\n' + e.stack : e); });
              } else entry.done = true;
            } catch (e) { entry.done = true; entry.error = String(e) + (e && e.stack ? '\\n' + e.stack : ''); }
          };
        })();
        """

    /// All fixture files below `folder`.
    static func files(in folder: String) -> [String] {
        guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else { return [] }
        let dir = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".test.js") }.sorted().map { "\(folder)/\($0)" }
    }

    static func source(_ file: String) throws -> String {
        let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
    }

    static func page(html: String) throws -> Page {
        let browser = Browser(network: { request in
            if request.url == "https://test.example/page.html" { return .html(html) }
            return testNetwork(request)
        })
        return try browser.newTab().visit("https://test.example/page.html")
    }

    /// The test network: echo, status, hanging, slow and failing endpoints.
    static func testNetwork(_ request: HTTPRequest) -> HTTPResponse? {
        let url = request.url
        if url == "https://api.test/echo" || url == "https://test.example/echo-page" {
            let echo: [String: String] = [
                "method": request.method, "body": request.body, "url": url,
                "contentType": request.headers["content-type"] ?? "", "xa": request.headers["x-a"] ?? "",
            ]
            let data = try! JSONSerialization.data(withJSONObject: echo)
            return .json(String(decoding: data, as: UTF8.self))
        }
        if url.hasPrefix("https://api.test/status/") {
            return HTTPResponse(status: Int(url.split(separator: "/").last!) ?? 500, body: "{}")
        }
        if url == "https://api.test/hang" { return HTTPResponse(hang: true) }
        if url == "https://api.test/slow" { return HTTPResponse(body: "{}", delayMs: 500) }
        if url == "https://api.test/down" { return HTTPResponse(networkError: true) }
        return nil
    }

    /// Runs every test of `file`; returns failures as "name: message".
    static func run(_ file: String) throws -> (count: Int, failures: [String]) {
        let code = try source(file)
        var html = "<!DOCTYPE html><html><head></head><body></body></html>"
        if let first = code.split(separator: "\n", maxSplits: 1).first, first.hasPrefix("// @html:") {
            html = String(first.dropFirst("// @html:".count)).trimmingCharacters(in: .whitespaces)
        }
        let listing = try page(html: html)
        try listing.evaluate("globalThis.__wantedTest = null;" + helpers)
        try listing.evaluate(code, file: file)
        let names = try listing.evaluate("__results.map(function (r) { return r.name; })").elements.map(\.string)
        var failures: [String] = []
        for name in names {
            let page = try page(html: html)
            try page.evaluate("globalThis.__wantedTest = \(jsonLiteral(name));" + helpers)
            do { try page.evaluate(code, file: file) } catch { failures.append("\(name): \(error)"); continue }
            try page.browser.settle()
            let result = try page.evaluate("__results[0] || {done: false, error: 'not run'}")
            if !result["done"].bool {
                failures.append("\(name): never finished")
            } else if !result["error"].isNull {
                failures.append("\(name): \(result["error"].string)")
            }
        }
        return (names.count, failures)
    }

    static func jsonLiteral(_ text: String) -> String {
        String(data: try! JSONSerialization.data(withJSONObject: [text]), encoding: .utf8)!.dropFirst().dropLast()
            .description
    }
}

@Suite struct JSFixtureTests {
    static let all = JSFixtureRunner.files(in: "dom") + JSFixtureRunner.files(in: "url")
        + JSFixtureRunner.files(in: "window") + JSFixtureRunner.files(in: "platform")

    @Test(arguments: JSFixtureTests.all)
    func fixture(_ file: String) throws {
        let (count, failures) = try JSFixtureRunner.run(file)
        #expect(count > 0, "no tests in \(file)")
        for failure in failures { Issue.record(Comment(rawValue: failure)) }
    }
}
