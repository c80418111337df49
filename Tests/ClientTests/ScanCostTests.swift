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

    /// Runs `scan` (a script ending in a JSON value) after `setup` on a page with the library loaded.
    static func evaluate(setup: String, scan: String) throws -> [Int] {
        let script = try Generator(sources: .locate()).library().script
        let browser = Browser(network: { request in
            if request.url.hasSuffix("/dni.js") { return HTTPResponse(body: script) }
            return .html("<!DOCTYPE html><html><body><div id=page></div><script src=\"/dni.js\"></script></body></html>")
        })
        defer { browser.close() }
        let page = try browser.newTab().visit("https://shop.example/")
        _ = try page.evaluate(setup + "; iovox.init({access_key: 'k', action_key: 'a'});")
        let result = try page.evaluate(scan)
        return try JSONDecoder().decode([Int].self, from: Data(result.string.utf8))
    }

    /// Finds the numbers in `#page` as the client would; gives [regular expression runs, numbers found].
    static let findCountingRegexRuns = """
        var execs = 0, exec = RegExp.prototype.exec;
        RegExp.prototype.exec = function (s) { execs++; return exec.call(this, s); };
        var found = iovox._find('#page').length;
        RegExp.prototype.exec = exec;
        JSON.stringify([execs, found])
        """

    /// Regular expression runs to scan one run of `groups` two-digit groups joined by dashes (no number in it).
    static func longRunWork(groups: Int) throws -> Int {
        let values = try Self.evaluate(
            setup: "document.getElementById('page').textContent = new Array(\(groups)).fill('12').join('-')",
            scan: Self.findCountingRegexRuns)
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

    /// [tree steps and element tests the scan asks of the DOM, numbers found] for a page of `depth` nested
    /// elements, each with text, inside an ignored element (so the walk has an element to step over).
    static func nestedWork(depth: Int) throws -> [Int] {
        try Self.evaluate(setup: """
            var el = document.getElementById('page');
            for (var i = 0; i < \(depth); i++) { var d = document.createElement('div'); d.textContent = 'level ' + i; el.appendChild(d); el = d; }
            el.appendChild(document.createTextNode('Call 020 7946 0001'));
            el.insertAdjacentHTML('beforeend', '<div data-dni-ignore><p>020 7946 0002</p></div>');
            """, scan: """
            var calls = 0, count = function (proto, names) {
              names.forEach(function (name) {
                var f = proto[name];
                proto[name] = function () { calls++; return f.apply(this, arguments); };
              });
            };
            count(TreeWalker.prototype, ['nextNode', 'nextSibling', 'parentNode']);
            count(Element.prototype, ['matches', 'closest']);
            count(Node.prototype, ['contains', 'compareDocumentPosition']);
            var found = iovox._find('#page').length;
            JSON.stringify([calls, found])
            """)
    }

    @Test func aDeeplyNestedPageCostsItsSize() throws {
        let small = try Self.nestedWork(depth: 1_000), large = try Self.nestedWork(depth: 4_000)
        #expect(small[1] == 1)
        #expect(large[1] == 1)
        // A bounded number of DOM calls per node (walker steps, and stepping over the ignored element once):
        // four times the depth, about four times the calls.
        #expect(small[0] >= 1_000)
        #expect(Double(large[0]) <= 4.2 * Double(small[0]), "DOM calls: \(small[0]) then \(large[0])")
    }

    /// [regular expression runs, numbers found] to scan `spans` elements of short counts beside one phone number.
    static func shortRunWork(spans: Int) throws -> [Int] {
        try Self.evaluate(setup: """
            var html = '';
            for (var i = 0; i < \(spans); i++) html += '<span>item ' + (1000 + i) + ', 12 pcs</span>';
            document.getElementById('page').innerHTML = html + '<p>Call 020 7946 0001</p>';
            """, scan: Self.findCountingRegexRuns)
    }

    @Test func digitRunsTooShortForANumberCostOneRegexRunEach() throws {
        let alone = try Self.shortRunWork(spans: 0), busy = try Self.shortRunWork(spans: 2_000)
        #expect(alone[1] == 1)
        #expect(busy[1] == 1)
        // 4,000 short runs ('1000', '12') are each matched once by the scan's expression and dropped on their
        // length; reading each as a number would take several runs more.
        let extra = busy[0] - alone[0]
        #expect(extra >= 4_000)
        #expect(extra <= 4_010, "regex runs for 4,000 short runs: \(extra)")
    }
}
