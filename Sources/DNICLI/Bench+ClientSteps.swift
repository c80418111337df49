import Browser
import Foundation
import Scenarios

extension Bench {
    /// The page most scenarios load: two numbers, the library tag and nothing else.
    static let smallPage = """
        <!DOCTYPE html><html><body>
        <p>Sales: <a id="sales" href="tel:02079460001">020 7946 0001</a></p>
        <p>Lettings: <a id="lettings" href="tel:+442079460010">+44 (0) 20 7946 0010</a></p>
        <script src="/dni.js"></script>
        </body></html>
        """

    /// Times each call a typical scenario makes on a small page, for a new visitor each time (nothing stored,
    /// so `autoReplace` asks the API and the answer's replacement happens in `settle`).
    static func clientSteps(library: String, repeats: Int) throws {
        let answer = #"{"numbers":[{"number":"442079460102"},{"number":"442079460302"}]}"#
        let steps: [(label: String, run: (Browser, Page) throws -> Void)] = [
            ("init", { _, page in _ = try page.evaluate("iovox.init({access_key: 'a', action_key: 'b'})") }),
            ("detectMedium", { _, page in _ = try page.evaluate("iovox.detectMedium()") }),
            ("autoReplace", { _, page in _ = try page.evaluate("iovox.autoReplace({medium: 'organic'})") }),
            ("the answer's arrival", { browser, _ in try browser.settle() }),
            ("explainMedium", { _, page in _ = try page.evaluate("iovox.explainMedium()") }),
            ("a snapshot", { _, page in
                // As the harness takes one: the snapshot script's result as JSON.
                _ = try page.evaluate("JSON.stringify(\(SnapshotScript.expression(selectors: ["#sales", "#lettings"])))")
            }),
        ]
        var times = [[Double]](repeating: [], count: steps.count + 1)
        var replaced = ""
        for _ in 0..<repeats {
            let browser = clientBrowser(page: smallPage, library: library, answer: answer)
            defer { browser.close() }
            var start = DispatchTime.now().uptimeNanoseconds
            let page = try browser.newTab().visit("https://bench.example/")
            times[0].append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            for (index, step) in steps.enumerated() {
                start = DispatchTime.now().uptimeNanoseconds
                try step.run(browser, page)
                times[index + 1].append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            replaced = try page.evaluate("document.getElementById('sales').textContent").string
        }
        let medians = times.map { $0.sorted()[$0.count / 2] }
        let split = zip(steps.map(\.label), medians.dropFirst()).map { String(format: "%@ %.2f ms", $0, $1) }
        print(String(format: "small page (2 numbers, library tag), a new visitor: visit %.2f ms; then ", medians[0])
            + split.joined(separator: ", ") + " (#sales now \(replaced))")
    }
}
