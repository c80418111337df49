import Foundation
import MockAPI

/// Measures what the client's observer costs the main thread in real Chromium, for `dni bench --chromium`.
///
/// A page loads with the client (selectors given by `setup`); then 200 small nodes holding a known number are
/// inserted one at a time (each in its own task, so the observer runs after each), and 200 more in one batch.
/// DevTools' `Performance.getMetrics` gives the script time of each phase. The same runs with `MutationObserver`
/// removed from the page (the observer off) give the cost of the insertions themselves; the difference is the
/// observer's.
public enum ChromiumObserverTiming {
    public struct Figures: Sendable {
        /// Script milliseconds of the page load (client included).
        public var pageLoad: Double
        /// Script milliseconds of 200 insertions, one per task.
        public var singles: Double
        /// Script milliseconds of 200 insertions in one task.
        public var batch: Double
        /// Inserted numbers swapped (400 with the observer on, 0 off).
        public var swapped: Int
    }

    /// Median figures over `runs` page loads, with the observer on or off.
    public static func measure(
        library: String, page: String, answer: String, setup: String, observer: Bool, runs: Int = 3
    ) throws -> Figures {
        let off = observer ? "" : "<script>window.MutationObserver = undefined;</script>"
        let withClient = page.replacingOccurrences(of: "</body>", with: """
            \(off)<script src="/dni.js"></script><script>
            iovox.init({ access_key: 'a', action_key: 'b' });
            \(setup)
            iovox.autoReplace({ medium: 'direct' });
            </script></body>
            """)
        let bench = try BenchChromium(library: library, answer: answer) { _ in withClient }
        defer { bench.close() }
        let chromium = bench.chromium
        let scriptTime = bench.scriptMilliseconds
        var loads: [Double] = [], singles: [Double] = [], batches: [Double] = []
        var swapped = 0
        for run in 0..<runs {
            try chromium.visit(url: "https://bench.example/?\(run)", settle: .delay(milliseconds: 300))
            let loaded = try scriptTime()
            loads.append(loaded)
            try chromium.evaluateAsync("""
                const done = arguments[arguments.length - 1];
                const add = () => {
                  const p = document.createElement('p');
                  p.className = 'inserted';
                  p.innerHTML = 'Call us on <a href="tel:02079460001">020 7946 0001</a>';
                  document.body.appendChild(p);
                };
                (async () => {
                  for (let i = 0; i < 200; i++) { add(); await new Promise(r => setTimeout(r, 0)); }
                  done(true);
                })();
                """)
            let afterSingles = try scriptTime()
            singles.append(afterSingles - loaded)
            try chromium.evaluateAsync("""
                const done = arguments[arguments.length - 1];
                for (let i = 0; i < 200; i++) {
                  const p = document.createElement('p');
                  p.className = 'inserted';
                  p.innerHTML = 'Call us on <a href="tel:02079460001">020 7946 0001</a>';
                  document.body.appendChild(p);
                }
                setTimeout(() => setTimeout(() => done(true), 0), 0);
                """)
            batches.append(try scriptTime() - afterSingles)
            swapped = Int(try chromium.evaluate(
                "document.querySelectorAll('.inserted a[href=\"tel:02079460501\"]').length").numberValue ?? 0)
        }
        return Figures(pageLoad: median(loads), singles: median(singles), batch: median(batches), swapped: swapped)
    }
}
