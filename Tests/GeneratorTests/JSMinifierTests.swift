import Engine
import Foundation
import Testing
@testable import Generator

@Suite("JavaScript minifier")
struct JSMinifierTests {
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
        let minified = try JSMinifier.minify(stripped)
        try ScriptContext().checkSyntax(minified, file: "tricky.min.js")
        let expected = try Self.result(of: stripped)
        #expect(try Self.result(of: minified) == expected)
        // The fixture really exercises what it claims to.
        #expect(expected.contains(#""regexes":[true,true,true]"#) && expected.contains(#""lines":4"#))
        #expect(expected.contains(#""obj":{"dniAdd":1,"dniQuoted":2,"dniCount":0,"nested":{"dniRatio":2}}"#))
        #expect(minified.count < stripped.count * 3 / 4)
    }

    @Test func renamesEveryDeclaredNameButNoTextOrKeys() throws {
        let minified = try JSMinifier.minify(JSStripper.strip(try Self.fixture()))
        let tokens = JSTokenizer.tokens(minified)
        let roles = JSIdentifierRoles(tokens)
        #expect(!tokens.indices.contains { roles.isRenamable($0) })
        // What stays: text in literals, keys and properties.
        #expect(minified.contains("'dniX in a string'") && minified.contains("/\\/dniX\\//g"))
        #expect(minified.contains("`dniAdd ${") && minified.contains("{dniAdd:1,'dniQuoted':2,dniCount:"))
        #expect(minified.contains(".dniAdd") && minified.contains("window.dniProperty") && minified.contains("dniMethod()"))
        // The names used in the file are not picked: `a` and `b` keep their meaning.
        #expect(minified.contains("const a='outer a',b=2;"))
    }

    @Test func keepsLineBreaksThatSemicolonInsertionNeeds() throws {
        let minified = try JSMinifier.minify("let dniA = 0\ndniA++\nconst dniF = () => {}\n(dniA)\nfunction dniR() {\nreturn\ndniA\n}\n")
        #expect(minified == "let a=0\na++\nconst b=()=>{}\n(a)\nfunction c(){return\na}\n")
    }

    @Test func dropsLineBreaksAfterOpenersAndBeforeClosers() throws {
        let minified = try JSMinifier.minify("const dniA = [\n1,\n2\n];\nif (dniA) {\ndniA.push(3)\n}\n")
        #expect(minified == "const a=[1,2];if(a){a.push(3)}\n")
    }

    @Test func keepsSpacesBetweenWordsAndAmbiguousOperators() throws {
        let minified = try JSMinifier.minify("let dniA = 1;\nconst dniB = dniA - -dniA + +dniA - --dniA;\nreturn typeof dniB in dniA;\n")
        #expect(minified == "let a=1;const b=a- -a+ +a- --a;return typeof b in a;\n")
    }

    @Test func undeclaredNameStopsTheBuild() {
        #expect(throws: GeneratorError.self) { try JSMinifier.minify("const dniA = typeof dniMissing;\n") }
    }

    @Test func shortNamesSkipReservedAndTakenWords() {
        var names = ShortNames(avoiding: ["a", "c"])
        #expect([names.next(), names.next()] == ["b", "d"])
        var many = ShortNames(avoiding: [])
        let all = (0..<200).map { _ in many.next() }
        #expect(Set(all).count == 200 && !all.contains("do") && !all.contains("if") && all.contains("aa"))
    }
}
