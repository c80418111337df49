import CJavaScriptCore

/// A JavaScript value kept alive for as long as this Swift object lives.
///
/// The value is protected from garbage collection on creation and unprotected on deinit; it holds its
/// context strongly so the context always outlives it.
public final class ScriptValue {
    /// The context the value belongs to.
    public let context: ScriptContext
    /// The raw JavaScriptCore value.
    public let ref: JSValueRef

    init(_ ref: JSValueRef, in context: ScriptContext) {
        self.ref = ref
        self.context = context
        JSValueProtect(context.ref, ref)
    }

    deinit { JSValueUnprotect(context.ref, ref) }

    var ctx: JSGlobalContextRef { context.ref }

    public var isUndefined: Bool { JSValueIsUndefined(ctx, ref) }
    public var isNull: Bool { JSValueIsNull(ctx, ref) }
    /// True for `undefined` and `null`.
    public var isNullish: Bool { isUndefined || isNull }
    public var isString: Bool { JSValueIsString(ctx, ref) }
    public var isNumber: Bool { JSValueIsNumber(ctx, ref) }
    public var isBoolean: Bool { JSValueIsBoolean(ctx, ref) }
    public var isObject: Bool { JSValueIsObject(ctx, ref) }
    public var isArray: Bool { JSValueIsArray(ctx, ref) }
    public var isFunction: Bool {
        guard let object = JSValueToObject(ctx, ref, nil) else { return false }
        return JSObjectIsFunction(ctx, object)
    }

    /// The value converted as JavaScript's `String(value)` would (never throws; errors give "").
    public var string: String {
        guard let str = JSValueToStringCopy(ctx, ref, nil) else { return "" }
        defer { JSStringRelease(str) }
        return JSStrings.string(str)
    }

    /// The string if the value is a string, else nil.
    public var stringValue: String? { isString ? string : nil }

    /// The value converted as `Number(value)`.
    public var number: Double { JSValueToNumber(ctx, ref, nil) }

    /// The value converted as `Boolean(value)`.
    public var bool: Bool { JSValueToBoolean(ctx, ref) }

    /// The value as JSON text, or nil for values JSON cannot represent (undefined, functions).
    public func json(indent: UInt32 = 0) -> String? {
        var exception: JSValueRef?
        guard let str = JSValueCreateJSONString(ctx, ref, indent, &exception) else { return nil }
        defer { JSStringRelease(str) }
        return JSStrings.string(str)
    }

    /// Reads property `name`; undefined when the value is not an object.
    public subscript(name: String) -> ScriptValue {
        guard let object = JSValueToObject(ctx, ref, nil) else { return context.undefined }
        let value = JSStrings.with(name) { JSObjectGetProperty(ctx, object, $0, nil) }
        return ScriptValue(value ?? JSValueMakeUndefined(ctx), in: context)
    }

    /// Reads element `index` of an array-like value.
    public subscript(index: Int) -> ScriptValue {
        guard let object = JSValueToObject(ctx, ref, nil) else { return context.undefined }
        let value = JSObjectGetPropertyAtIndex(ctx, object, UInt32(index), nil)
        return ScriptValue(value ?? JSValueMakeUndefined(ctx), in: context)
    }

    /// Sets property `name` to `value`.
    public func set(_ name: String, _ value: ScriptValue) {
        guard let object = JSValueToObject(ctx, ref, nil) else { return }
        JSStrings.with(name) { JSObjectSetProperty(ctx, object, $0, value.ref, 0, nil) }
    }

    /// The `length` of an array-like value.
    public var length: Int { Int(self["length"].number) }

    /// The elements of an array-like value.
    public var elements: [ScriptValue] { (0..<max(0, length)).map { self[$0] } }

    /// Calls the value as a function with `this` set to `thisValue` (undefined by default).
    @discardableResult
    public func call(_ arguments: [ScriptValue] = [], this thisValue: ScriptValue? = nil) throws -> ScriptValue {
        guard let function = JSValueToObject(ctx, ref, nil), JSObjectIsFunction(ctx, function) else {
            throw ScriptError(name: "TypeError", message: "value is not a function")
        }
        let thisObject = thisValue.flatMap { JSValueToObject(ctx, $0.ref, nil) }
        var exception: JSValueRef?
        let args = arguments.map { Optional($0.ref) }
        let result = args.withUnsafeBufferPointer { buffer in
            JSObjectCallAsFunction(ctx, function, thisObject, buffer.count, buffer.baseAddress, &exception)
        }
        if let exception { throw context.error(from: exception) }
        return ScriptValue(result ?? JSValueMakeUndefined(ctx), in: context)
    }

    /// Calls method `name` on the value.
    @discardableResult
    public func invoke(_ name: String, _ arguments: [ScriptValue] = []) throws -> ScriptValue {
        try self[name].call(arguments, this: self)
    }
}
