import Conformance
import Foundation
import Testing

@Suite("Locating Chromium")
struct ChromiumInstallationTests {
    @Test("a missing binary names the install script")
    func missingBinary() {
        let environment = ["DNI_CHROMIUM": "/nonexistent/chromium"]
        do {
            _ = try ChromiumInstallation.locate(environment: environment)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("scripts/install-chromium.sh"))
            #expect("\(error)".contains("DNI_CHROMIUM"))
        }
    }

    @Test("the environment overrides the default paths")
    func environmentOverride() throws {
        let shell = "/bin/sh"
        let found = try ChromiumInstallation.locate(environment: ["DNI_CHROMIUM": shell, "DNI_CHROMEDRIVER": shell])
        #expect(found == ChromiumInstallation(chromium: shell, chromedriver: shell))
    }

    @Test("capabilities carry the binary, headless switches and a host map")
    func capabilities() {
        var options = ChromiumOptions()
        options.hostMap = ["shop.example": "127.0.0.1:8080"]
        let capabilities = options.capabilities(binary: "/usr/bin/chromium", userDataDir: "/tmp/profile")
        let chrome = capabilities["goog:chromeOptions"]
        #expect(chrome?["binary"] == .string("/usr/bin/chromium"))
        let args = chrome?["args"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(args.contains("--headless=new") && args.contains("--user-data-dir=/tmp/profile"))
        #expect(args.contains("--host-resolver-rules=MAP shop.example 127.0.0.1:8080"))
    }
}
