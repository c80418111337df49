import Engine
import Foundation
import Testing
@testable import Generator

/// The real client of `snippet/`, assembled and stripped: it must still parse.
@Suite("Real client", .enabled(if: Fixture.realClientAvailable))
struct RealClientTests {
    static func generator() throws -> Generator {
        try Generator(sources: GeneratorSources(projectRoot: Fixture.projectRoot))
    }

    @Test func strippedLibraryParses() throws {
        let build = try Self.generator().library()
        try ScriptContext().checkSyntax(build.script, file: "dni.js")
        #expect(Markup.inlineScriptHazard(in: build.script) == nil)
    }

    @Test(arguments: ["customer.yaml", "per-source.yaml", "per-session.yaml", "both.yaml"])
    func exampleBuildsParse(name: String) throws {
        let config = try CustomerConfig.load(path: Fixture.projectRoot.appendingPathComponent("examples/\(name)").path)
        let build = try Self.generator().customer(config)
        try ScriptContext().checkSyntax(build.script, file: name)
        #expect(build.modules.first == "core" && build.modules.last == "api")
    }

    @Test func strippedIsSmallerAndBothParse() throws {
        let stripped = try Self.generator().library().script
        let full = try Generator(sources: GeneratorSources(projectRoot: Fixture.projectRoot), strip: false).library().script
        #expect(stripped.count < full.count)
        for script in [stripped, full] {
            try ScriptContext().checkSyntax(script)
        }
    }

    @Test func strippedAndFullLibrariesBehaveAlike() throws {
        let full = try Generator(sources: GeneratorSources(projectRoot: Fixture.projectRoot), strip: false).library().script
        let stripped = try Self.generator().library().script
        let probe = """
            JSON.stringify([Object.keys(iovox), iovox._normalize('020 7946 0001', '44'),
              iovox._format('+44 (0) 20 7946 0001', '442079460500', '44'), iovox._format('(212) 555-0142', '12125550199', '1')])
            """
        let results = try [full, stripped].map { script -> String in
            let context = ScriptContext()
            try context.evaluate("""
                var window = this; var document = {referrer: '', cookie: ''};
                window.location = {href: 'https://shop.example/', search: ''};
                """)
            try context.evaluate(script, file: "dni.js")
            return try context.evaluate(probe).string
        }
        #expect(results[0] == results[1])
        #expect(results[1].contains("\"autoReplace\""))
    }

    /// The tooling's entry points are in the library and in no customer build.
    @Test func onlyTheLibraryHasTheToolingEntryPoints() throws {
        func keys(_ script: String) throws -> String {
            let context = ScriptContext()
            try context.evaluate("""
                var window = this; var document = {referrer: '', cookie: ''};
                window.location = {href: 'https://shop.example/', search: ''};
                """)
            try context.evaluate(script, file: "dni.js")
            return try context.evaluate("Object.keys(iovox).filter(function (k) { return /^_(normalize|format|find)$/.test(k); }).join()").string
        }
        #expect(try keys(Self.generator().library().script) == "_normalize,_format,_find")
        let config = try CustomerConfig.load(path: Fixture.projectRoot.appendingPathComponent("examples/customer.yaml").path)
        let customer = try Self.generator().customer(config)
        #expect(!customer.modules.contains("tools"))
        #expect(try keys(customer.script) == "")
    }
}
