import Engine
import Foundation
import Testing
@testable import Generator

/// The builds' minifier (esbuild) and the check that runs before it (``JSNameCheck``).
@Suite("Minifier")
struct MinifierTests {
    static func fixture() throws -> String {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
            .appendingPathComponent("minify/tricky.js")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// `window.result` after running `script` in a fresh JavaScriptCore context.
    static func result(of script: String) throws -> String {
        let context = ScriptContext()
        try context.evaluate("var window = this;")
        try context.evaluate(script, file: "tricky.js")
        return try context.evaluate("window.result").string
    }

    @Test func trickyFixtureBehavesTheSameMinified() throws {
        let stripped = JSStripper.strip(try Self.fixture())
        let minified = try Esbuild.minify(stripped)
        try ScriptContext().checkSyntax(minified, file: "tricky.min.js")
        let expected = try Self.result(of: stripped)
        #expect(try Self.result(of: minified) == expected)
        // The fixture really exercises what it claims to.
        #expect(expected.contains(#""regexes":[true,true,true]"#) && expected.contains(#""lines":4"#))
        #expect(expected.contains(#""obj":{"dniAdd":1,"dniQuoted":2,"dniCount":0,"nested":{"dniRatio":2}}"#))
        #expect(minified.count < stripped.count * 3 / 4)
    }

    /// Line breaks that automatic semicolon insertion depends on keep their meaning.
    @Test func semicolonInsertionKeepsItsMeaning() throws {
        let source = """
            (function () { let dniA = 0
            dniA++
            const dniF = () => 5
            function dniR() {
            return
            dniA
            }
            window.result = JSON.stringify([dniA, dniF(), dniR()]) })();
            """
        let minified = try Esbuild.minify(source)
        #expect(try Self.result(of: minified) == "[1,5,null]")
        #expect(try Self.result(of: source) == "[1,5,null]")
    }

    /// Escaped configured values stay escaped: the output is ASCII and no `</script` appears.
    @Test func outputStaysAsciiAndInlineSafe() throws {
        let source = #"(function () { window.result = "caf\u00e9 \u003C/script\u003E \u2028"; })();"#
        let minified = try Esbuild.minify(source)
        let ascii = minified.unicodeScalars.allSatisfy(\.isASCII)
        #expect(ascii)
        #expect(!minified.lowercased().contains("</script"))
        #expect(try Self.result(of: minified) == "café </script> \u{2028}")
    }

    @Test func keepsTheBanner() throws {
        let minified = try Esbuild.minify("/*! dni.js 1.0.0 | library */\n(function () { window.result = 'ok'; })();\n")
        #expect(minified.hasPrefix("/*! dni.js 1.0.0 | library */"))
    }

    @Test func undeclaredNameStopsTheBuild() throws {
        #expect(throws: GeneratorError.self) { try JSNameCheck.check("const dniA = typeof dniMissing;\n") }
        // Properties, keys and text are not names.
        try JSNameCheck.check("const dniA = {dniKey: 1}; dniA.dniProp = 'dniText'; function dniF() { return dniA; }\n")
    }
}
