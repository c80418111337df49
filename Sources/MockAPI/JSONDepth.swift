import Foundation

/// Measures how deeply a JSON text nests before anything recursive touches it.
///
/// Parsers that recurse per level can exhaust the stack on `[[[[...]]]]`; this scan is a flat
/// loop over the bytes, so a hostile body costs one pass and no recursion.
enum JSONDepth {
    /// The deepest nesting of arrays and objects in `data`, ignoring brackets inside strings.
    ///
    /// Stops counting once `limit` is exceeded and returns `limit + 1`.
    static func maximum(in data: Data, limit: Int) -> Int {
        var depth = 0
        var deepest = 0
        var inString = false
        var escaped = false
        for byte in data {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > deepest {
                    deepest = depth
                    if deepest > limit { return limit + 1 }
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
            default:
                break
            }
        }
        return deepest
    }
}
