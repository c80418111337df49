import Foundation
import Testing
@testable import Generator

/// Hostile configured values must reach the client unchanged and never alter the code around them.
@Suite("Hostile values")
struct HostileValueTests {
    /// A config whose every free-text value is `value`.
    static func config(_ value: String) -> CustomerConfig {
        var config = CustomerConfig(customer: "acme", accessKey: value, actionKey: value, apiURL: APIURL.sandbox)
        config.selectors = [value]
        config.referrers = [ReferrerRule(domain: "reddit.com", medium: value)]
        config.onLoad = OnLoad(
            perSource: PerSource(filters: [Filter(value, .literal(value))], defaults: [Filter("medium", .literal(value))]),
            perSession: PerSession(filters: [Filter("pool_id", .literal(value))], siteData: [.custom(key: value, value: value)]))
        return config
    }

    @Test(arguments: EscapingTests.hostile)
    func valuesRoundTripThroughTheEngine(value: String) throws {
        let build = try Fixture.generator().customer(Self.config(value))
        #expect(build.files.allSatisfy { $0.path.hasSuffix(".php") || $0.contents.allSatisfy { $0.isASCII } })
        let calls = try ScriptRunner.calls(running: [build.script])
        let decoded = try JSONSerialization.jsonObject(with: Data(calls.utf8)) as! [[Any]]
        #expect(decoded.map { $0[0] as! String } == ["init", "setReferrers", "setAutoSelectors", "autoReplace", "autoAllocate"])
        let initOptions = decoded[0][1] as! [String: Any]
        #expect(initOptions["access_key"] as? String == value)
        #expect(initOptions["action_key"] as? String == value)
        #expect((decoded[1][1] as! [[String: String]])[0]["medium"] == value)
        #expect(decoded[2][1] as? [String] == [value])
        #expect(decoded[3][1] as? [String: String] == [value: value])
        #expect(decoded[3][2] as? [String: String] == ["medium": value])
        #expect(decoded[4][1] as? [String: String] == ["pool_id": value])
        #expect(decoded[4][2] as? [String: String] == [value: value])
    }

    @Test(arguments: EscapingTests.hostile)
    func codeShapeDoesNotDependOnValues(value: String) throws {
        let hostile = OnLoadScript(config: Self.config(value)).source
        let plain = OnLoadScript(config: Self.config("x")).source
        #expect(LiteralReader.shape(of: hostile) == LiteralReader.shape(of: plain))
        #expect(try LiteralReader.doubleQuoted(in: hostile).filter { $0 == value }.count == 10)
    }

    @Test(arguments: EscapingTests.hostile)
    func inlineScriptsStayClosed(value: String) throws {
        let build = try Fixture.generator().customer(Self.config(value))
        for name in ["snippet.html", "gtm.html"] {
            let html = try #require(build[name])
            let body = try #require(html.range(of: "<script>\n")).upperBound
            let inline = html[body...].dropLast("</script>\n".count)
            #expect(Markup.inlineScriptHazard(in: String(inline)) == nil)
            #expect(html.components(separatedBy: "</script>").count == 2)
        }
    }

    @Test(arguments: EscapingTests.hostile)
    func wordpressPluginCarriesTheSnippetUnchanged(value: String) throws {
        let build = try Fixture.generator().customer(Self.config(value))
        let php = try #require(build["wordpress/dni-acme/dni-acme.php"])
        let start = try #require(php.range(of: "    echo ")).upperBound
        let end = try #require(php.range(of: ";\n}, 100);", options: .backwards)).lowerBound
        #expect(EscapingTests.decodePHPSingleQuoted(String(php[start..<end])) == build["snippet.html"])
    }
}
