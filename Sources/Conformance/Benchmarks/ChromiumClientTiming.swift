import Foundation
import MockAPI

/// Measures the client's own main-thread time in real Chromium, for `dni bench --chromium`.
///
/// The same page (5,000 elements, 20 numbers) loads with and without the client; DevTools'
/// `Performance.getMetrics` gives each page's total script time, and the difference is the client's.
/// `performance.mark`s around `autoReplace` time its synchronous part.
public enum ChromiumClientTiming {
    public struct Figures: Sendable {
        /// Median milliseconds of script time the client adds to a page load (scan, request, replacement).
        public var clientScriptMilliseconds: Double
        /// Median milliseconds of the synchronous `autoReplace` call (scan, hide, send).
        public var autoReplaceMilliseconds: Double
        /// Numbers replaced on the last run (should be 20).
        public var replaced: Int
    }

    /// `setup` runs before `autoReplace` (extra selectors, say); `replacedCount` is an expression counting the
    /// numbers replaced.
    public static func measure(
        library: String, page: String, answer: String, runs: Int = 7, setup: String = "",
        replacedCount: String = "document.querySelectorAll('a[href^=\"tel:0207946050\"], a[href^=\"tel:0207946051\"]').length"
    ) throws -> Figures {
        let withClient = page.replacingOccurrences(of: "</body>", with: """
            <script src="/dni.js"></script><script>
            performance.mark('dni-start');
            iovox.init({ access_key: 'a', action_key: 'b' });
            \(setup)
            iovox.autoReplace({ medium: 'direct' });
            performance.mark('dni-end');
            </script></body>
            """)
        let bench = try BenchChromium(library: library, answer: answer) { $0.contains("/without") ? page : withClient }
        defer { bench.close() }
        let chromium = bench.chromium
        func scriptTime(_ url: String) throws -> Double {
            try chromium.visit(url: url, settle: .delay(milliseconds: 300))
            return try bench.scriptMilliseconds()
        }
        var added: [Double] = []
        var sync: [Double] = []
        var replaced = 0
        for run in 0..<runs {
            // Metrics are cumulative per page; each visit is a new page, so each reading is that page's own.
            let base = try scriptTime("https://bench.example/without?\(run)")
            let total = try scriptTime("https://bench.example/with?\(run)")
            added.append(total - base)
            sync.append(try chromium.evaluate(
                "performance.measure('dni', 'dni-start', 'dni-end').duration").numberValue ?? 0)
            replaced = Int(try chromium.evaluate(replacedCount).numberValue ?? 0)
        }
        return Figures(clientScriptMilliseconds: median(added), autoReplaceMilliseconds: median(sync), replaced: replaced)
    }
}
