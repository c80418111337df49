import Foundation
import Testing
@testable import Generator

@Suite("Escaping")
struct EscapingTests {
    static let hostile = [
        "it's \"quoted\"", "back\\slash\\", "</script><script>alert(1)</script>", "<!-- comment", "--> end",
        "line\u{2028}sep\u{2029}para", "tab\tnew\nline\rcr\u{0}nul\u{1F}unit\u{7F}del", "naïve café 日本",
        "emoji 📞 call", "${template} `tick`", "?> <?php echo 1; ?>", "&amp; & <b>", "'; alert(1); '",
    ]

    @Test(arguments: hostile)
    func jsLiteralRoundTripsAndIsSafe(value: String) throws {
        let literal = JSString.literal(value)
        #expect(literal.allSatisfy { $0.isASCII })
        #expect(!literal.contains("<") && !literal.contains(">") && !literal.contains("'"))
        #expect(!literal.unicodeScalars.contains { $0.value < 0x20 })
        #expect(try JSONDecoder().decode(String.self, from: Data(literal.utf8)) == value)
    }

    @Test func jsLiteralUsesShortEscapes() {
        #expect(JSString.literal("a\"b\\c\n") == #""a\"b\\c\n""#)
        #expect(JSString.literal("\u{2028}") == #""\u2028""#)
        #expect(JSString.literal("📞") == #""\uD83D\uDCDE""#)
        #expect(JSString.literal("</script>") == #""\u003C/script\u003E""#)
    }

    @Test func htmlAttribute() {
        #expect(Markup.attribute("https://x.example/a?b=1&c=\"2\"<'") == "https://x.example/a?b=1&amp;c=&quot;2&quot;&lt;&#39;")
    }

    @Test(arguments: hostile)
    func phpStringRoundTrips(value: String) {
        let literal = Markup.phpString(value)
        #expect(literal.first == "'" && literal.last == "'")
        #expect(Self.decodePHPSingleQuoted(literal) == value)
    }

    @Test func inlineScriptHazards() {
        #expect(Markup.inlineScriptHazard(in: "var a = '</SCRIPT>';") == "</script")
        #expect(Markup.inlineScriptHazard(in: "x <!-- y") == "<!--")
        #expect(Markup.inlineScriptHazard(in: "a < b && c > d") == nil)
    }

    /// PHP's reading of a single-quoted string: `\\` is a backslash, `\'` a quote, any other `\` stays.
    static func decodePHPSingleQuoted(_ literal: String) -> String? {
        var chars = Array(literal.dropFirst().dropLast())[...]
        var out = ""
        while let c = chars.popFirst() {
            if c == "'" { return nil }  // an unescaped quote would end the string early
            if c == "\\", let next = chars.first, next == "\\" || next == "'" {
                out.append(next)
                chars = chars.dropFirst()
            } else {
                out.append(c)
            }
        }
        return out
    }
}
