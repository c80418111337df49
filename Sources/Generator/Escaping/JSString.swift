/// Writes any string as a JavaScript string literal that is also valid JSON and pure ASCII.
///
/// The literal is safe inside an inline `<script>`: `<`, `>` and `&` are escaped, so neither
/// `</script>` nor `<!--` can appear, and U+2028/U+2029 (line terminators in old engines) are escaped too.
///
/// ```swift
/// JSString.literal("it's </script>")   // "it\u0027s \u003C/script\u003E" (with the quotes)
/// ```
public enum JSString {
    /// The double-quoted literal for `value`.
    public static func literal(_ value: String) -> String {
        var out = "\""
        out.reserveCapacity(value.utf16.count + 2)
        for unit in value.utf16 {
            switch unit {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x20...0x7E where !escapedPrintables.contains(unit):
                out.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
            default:
                out += unicodeEscape(unit)
            }
        }
        out += "\""
        return out
    }

    /// ASCII characters that matter to HTML, XML or PHP around the script, escaped though JS does not need it.
    private static let escapedPrintables: Set<UInt16> = [0x26, 0x27, 0x3C, 0x3E]  // & ' < >

    /// `\uXXXX` for one UTF-16 code unit (astral characters become surrogate pairs).
    private static func unicodeEscape(_ unit: UInt16) -> String {
        let hex = String(unit, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
