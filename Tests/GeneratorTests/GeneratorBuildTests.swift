import Engine
import Foundation
import Testing
@testable import Generator

@Suite("Builds")
struct GeneratorBuildTests {
    static let bothYAML = Fixture.yaml("""
        api_url: sandbox
        country_code: "44"
        selectors: [".phone"]
        referrers: [{domain: reddit.com, medium: social}]
        timeout_ms: 2000
        on_load:
          per_source: {filters: {medium: detect}, defaults: {medium: website}}
          per_session:
            filters: {pool_id: my-pool}
            site_data: [utm_source, gclid, utm_term, landing_page, referrer, {site: acme}]
        """)

    @Test func libraryHasEveryModuleAndRunsNothing() throws {
        let build = try Fixture.generator().library()
        #expect(build.files.map(\.path) == ["dni.js"])
        #expect(build.modules == ["core", "detect", "replace", "allocate", "heartbeat", "consent", "observe", "debug", "api"])
        #expect(build.onLoad == nil)
        #expect(build.script.hasPrefix("/*! dni.js \(Generator.version) | library | modules: core detect"))
        #expect(build.script.contains("(function (window, document) {\n'use strict';\n"))
        #expect(build.script.hasSuffix("})(window, document);\n"))
        #expect(try ScriptRunner.calls(running: [build.script]) == "[]")
    }

    @Test func modulesStayInManifestOrder() throws {
        let script = try Fixture.generator().library().script
        let positions = ["fakeCalls", "fakeHas_detect", "fakeHas_debug", "window.iovox ="].map {
            script.range(of: $0)!.lowerBound
        }
        #expect(positions == positions.sorted())
    }

    @Test func strippedLiteralsSurviveInTheEngine() throws {
        let script = try Fixture.generator().library().script
        #expect(!script.contains("trailing comment") && !script.contains("\n    var"))
        let context = ScriptContext()
        try context.evaluate("var window = this; var document = {};")
        try context.evaluate(script)
        let literals = try context.evaluate("JSON.stringify(window.iovox.strippedLiterals)").string
        #expect(literals == #"["http://example.com/a//b","/* not a comment */","\\/\\/[^/]*\\/*",1,"line one\n    // indented, not a comment\n  2 end"]"#)
    }

    @Test func customerBuildHasEveryOutput() throws {
        let build = try Fixture.generator().customer(Fixture.config(Self.bothYAML))
        #expect(build.files.map(\.path) == ["dni.js", "snippet.html", "gtm.html", "wordpress/dni-acme/dni-acme.php"])
        #expect(build.modules == ["core", "detect", "replace", "allocate", "heartbeat", "observe", "api"])
        #expect(build.script.contains("customer build for acme"))
        let snippet = try #require(build["snippet.html"])
        #expect(snippet.contains("<script>\n" + build.script + "</script>"))
        #expect(snippet.hasPrefix("<!-- iovox call tracking for acme: paste just before </body>"))
        let gtm = try #require(build["gtm.html"])
        #expect(gtm.contains("DOM Ready") && gtm.contains(build.script))
        let php = try #require(build["wordpress/dni-acme/dni-acme.php"])
        #expect(php.hasPrefix("<?php\n/**\n * Plugin Name: iovox call tracking (acme)"))
        #expect(php.contains("add_action('wp_footer', function () {\n    echo " + Markup.phpString(snippet) + ";"))
    }

