import CJavaScriptCore
import Foundation

/// One JavaScript global context: a page's `window`.
///
/// Contexts made on the same thread share one context group (one JavaScriptCore VM), which makes
/// creating a context cheap; values never cross contexts.
///
/// ```swift
/// let context = ScriptContext()
/// let sum = try context.evaluate("1 + 2", file: "sum.js").number   // 3
/// ```
public final class ScriptContext {
    /// The raw JavaScriptCore context.
    public let ref: JSGlobalContextRef

    public init() {
        ref = JSGlobalContextCreateInGroup(ContextGroup.current.ref, nil)
    }

    deinit { JSGlobalContextRelease(ref) }

    /// The global object (`globalThis`).
    public var global: ScriptValue { ScriptValue(JSContextGetGlobalObject(ref), in: self) }

    /// Evaluates `source` as a classic script; `file` names it in errors and stacks.
    ///
    /// - Throws: `ScriptError` with `file:line:column` and the stack when the script throws or fails to parse.
    @discardableResult
    public func evaluate(_ source: String, file: String = "<anonymous>", line: Int = 1) throws -> ScriptValue {
        var exception: JSValueRef?
        let result = JSStrings.with(source) { script in
            JSStrings.with(file) { url in
                JSEvaluateScript(ref, script, nil, url, Int32(line), &exception)
            }
        }
        if let exception { throw error(from: exception) }
        return ScriptValue(result ?? JSValueMakeUndefined(ref), in: self)
    }

    /// Evaluates a JavaScript string value as a script, without copying it through a Swift string.
    @discardableResult
    public func evaluate(_ source: ScriptValue, file: String, line: Int = 1) throws -> ScriptValue {
        guard let script = JSValueToStringCopy(ref, source.ref, nil) else { return undefined }
        defer { JSStringRelease(script) }
        var exception: JSValueRef?
        let result = JSStrings.with(file) { url in JSEvaluateScript(ref, script, nil, url, Int32(line), &exception) }
        if let exception { throw error(from: exception) }
        return ScriptValue(result ?? JSValueMakeUndefined(ref), in: self)
    }

    /// Checks the syntax of `source` without running it.
    public func checkSyntax(_ source: String, file: String = "<anonymous>") throws {
        var exception: JSValueRef?
        let ok = JSStrings.with(source) { script in
            JSStrings.with(file) { url in JSCheckScriptSyntax(ref, script, url, 1, &exception) }
        }
        if !ok, let exception { throw error(from: exception) }
    }

    /// Runs the garbage collector for this context's VM.
    public func collectGarbage() { JSGarbageCollect(ref) }

    // MARK: Making values

    public var undefined: ScriptValue { ScriptValue(JSValueMakeUndefined(ref), in: self) }
    public var null: ScriptValue { ScriptValue(JSValueMakeNull(ref), in: self) }

    public func make(_ string: String) -> ScriptValue {
        let value = JSStrings.with(string) { JSValueMakeString(ref, $0)! }
        return ScriptValue(value, in: self)
    }

    public func make(_ number: Double) -> ScriptValue { ScriptValue(JSValueMakeNumber(ref, number), in: self) }

    public func make(_ bool: Bool) -> ScriptValue { ScriptValue(JSValueMakeBoolean(ref, bool), in: self) }

    /// Parses JSON text into a value; nil when the text is not JSON.
    public func parseJSON(_ json: String) -> ScriptValue? {
        guard let value = JSStrings.with(json, { JSValueMakeFromJSONString(ref, $0) }) else { return nil }
        return ScriptValue(value, in: self)
    }

    /// A new empty object.
    public func makeObject() -> ScriptValue { ScriptValue(JSObjectMake(ref, nil, nil), in: self) }

    // MARK: Errors

    /// Converts a thrown JavaScript value into a `ScriptError`.
    func error(from exception: JSValueRef) -> ScriptError {
        let value = ScriptValue(exception, in: self)
        guard value.isObject else { return ScriptError(message: value.string) }
        func text(_ name: String) -> String? {
            let property = value[name]
            return property.isNullish ? nil : property.string
        }
        func int(_ name: String) -> Int? {
            let property = value[name]
            return property.isNumber ? Int(property.number) : nil
        }
        return ScriptError(
            name: text("name") ?? "Error",
            message: text("message") ?? value.string,
            file: text("sourceURL"),
            line: int("line"),
            column: int("column"),
            stack: text("stack"))
    }

    /// Makes a JavaScript `Error` (or `TypeError`, ...) object carrying `message`.
    func makeError(_ error: Error) -> JSValueRef {
        let message: String
        var name = "Error"
        if let scriptError = error as? ScriptError {
            message = scriptError.message
            name = scriptError.name
        } else {
            message = String(describing: error)
        }
        let argument = JSStrings.with(message) { JSValueMakeString(ref, $0) }
        var args: [JSValueRef?] = [argument]
        let object = args.withUnsafeMutableBufferPointer { JSObjectMakeError(ref, 1, $0.baseAddress, nil) }!
        if name != "Error" {
            JSStrings.with("name") { key in
                JSStrings.with(name) { JSObjectSetProperty(ref, object, key, JSValueMakeString(ref, $0), 0, nil) }
            }
        }
        return object
    }
}

/// The context group shared by contexts created on one thread.
final class ContextGroup {
    let ref: JSContextGroupRef
    /// The CPU and memory bound of scripts run in this group.
    private(set) lazy var budget = ExecutionBudget(group: ref)

    private init() {
        _ = EngineOptions.applied
        ref = JSContextGroupCreate()
    }

    deinit { JSContextGroupRelease(ref) }

    private static let key = "dni.engine.context-group"

    /// The calling thread's group, created on first use.
    static var current: ContextGroup {
        let dictionary = Thread.current.threadDictionary
        if let group = dictionary[key] as? ContextGroup { return group }
        let group = ContextGroup()
        dictionary[key] = group
        return group
    }
}
