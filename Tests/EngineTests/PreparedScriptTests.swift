import Testing
@testable import Engine

@Suite struct PreparedScriptTests {
    @Test func oneParsedScriptRunsAfreshInEveryContext() throws {
        let script = PreparedScript("var count = (typeof count === 'number' ? count : 0) + 1; count", file: "count.js")
        let first = ScriptContext(), second = ScriptContext()
        #expect(try first.evaluate(script).number == 1)
        #expect(try first.evaluate(script).number == 2)
        // The second context shares the parse, not the first one's globals.
        #expect(try second.evaluate(script).number == 1)
    }

    @Test func syntaxErrorsNameTheFileAndLine() {
        let script = PreparedScript("let ok = 1;\nlet = = 2;", file: "broken.js")
        #expect {
            try ScriptContext().evaluate(script)
        } throws: { error in
            let error = error as? ScriptError
            return error?.name == "SyntaxError" && error?.file == "broken.js" && error?.line == 2
        }
    }

    @Test func aSyntaxErrorIsTheOneTheTextGives() throws {
        let text = "var a = 1;\nvar b = ;"
        var fromText: ScriptError?
        do { try ScriptContext().evaluate(text, file: "b.js") } catch let error as ScriptError { fromText = error }
        var prepared: ScriptError?
        do { try ScriptContext().evaluate(PreparedScript(text, file: "b.js")) } catch let error as ScriptError { prepared = error }
        let expected = try #require(fromText)
        #expect(prepared?.message == expected.message)
        #expect(prepared?.location == expected.location)
    }

    @Test func exceptionsCarryTheFile() {
        let script = PreparedScript("null.x", file: "throws.js")
        #expect {
            try ScriptContext().evaluate(script)
        } throws: { error in
            (error as? ScriptError)?.file?.hasSuffix("throws.js") == true
        }
    }
}