    @Test func onLoadCallsThePublicAPI() throws {
        let build = try Fixture.generator().customer(Fixture.config(Self.bothYAML))
        let calls = try ScriptRunner.calls(running: [build.script])
        #expect(calls == """
            [["init",{"access_key":"key-1","action_key":"action-1","api_url":"https://sandbox-platform.iovox.com",\
            "country_code":"44","timeout":2000}],\
            ["setReferrers",[{"domain":"reddit.com","medium":"social"}]],\
            ["setAutoSelectors",[".phone"]],\
            ["autoReplace",{"medium":"DETECTED-MEDIUM"},{"medium":"website"}],\
            ["autoAllocate",{"pool_id":"my-pool"},{"utm_source":"news letter","gclid":"G1","utm_term":null,\
            "landing_page":"https://shop.example/landing?utm_source=news%20letter&gclid=G1",\
            "referrer":"https://ref.example/","site":"acme"}]]
            """)
    }

    @Test func moduleSelectionPerConfig() throws {
        let generator = try Fixture.generator()
        let perSource = try generator.customer(Fixture.config(Fixture.yaml(
            "observe: false\non_load: {per_source: {filters: {medium: paid}}}")))
        #expect(perSource.modules == ["core", "replace", "api"])
        #expect(!perSource.script.contains("fakeHas_allocate"))
        let perSession = try generator.customer(Fixture.config(Fixture.yaml(
            "debug: true\nheartbeat_seconds: 0\non_load: {per_session: {filters: {pool_id: p}}}")))
        #expect(perSession.modules == ["core", "allocate", "observe", "debug", "api"])
        let nothing = try generator.customer(Fixture.config(Fixture.yaml()))
        #expect(nothing.modules == ["core", "observe", "api"])
        #expect(try ScriptRunner.calls(running: [nothing.script]).hasPrefix("[[\"init\","))
    }

    /// The library carries every country's phone metadata; a customer build its own country's and those its
    /// international target numbers and fallback number name.
    @Test func phoneMetadataPerBuild() throws {
        let generator = try Fixture.generator()
        let library = try generator.library().script
        #expect(library.contains("\"1\":\"1 * 7a 23456789 33\"") && library.contains("\"33\":") && library.contains("\"44\":"))
        let plain = try generator.customer(Fixture.config(Fixture.yaml()))
        #expect(plain.script.contains("const dniMeta = {\"44\":\"0  79a"))
        #expect(!plain.script.contains("\"33\":") && !plain.script.contains("\"1\":"))
        let french = try Fixture.config(Fixture.yaml(
            "country_code: \"33\"\nnumbers: [\"01 23 45 67 89\", \"+44 20 7946 0001\"]\nfallback_number: \"12125550199\""))
        #expect(generator.countries(for: french) == ["33", "44", "1"])
        let build = try generator.customer(french)
        #expect(build.onLoad?.contains("numbers: [\"01 23 45 67 89\", \"+44 20 7946 0001\"]") == true)
    }

    /// Consent read from a consent platform brings its module and init option; manual consent needs no module.
    @Test func consentOptions() throws {
        let generator = try Fixture.generator()
        let tcf = try generator.customer(Fixture.config(Fixture.yaml("consent: tcf\nsession_without_consent: page")))
        #expect(tcf.modules.contains("consent"))
        #expect(tcf.onLoad?.contains("consent: \"tcf\", session_consent: \"page\"") == true)
        let manual = try generator.customer(Fixture.config(Fixture.yaml("consent: manual")))
        #expect(!manual.modules.contains("consent") && manual.onLoad?.contains("consent: false") == true)
        let none = try generator.customer(Fixture.config(Fixture.yaml("consent: none")))
        #expect(none.onLoad?.contains("consent") == false)
    }

    @Test func hostedBuildUsesSubresourceIntegrity() throws {
        let config = try Fixture.config(Fixture.yaml("hosting: {url: \"https://cdn.example.com/acme/dni.js?v=1&x=2\"}\n"
            + "on_load: {per_source: {filters: {medium: detect}}}"))
        let build = try Fixture.generator().customer(config)
        let onLoad = try #require(build.onLoad)
        #expect(!build.script.contains("iovox.init"))
        let integrity = Digests.subresourceIntegrity(Data(build.script.utf8))
        #expect(integrity.hasPrefix("sha384-") && integrity.count == 7 + 64)
        let snippet = try #require(build["snippet.html"])
        #expect(snippet.contains("<script src=\"https://cdn.example.com/acme/dni.js?v=1&amp;x=2\" integrity=\"\(integrity)\" crossorigin=\"anonymous\"></script>\n<script>\n\(onLoad)</script>"))
        // The library first, then the inline part, as a page would run them.
        let calls = try ScriptRunner.calls(running: [build.script, onLoad])
        #expect(calls.contains("[\"autoReplace\",{\"medium\":\"DETECTED-MEDIUM\"}]"))
    }

    @Test func gzipIsSmallerAndValid() throws {
        let data = Data(try Fixture.generator().library().script.utf8)
        let gz = Digests.gzip(data)
        #expect(gz.count > 18 && gz.count < data.count)
        #expect(gz.prefix(2) == Data([0x1F, 0x8B]))
    }

    @Test func missingModuleFileIsReported() throws {
        let broken = GeneratorSources(
            snippetDirectory: Fixture.projectRoot.appendingPathComponent("templates"),
            templatesDirectory: Fixture.projectRoot.appendingPathComponent("templates"))
        #expect(throws: GeneratorError.self) { try Generator(sources: broken) }
    }

    @Test func aHugeInlineSnippetWarnsAndANormalOneDoesNot() throws {
        let normal = try Fixture.generator().customer(Fixture.config(Fixture.yaml()))
        #expect(normal.warnings.isEmpty)
        let rules = (0..<3000).map { "  - {domain: site\($0).example.com, medium: social}" }.joined(separator: "\n")
        let huge = try Fixture.generator().customer(Fixture.config(Fixture.yaml("referrers:\n" + rules)))
        #expect(huge.warnings.count == 1)
        #expect(huge.warnings.first?.contains("snippet.html") == true)
    }
}
