import Browser
import Foundation
import Generator
import Testing

/// The scan and the writes cost time in proportion to the text, however many numbers one text node holds.
///
/// Work is counted, not timed: characters read from and written to text nodes, and regular expression runs.
@Suite struct ScanCostTests {
    /// Swaps `count` numbers held in one text node and returns [characters through nodeValue, exec calls, swapped].
    static func work(numbers count: Int) throws -> [Int] {
        let script = try Generator(sources: .locate()).library().script
        let browser = Browser(network: { request in
            if request.url.hasSuffix("/dni.js") { return HTTPResponse(body: script) }
            if request.url.hasSuffix("/dni/fetch") {
                // One tracking number per destination: 0207946xxxx becomes 0207947xxxx.
                let body = try? JSONSerialization.jsonObject(with: Data(request.body.utf8)) as? [String: Any]
                let rows = (body?["replacements"] as? [[String: Any]]) ?? []
                let numbers = rows.map { row -> [String: String] in
                    let destination = ((row["filters"] as? [String: String])?["call_destination"]) ?? ""
                    return ["number": destination.replacingOccurrences(of: "4420794", with: "4420795")]
                }
                let json = try! JSONSerialization.data(withJSONObject: ["numbers": numbers])
                return .json(String(decoding: json, as: UTF8.self))
            }
            return .html("<!DOCTYPE html><html><body><p id=list></p><script src=\"/dni.js\"></script></body></html>")
        })
        defer { browser.close() }
        let page = try browser.newTab().visit("https://shop.example/")
        _ = try page.evaluate("""
            var list = [];
            for (var i = 0; i < \(count); i++) list.push('020 794' + String(60000 + i).slice(1, 2) + ' ' + String(10000 + i).slice(1));
            document.getElementById('list').textContent = list.join(', ');
            var work = {chars: 0, execs: 0};
            var text = document.getElementById('list').firstChild, proto = Object.getPrototypeOf(text);
            while (!Object.prototype.hasOwnProperty.call(proto, 'nodeValue')) proto = Object.getPrototypeOf(proto);
            var value = Object.getOwnPropertyDescriptor(proto, 'nodeValue');
            Object.defineProperty(proto, 'nodeValue', {configurable: true,
              get: function () { var v = value.get.call(this); work.chars += v.length; return v; },
              set: function (v) { work.chars += String(v).length; value.set.call(this, v); }});
            var exec = RegExp.prototype.exec;
            RegExp.prototype.exec = function (s) { work.execs++; return exec.call(this, s); };
            iovox.init({access_key: 'k', action_key: 'a', country_code: '44', api_url: 'https://api.example'});
            iovox.setAutoSelectors('#list');
            iovox.autoReplace({medium: 'direct'});
            """)
        try browser.settle()
        let result = try page.evaluate("""
            RegExp.prototype.exec = exec;
            JSON.stringify([work.chars, work.execs, (document.getElementById('list').textContent.match(/020 795/g) || []).length])
            """)
        return try JSONDecoder().decode([Int].self, from: Data(result.string.utf8))
    }

    /// Regular expression runs to scan one run of `groups` two-digit groups joined by dashes (no number in it).
    static func longRunWork(groups: Int) throws -> Int {
        let script = try Generator(sources: .locate()).library().script
        let browser = Browser(network: { request in
            if request.url.hasSuffix("/dni.js") { return HTTPResponse(body: script) }
            return .html("<!DOCTYPE html><html><body><p id=run></p><script src=\"/dni.js\"></script></body></html>")
        })
        defer { browser.close() }
        let page = try browser.newTab().visit("https://shop.example/")
        let result = try page.evaluate("""
            document.getElementById('run').textContent = new Array(\(groups)).fill('12').join('-');
            iovox.init({access_key: 'k', action_key: 'a'});
            var execs = 0, exec = RegExp.prototype.exec;
            RegExp.prototype.exec = function (s) { execs++; return exec.call(this, s); };
            var found = iovox._find('#run').length;
            RegExp.prototype.exec = exec;
            JSON.stringify([execs, found])
            """)
        let values = try JSONDecoder().decode([Int].self, from: Data(result.string.utf8))
        #expect(values[1] == 0)
        return values[0]
    }

    @Test func oneLongRunOfDigitGroupsCostsItsLength() throws {
        let small = try Self.longRunWork(groups: 2_000), large = try Self.longRunWork(groups: 16_000)
        #expect(Double(large) <= 8.5 * Double(small), "regex runs: \(small) then \(large)")
    }

    @Test func oneNodeWithManyNumbersCostsItsLength() throws {
        let small = try Self.work(numbers: 500), large = try Self.work(numbers: 4000)
        // Every number was swapped, so the work below is the whole job.
        #expect(small[2] == 500)
        #expect(large[2] == 4000)
        // Eight times the numbers: at most about eight times the work (a quadratic scan would be 64 times).
        #expect(Double(large[0]) <= 8.5 * Double(small[0]), "characters: \(small[0]) then \(large[0])")
        #expect(Double(large[1]) <= 8.5 * Double(small[1]), "regex runs: \(small[1]) then \(large[1])")
    }
}
