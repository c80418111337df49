import Foundation
import MockAPI

/// Headless Chromium serving the bench's pages from a local HTTPS server, with DevTools' performance metrics on.
///
/// ```swift
/// let bench = try BenchChromium(library: script, answer: fetchAnswer) { url in url.contains("/without") ? page : withClient }
/// defer { bench.close() }
/// try bench.chromium.visit(url: "https://bench.example/", settle: .delay(milliseconds: 300))
/// let ms = try bench.scriptMilliseconds()
/// ```
struct BenchChromium {
    let server: ScenarioServer
    let chromium: ChromiumBrowser

    /// Serves `library` at `/dni.js`, `answer` for `/dni/fetch` and `page(url)` for every other URL.
    init(library: String, answer: String, page: @escaping @Sendable (String) -> String) throws {
        server = try ScenarioServer()
        var options = ChromiumOptions()
        options.hostMap = ["*": "127.0.0.1:\(server.port)"]
        options.extraArguments = ["--ignore-certificate-errors"]
        options.recordConsole = false
        do {
            chromium = try ChromiumBrowser(options: options)
        } catch {
            server.stop()
            throw error
        }
        server.serve { request in
            if request.url.hasSuffix("/dni.js") { return PageResponse(headers: ["content-type": "text/javascript"], body: library) }
            if request.url.contains("/dni/fetch") { return .json(answer) }
            return .html(page(request.url))
        }
        _ = try chromium.client.devTools("Performance.enable")
    }

    /// The page's script time so far (DevTools' cumulative `ScriptDuration`), in milliseconds.
    func scriptMilliseconds() throws -> Double {
        let metrics = try chromium.client.devTools("Performance.getMetrics")["metrics"]?.arrayValue ?? []
        return (metrics.first { $0["name"]?.stringValue == "ScriptDuration" }?["value"]?.numberValue ?? 0) * 1000
    }

    func close() {
        chromium.close()
        server.stop()
    }
}

/// The median of measurements.
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
