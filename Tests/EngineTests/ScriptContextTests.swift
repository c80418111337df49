import Foundation
import Testing
@testable import Engine

@Suite struct ScriptContextTests {
    @Test func evaluatesExpressions() throws {
        let context = ScriptContext()
        #expect(try context.evaluate("1 + 2").number == 3)
        #expect(try context.evaluate("'a' + 'b'").string == "ab")
        #expect(try context.evaluate("null").isNull)
        #expect(try context.evaluate("[1,2,3]").length == 3)
    }

    @Test func errorsCarryFileLineColumnAndStack() throws {
        let context = ScriptContext()
        do {
            try context.evaluate("var a = 1;\nfunction f() { return null.x; }\nf();", file: "page.js")
            Issue.record("expected a throw")
        } catch let error as ScriptError {
            #expect(error.name == "TypeError")
            #expect(error.file == "page.js")
            #expect(error.line == 2)
            #expect(error.column != nil)
            #expect(error.stack?.contains("f@page.js:2") == true)
        }
    }

    @Test func syntaxErrorsNameTheFile() {
        let context = ScriptContext()
        #expect(throws: ScriptError.self) { try context.evaluate("function (", file: "bad.js") }
        do { try context.checkSyntax("let = ;", file: "bad.js") } catch let error as ScriptError {
            #expect(error.name == "SyntaxError")
            #expect(error.file == "bad.js")
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func hostFunctionsReceiveArgumentsAndReturnValues() throws {
        let context = ScriptContext()
        context.define("add") { call in context.make((call.number(0) ?? 0) + (call.number(1) ?? 0)) }
        context.define("greet") { call in context.make("hi " + (call.string(0) ?? "?")) }
        #expect(try context.evaluate("add(2, 40)").number == 42)
        #expect(try context.evaluate("greet('ann')").string == "hi ann")
        #expect(try context.evaluate("typeof add").string == "function")
    }

    @Test func swiftErrorsBecomeJavaScriptExceptions() throws {
        struct Boom: Error, CustomStringConvertible { var description: String { "boom" } }
        let context = ScriptContext()
        context.define("fail") { _ in throw Boom() }
        let message = try context.evaluate("try { fail(); 'no' } catch (e) { e.message }").string
        #expect(message == "boom")
    }

    @Test func jsonRoundTrips() throws {
        let context = ScriptContext()
        let value = try #require(context.parseJSON(#"{"a":[1,"x\u2028",null]}"#))
        #expect(value["a"][1].string == "x\u{2028}")
        #expect(value.json() == #"{"a":[1,"x\#u{2028}",null]}"#)
        #expect(context.parseJSON("{nope") == nil)
    }

    @Test func callingFunctionsAndMethods() throws {
        let context = ScriptContext()
        try context.evaluate("var o = { n: 2, times(k) { return this.n * k; } }")
        #expect(try context.global["o"].invoke("times", [context.make(21)]).number == 42)
        #expect(throws: ScriptError.self) { try context.make(1).call() }
    }

    @Test func nonBmpAndLoneSurrogatesSurvive() throws {
        let context = ScriptContext()
        let text = "☎️ 020 • 𝟘"
        #expect(context.make(text).string == text)
        #expect(try context.evaluate("'\\u{1F4DE}'.length").number == 2)
    }

    @Test func promisesSettleWhenTheOutermostCallReturns() throws {
        let context = ScriptContext()
        try context.evaluate("var done = false; Promise.resolve().then(() => { done = true; });")
        #expect(try context.evaluate("done").bool)
    }

    /// The JIT tiers are off once a context exists (the interpreter only), unless the process was started with
    /// values of its own (`/proc/self/environ` holds the environment the process started with).
    @Test(arguments: ["JSC_useBaselineJIT", "JSC_useDFGJIT"])
    func theEngineStartsWithoutItsJITTiers(_ option: String) throws {
        _ = ScriptContext()
        let started = try String(decoding: Data(contentsOf: URL(fileURLWithPath: "/proc/self/environ")), as: UTF8.self)
        let given = started.split(separator: "\0").first { $0.hasPrefix(option + "=") }
            .map { String($0.dropFirst(option.count + 1)) }
        let now = getenv(option).map { String(cString: $0) }
        #expect(now == (given ?? "false"))
    }
}
