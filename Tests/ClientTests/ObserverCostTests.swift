import Browser
import Foundation
import Generator
import Testing

/// What one insertion costs the observer does not grow with the page: it scans what was added, not the page.
///
/// Work is counted, not timed: text nodes read (`nodeValue`) while the insertion is handled.
@Suite struct ObserverCostTests {
    /// Text nodes read to handle one inserted number on a page of `paragraphs` paragraphs, with `body` scanned;
    /// and whether the inserted number was swapped.
    static func insertionCost(paragraphs: Int) throws -> (reads: Int, swapped: Bool) {
        let script = try Generator(sources: .locate()).library().script
        let browser = Browser(network: { request in
            if request.url.hasSuffix("/dni.js") { return HTTPResponse(body: script) }
            if request.url.hasSuffix("/dni/fetch") { return .json(#"{"numbers":[{"number":"442079460500"}]}"#) }
            return .html("<!DOCTYPE html><html><body><p>Sales 020 7946 0001</p><script src=\"/dni.js\"></script></body></html>")
        })
        defer { browser.close() }
        let page = try browser.newTab().visit("https://shop.example/")
        _ = try page.evaluate("""
            for (var i = 0; i < \(paragraphs); i++) {
              var p = document.createElement('p');
              p.textContent = 'Item ' + i + ': ships in 3 days, order before 14:00.';
              document.body.appendChild(p);
            }
            iovox.init({access_key: 'k', action_key: 'a', api_url: 'https://api.example'});
            iovox.setAutoSelectors('body');
            iovox.autoReplace({medium: 'direct'});
            """)
        try browser.settle()
        _ = try page.evaluate("""
            var reads = 0, text = document.body.firstChild.firstChild, proto = Object.getPrototypeOf(text);
            while (!Object.prototype.hasOwnProperty.call(proto, 'nodeValue')) proto = Object.getPrototypeOf(proto);
            var value = Object.getOwnPropertyDescriptor(proto, 'nodeValue');
            Object.defineProperty(proto, 'nodeValue', {configurable: true, set: value.set,
              get: function () { reads++; return value.get.call(this); }});
            var added = document.createElement('p');
            added.innerHTML = 'Chat: call <b>020 7946 0001</b> now';
            document.body.appendChild(added);
            """)
        try browser.settle()
        let result = try page.evaluate("JSON.stringify([reads, added.textContent])").string
        let values = try JSONSerialization.jsonObject(with: Data(result.utf8)) as! [Any]
        return (values[0] as! Int, (values[1] as! String) == "Chat: call 020 7946 0500 now")
    }

    @Test func oneInsertionCostsTheSameOnSmallAndLargePages() throws {
        let small = try Self.insertionCost(paragraphs: 100), large = try Self.insertionCost(paragraphs: 2000)
        #expect(small.swapped && large.swapped)
        #expect(small.reads == large.reads, "text nodes read: \(small.reads) on 100 paragraphs, \(large.reads) on 2,000")
        #expect(large.reads < 20)
    }
}
