import Conformance
import Foundation
import Scenarios

/// The repository's root folder.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// A scenario parsed from `yaml` as the file `scenarios/NAME.yaml`, so its relative paths resolve as a real
/// scenario's do.
func scenario(yaml: String, named name: String) throws -> Scenario {
    try ScenarioParser.parse(yaml: yaml, file: repositoryRoot.appendingPathComponent("scenarios/\(name).yaml").path)
}

/// Test pages served to Chromium.
enum TestPages {
    static let plain = TestPageServer.Page(body: "<!doctype html><title>Plain</title><p>Call 020 7946 0001</p>")

    static let cookies = TestPageServer.Page(body: """
        <!doctype html><title>Cookies</title>
        <script>
          document.cookie = 'kept=1; max-age=3600; path=/';
          document.cookie = 'session_only=2; path=/';
        </script>
        """)

    static let storage = TestPageServer.Page(body: """
        <!doctype html><title>Storage</title>
        <script>
          sessionStorage.setItem('dni_session', 'abc');
          localStorage.setItem('dni_number', '442079460500');
        </script>
        """)

    static let console = TestPageServer.Page(body: """
        <!doctype html><title>Console</title>
        <script>
          console.log('hello', { a: 1 }, 3);
          console.warn('careful');
        </script>
        <script>throw new TypeError('boom');</script>
        <script src="/missing.js"></script>
        """)

    static let all: [String: TestPageServer.Page] = [
        "/plain": plain, "/cookies": cookies, "/storage": storage, "/console": console,
    ]
}

/// Runs `body` with a fresh page server and Chromium, and shuts both down afterwards.
///
/// Without Chromium this throws `ChromiumSetupError`, whose message names `scripts/install-chromium.sh`,
/// so the test fails rather than passing silently.
func withChromium(options: ChromiumOptions = ChromiumOptions(),
                  _ body: (TestPageServer, ChromiumBrowser) throws -> Void) throws
{
    let server = try TestPageServer(pages: TestPages.all)
    defer { server.stop() }
    var options = options
    options.settle = .none
    let browser = try ChromiumBrowser(options: options)
    defer { browser.close() }
    try body(server, browser)
}
