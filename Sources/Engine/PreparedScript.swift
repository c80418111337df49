import CJavaScriptCore
import Foundation

/// A script that is evaluated in many contexts: parsed once per context group, never copied again.
///
/// Evaluating a Swift string copies it to UTF-16, and JavaScriptCore then copies and hashes it again, on
/// every page. A prepared script hands the engine one parsed script per context group (per thread) and
/// evaluates that, so each page pays only for running the script's code.
///
/// ```swift
/// let setup = PreparedScript("var ready = true;", file: "setup.js")
/// let page = ScriptContext()
/// try page.evaluate(setup)
/// ```
public final class PreparedScript: @unchecked Sendable {
    public let source: String
    public let file: String

    private let lock = NSLock()
    /// One parsed script per context group; a group lives as long as its thread, like this cache's entries.
    private var parsed: [OpaquePointer: JSScriptRef] = [:]

    public init(_ source: String, file: String) {
        self.source = source
        self.file = file
    }

    deinit { parsed.values.forEach(JSScriptRelease) }

    /// The script parsed for `group`, or the syntax error.
    func script(for group: JSContextGroupRef) throws -> JSScriptRef {
        let key = group
        if let script = lock.withLock({ parsed[key] }) { return script }
        var message: JSStringRef?
        var line: Int32 = 0
        let script = JSStrings.with(source) { text in
            JSStrings.with(file) { url in JSScriptCreateFromString(group, url, 1, text, &message, &line) }
        }
        guard let script else {
            var text = "syntax error"
            if let message {
                text = JSStrings.string(message)
                JSStringRelease(message)
            }
            throw ScriptError(name: "SyntaxError", message: text, file: file, line: Int(line), column: nil, stack: nil)
        }
        lock.withLock { parsed[key] = script }
        return script
    }
}

extension ScriptContext {
    /// Evaluates a prepared script, parsed once for this context's group.
    ///
    /// - Throws: `ScriptError` when the script throws or does not parse.
    @discardableResult
    public func evaluate(_ prepared: PreparedScript) throws -> ScriptValue {
        let script = try prepared.script(for: JSContextGetGroup(ref))
        var exception: JSValueRef?
        let result = JSScriptEvaluate(ref, script, nil, &exception)
        if let exception { throw error(from: exception) }
        return ScriptValue(result ?? JSValueMakeUndefined(ref), in: self)
    }
}
