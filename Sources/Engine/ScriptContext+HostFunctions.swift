import CJavaScriptCore

/// The arguments of a call from JavaScript into a Swift host function.
public struct HostCall {
    /// The context the call came from.
    public let context: ScriptContext
    let count: Int
    let arguments: UnsafePointer<JSValueRef?>?

    /// The number of arguments passed.
    public var argumentCount: Int { count }

    /// Argument `index`, or undefined when it was not passed.
    public subscript(index: Int) -> ScriptValue {
        guard index < count, let value = arguments?[index] else { return context.undefined }
        return ScriptValue(value, in: context)
    }

    /// Argument `index` converted to a string (undefined and null give nil).
    public func string(_ index: Int) -> String? {
        let value = self[index]
        return value.isNullish ? nil : value.string
    }

    /// Argument `index` converted to a number (undefined gives nil).
    public func number(_ index: Int) -> Double? {
        let value = self[index]
        return value.isUndefined ? nil : value.number
    }
}

/// The Swift closure behind a host function.
public typealias HostFunction = (HostCall) throws -> ScriptValue?

/// Keeps a host closure alive for as long as its JavaScript function object lives.
final class HostFunctionBox {
    let body: HostFunction
    weak var context: ScriptContext?

    init(_ body: @escaping HostFunction, context: ScriptContext) {
        self.body = body
        self.context = context
    }

    /// The JavaScript class of every host function: callable, and freeing its box when collected.
    static let jsClass: JSClassRef = {
        var definition = kJSClassDefinitionEmpty
        definition.className = ("HostFunction" as StaticString).utf8Start.withMemoryRebound(
            to: CChar.self, capacity: 13) { $0 }
        definition.callAsFunction = { ctx, function, _, argumentCount, arguments, exception in
            guard let ctx, let function, let raw = JSObjectGetPrivate(function) else {
                return JSValueMakeUndefined(ctx)
            }
            let box = Unmanaged<HostFunctionBox>.fromOpaque(raw).takeUnretainedValue()
            guard let context = box.context else { return JSValueMakeUndefined(ctx) }
            do {
                let call = HostCall(context: context, count: argumentCount, arguments: arguments)
                return try box.body(call)?.ref ?? JSValueMakeUndefined(ctx)
            } catch {
                exception?.pointee = context.makeError(error)
                return JSValueMakeUndefined(ctx)
            }
        }
        definition.finalize = { object in
            guard let raw = JSObjectGetPrivate(object) else { return }
            Unmanaged<HostFunctionBox>.fromOpaque(raw).release()
        }
        return JSClassCreate(&definition)
    }()
}

extension ScriptContext {
    /// Makes a JavaScript function that runs `body`; a Swift error thrown by `body` becomes a JS exception.
    ///
    /// ```swift
    /// let add = context.function { call in context.make((call.number(0) ?? 0) + (call.number(1) ?? 0)) }
    /// context.global.set("add", add)
    /// ```
    public func function(_ body: @escaping HostFunction) -> ScriptValue {
        let box = Unmanaged.passRetained(HostFunctionBox(body, context: self)).toOpaque()
        let object = JSObjectMake(ref, HostFunctionBox.jsClass, box)!
        return ScriptValue(object, in: self)
    }

    /// Defines `name` on `object` (the global object by default) as a host function.
    public func define(_ name: String, on object: ScriptValue? = nil, _ body: @escaping HostFunction) {
        (object ?? global).set(name, function(body))
    }
}
