import CJavaScriptCore
import Foundation

/// Classes for global objects, one per name, made once per process.
///
/// A global object made from a class gets that class's own prototype object between itself and
/// `Object.prototype`. Scripts cannot replace a global object's prototype, but they can change that prototype
/// object's prototype: the browser runtime makes it `Window.prototype`, inheriting from `EventTarget.prototype`.
enum GlobalClass {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var classes: [String: JSClassRef] = [:]

    static func named(_ name: String) -> JSClassRef {
        lock.lock()
        defer { lock.unlock() }
        if let existing = classes[name] { return existing }
        var definition = kJSClassDefinitionEmpty
        let made: JSClassRef = name.withCString { cName in
            definition.className = cName
            return JSClassCreate(&definition)
        }
        classes[name] = made
        return made
    }
}
