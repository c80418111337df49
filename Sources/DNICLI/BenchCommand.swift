import ArgumentParser
import Browser
import Conformance
import Foundation
import Engine
import Generator
import Scenarios

/// `dni bench`: prints speed and size figures of the harness, the client and the builds.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the harness, the client and the builds, and print the figures.")

    @Option(help: "Pages for the memory run.")
    var pages: Int = 10_000

    @Option(help: "Repetitions for timed runs (the median is printed).")
    var repeats: Int = 200

    @Flag(help: "Also measure the client's main-thread time in real headless Chromium.")
    var chromium = false

    func validate() throws {
        for (name, value) in [("--pages", pages), ("--repeats", repeats)] where value < 1 {
            throw UserError("\(name) \(value) is below 1", fix: "give at least 1", exitCode: UserError.usage).validation
        }
    }

    func run() throws {
        let generator = try Generator(sources: .locate())
        print("== Build sizes")
        let library = try generator.library().script
        print(Bench.size("library dni.js", library))
        for config in ["examples/customer.yaml", "examples/per-source.yaml", "examples/per-session.yaml"]
            where FileManager.default.fileExists(atPath: config) {
            let build = try generator.customer(CustomerConfig.load(path: config))
            print(Bench.size("\(config) dni.js [\(build.modules.joined(separator: " "))]", build.script))
        }
        print("== Harness")
        print(String(format: "runtime: %d files, %d bytes", Runtime.files.count, Runtime.byteCount))
        // Memory first, so the big page's heap does not blur the per-page trend.
        try Bench.memory(pages: pages)
        try Bench.perPage(repeats: repeats)
        try Bench.bigPage()
        print("== Client in the harness")
        try Bench.clientSteps(library: library, repeats: max(20, repeats / 4))
        try Bench.clientScan(library: library, repeats: max(20, repeats / 4))
        for count in [1_000, 10_000] { try Bench.oneNodeScan(library: library, numbers: count) }
        if chromium {
            print("== Client in headless Chromium")
            for (label, setup) in [("tel links only", ""), ("body as a selector", "iovox.setAutoSelectors('body');")] {
                let figures = try ChromiumClientTiming.measure(
                    library: library, page: Bench.page(elements: 5_000, numbers: 20), answer: Bench.fetchAnswer, setup: setup)
                print(String(format: "5,000-element page, 20 numbers, %@: client script time %.2f ms per page load "
                    + "(synchronous autoReplace %.2f ms; %d numbers replaced)",
                    label, figures.clientScriptMilliseconds, figures.autoReplaceMilliseconds, figures.replaced))
            }
            let busy = Bench.page(elements: 5_000, numbers: 20)
            for (label, setup) in [("tel links only", ""), ("body as a selector", "iovox.setAutoSelectors('body');")] {
                for observer in [true, false] {
                    let f = try ChromiumObserverTiming.measure(
                        library: library, page: busy, answer: Bench.fetchAnswer, setup: setup, observer: observer)
                    print(String(format: "5,000-element page, %@, observer %@: page-load script %.1f ms; "
                        + "200 single insertions %.1f ms; 200 in one batch %.1f ms (%d inserted numbers swapped)",
                        label, observer ? "on" : "off", f.pageLoad, f.singles, f.batch, f.swapped))
                }
            }
            for count in [1_000, 10_000] {
                let oneNode = try ChromiumClientTiming.measure(
                    library: library, page: Bench.oneNodePage(numbers: count), answer: Bench.oneNodeAnswer(numbers: count),
                    runs: 3, setup: "iovox.setAutoSelectors('#list');", replacedCount: Bench.oneNodeReplaced)
                print(String(format: "%d numbers in one text node: client script time %.1f ms per page load "
                    + "(synchronous autoReplace %.1f ms; %d replaced)",
                    count, oneNode.clientScriptMilliseconds, oneNode.autoReplaceMilliseconds, oneNode.replaced))
            }
        }
    }
}

/// The measurements behind `dni bench`.
enum Bench {
    static func size(_ label: String, _ text: String) -> String {
        let raw = text.utf8.count
        let gzip = Digests.gzip(Data(text.utf8)).count
        return String(format: "%@: %d B raw, %d B gzip", label, raw, gzip)
    }

