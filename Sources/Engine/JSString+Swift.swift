import CJavaScriptCore

/// Conversions between Swift strings and JavaScriptCore's `JSStringRef`.
enum JSStrings {
    /// Creates a retained `JSStringRef`; the caller releases it.
    static func make(_ string: String) -> JSStringRef {
        let units = Array(string.utf16)
        return units.withUnsafeBufferPointer { buffer in
            JSStringCreateWithCharacters(buffer.baseAddress, buffer.count)
        }
    }

    /// Runs `body` with a temporary `JSStringRef` for `string`.
    static func with<T>(_ string: String, _ body: (JSStringRef) throws -> T) rethrows -> T {
        let ref = make(string)
        defer { JSStringRelease(ref) }
        return try body(ref)
    }

    /// Copies a `JSStringRef` into a Swift string (UTF-16, lone surrogates become U+FFFD).
    static func string(_ ref: JSStringRef) -> String {
        let count = JSStringGetLength(ref)
        guard count > 0, let chars = JSStringGetCharactersPtr(ref) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: chars, count: count), as: UTF16.self)
    }
}