    /// Median wall milliseconds of `body` over `repeats` runs.
    static func median(_ repeats: Int, _ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<repeats {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        times.sort()
        return times[times.count / 2]
    }

    /// A browser serving `page`, the build `library` at `/dni.js`, and `answer` to the client's fetch.
    static func clientBrowser(page: String, library: String, answer: String) -> Browser {
        Browser(network: { request in
            if request.url.hasSuffix("/dni.js") { return HTTPResponse(body: library) }
            if request.url.contains("/dni/fetch") { return .json(answer) }
            return .html(page)
        })
    }

    /// `html` with the library tag before its `</body>`.
    static func withTag(_ html: String) -> String {
        html.replacingOccurrences(of: "</body>", with: "<script src=\"/dni.js\"></script></body>")
    }

    /// A page of `count` elements with `numbers` phone links among them.
    static func page(elements count: Int, numbers: Int, script: String = "") -> String {
        var html = "<!DOCTYPE html><html><head><title>bench</title></head><body>"
        let every = max(1, count / max(1, numbers))
        for index in 0..<count {
            if index % every == 0 && index / every < numbers {
                html += "<p>Call <a href=\"tel:020794600\(String(format: "%02d", index / every % 100))\">020 7946 00\(String(format: "%02d", index / every % 100))</a></p>"
            } else {
                html += "<div class=\"c\(index % 7)\"><span>item \(index)</span></div>"
            }
        }
        return html + script + "</body></html>"
    }

    /// A 30 KB script that does ordinary page work (DOM reads and writes).
    static let pageScript: String = {
        var js = "<script>\n(function () {\n"
        var index = 0
        while js.utf8.count < 30_000 {
            js += "  function helper\(index)(el) { var t = el.textContent; return t.length + \(index); }\n"
            index += 1
        }
        js += "  var total = 0, spans = document.querySelectorAll('span');\n"
        js += "  for (var i = 0; i < spans.length; i++) total += helper0(spans[i]);\n"
        js += "  document.body.setAttribute('data-total', String(total));\n})();\n</script>"
        return js
    }()

    static func perPage(repeats: Int) throws {
        let html = page(elements: 200, numbers: 0, script: pageScript)
        let browser = Browser(network: { _ in .html(html) })
        defer { browser.close() }
        let tab = browser.newTab()
        _ = try tab.visit("https://bench.example/")
        let warm = try median(repeats) { _ = try tab.visit("https://bench.example/") }
        // Each cold visit gets different HTML, so nothing of an earlier parse is reused.
        var serial = 0
        let cold = Browser(network: { _ in
            serial += 1
            return .html(html.replacingOccurrences(of: "</body>", with: "<!-- \(serial) --></body>"))
        })
        defer { cold.close() }
        let coldTab = cold.newTab()
        let ms = try median(repeats) { _ = try coldTab.visit("https://bench.example/") }
        let empty = Browser(network: { _ in .html("<p>x</p>") })
        defer { empty.close() }
        let emptyTab = empty.newTab()
        let base = try median(repeats) { _ = try emptyTab.visit("https://bench.example/") }
        let parse = median(repeats) { _ = HTMLParser.document(html) }
        // The parts of a cold visit, each measured on its own.
        let context = median(repeats) { _ = ScriptContext() }
        let runtime = median(repeats) {
            let context = ScriptContext()
            for file in Runtime.files { _ = try? context.evaluate(file.script) }
        } - context
        let snapshot = try median(repeats) {
            _ = try coldTab.page?.evaluate(SnapshotScript.expression(selectors: ["#n0", "footer"]))
        }
        print(String(format: "per page (new context, runtime, 200 elements, 30 KB script): median %.2f ms", ms))
        print(String(format: "  split: context %.2f ms, runtime %.2f ms, host and visit machinery %.2f ms, "
                     + "gumbo parse (%d bytes) %.2f ms, DOM and the page's scripts %.2f ms; a snapshot after it %.2f ms",
                     context, runtime, max(0, base - context - runtime), html.utf8.count, parse,
                     max(0, ms - base - parse), snapshot))
        print(String(format: "the same page visited again (its parse reused): median %.2f ms", warm))
        print(String(format: "per page (new context and runtime only): median %.2f ms", base))
    }

    static func bigPage() throws {
        let html = page(elements: 26_000, numbers: 20)
        let bytes = html.utf8.count
        let parse = median(5) { _ = HTMLParser.document(html) }
        // A new comment each visit: the page is parsed every time, as a first visit would be.
        var serial = 0
        let browser = Browser(network: { _ in
            serial += 1
            return .html(html.replacingOccurrences(of: "</body>", with: "<!-- \(serial) --></body>"))
        })
        defer { browser.close() }
        let tab = browser.newTab()
        let load = try median(5) { _ = try tab.visit("https://bench.example/") }
        print(String(format: "%.1f MB page: gumbo parse %.1f ms, parse and build the DOM %.1f ms",
                     Double(bytes) / 1_048_576, parse, load))
    }

    static func residentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return 0 }
        let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        return kilobytes / 1024
    }

    static func memory(pages: Int) throws {
        let html = page(elements: 200, numbers: 5, script: "<script>document.cookie='a=1';sessionStorage.x='y';</script>")
        let browser = Browser(network: { _ in .html(html) })
        defer { browser.close() }
        let tab = browser.newTab()
        var marks: [String] = []
        for index in 1...pages {
            _ = try tab.visit("https://bench.example/")
            if index == 100 || index == pages / 10 || index == pages / 2 || index == pages {
                marks.append(String(format: "%d pages %.0f MB", index, residentMegabytes()))
            }
        }
        print("resident memory: " + marks.joined(separator: ", "))
    }

    /// A /dni/fetch answer with 20 tracking numbers 020 7946 0500-0519.
    static let fetchAnswer = "{\"numbers\":[" + (0..<20).map { "{\"number\":\"4420794605\(String(format: "%02d", $0))\"}" }
        .joined(separator: ",") + "]}"

    /// A page whose one paragraph holds `count` distinct London numbers (020 79xx xxxx), comma-separated.
    static func oneNodePage(numbers count: Int) -> String {
        let numbers = (0..<count).map { String(format: "020 79%02d %04d", $0 / 10_000, $0 % 10_000) }
        return "<!DOCTYPE html><html><body><p id=\"list\">Offices: \(numbers.joined(separator: ", ")).</p></body></html>"
    }

    /// The /dni/fetch answer for ``oneNodePage(numbers:)``: 020 79xx xxxx becomes 020 78xx xxxx.
    static func oneNodeAnswer(numbers count: Int) -> String {
        "{\"numbers\":[" + (0..<count).map { String(format: "{\"number\":\"442078%02d%04d\"}", $0 / 10_000, $0 % 10_000) }
            .joined(separator: ",") + "]}"
    }

    static let oneNodeReplaced = "(document.getElementById('list').textContent.match(/020 78/g) || []).length"

    /// Scan and replace `count` numbers held in one text node: the cost grows with the text, not its square.
    static func oneNodeScan(library: String, numbers count: Int) throws {
        let html = oneNodePage(numbers: count), answer = oneNodeAnswer(numbers: count)
        let browser = clientBrowser(page: withTag(html), library: library, answer: answer)
        defer { browser.close() }
        let page = try browser.newTab().visit("https://bench.example/")
        let start = DispatchTime.now().uptimeNanoseconds
        try page.evaluate("iovox.init({access_key: 'a', action_key: 'b'}); iovox.setAutoSelectors('#list'); iovox.autoReplace({medium: 'direct'});")
        try browser.settle()
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        let replaced = Int(try page.evaluate(oneNodeReplaced).number)
        print(String(format: "%d numbers in one text node: scan and replace %.1f ms (%d replaced)", count, ms, replaced))
    }

    static func clientScan(library: String, repeats: Int) throws {
        let html = page(elements: 5_000, numbers: 20)
        let answer = fetchAnswer
        let browser = clientBrowser(page: withTag(html), library: library, answer: answer)
        defer { browser.close() }
        let tab = browser.newTab()
        var replaced = 0
        var times: [Double] = []
        for _ in 0..<repeats {
            let page = try tab.visit("https://bench.example/")
            // Only the client's work is timed: the call (scan, hide, send) and the answer's replacement.
            let start = DispatchTime.now().uptimeNanoseconds
            try page.evaluate("iovox.init({access_key: 'a', action_key: 'b'}); iovox.autoReplace({medium: 'direct'});")
            try browser.settle()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            replaced = Int(try page.evaluate("document.querySelectorAll('a[href^=\"tel:0207946050\"], a[href^=\"tel:0207946051\"]').length").number)
        }
        times.sort()
        print(String(format: "scan and replace 20 numbers in a 5,000-element page: median %.2f ms (%d replaced)",
                     times[times.count / 2], replaced))
    }
}
