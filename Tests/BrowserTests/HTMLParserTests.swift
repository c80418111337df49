@testable import Browser
import Foundation
import Testing

@Suite struct HTMLParserTests {
    func tree(_ html: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(HTMLParser.document(html).json.utf8))
    }

    @Test func impliedTagsEntitiesAndComments() throws {
        let json = HTMLParser.document("<p>Call&nbsp;us &amp; <!-- x --><b>020</b>").json
        #expect(json.hasPrefix("[9,[[1,\"html\",[],[[1,\"head\""))
        #expect(json.contains("\"Call\u{00A0}us & \""))
        #expect(json.contains("[8,\" x \"]"))
        #expect(json.contains("[1,\"b\",[],[[3,\"020\"]],0]"))
    }

    @Test func doctypeAttributesAndTemplates() throws {
        let json = HTMLParser.document("<!DOCTYPE html><a href=\"tel:+44\" ID=x>t</a><template><i>n</i></template>").json
        #expect(json.hasPrefix("[9,[[10,\"html\"]"))
        #expect(json.contains("[1,\"a\",[\"href\",\"tel:+44\",\"id\",\"x\"]"))
        #expect(json.contains("[1,\"template\",[],[[1,\"i\""))
    }

    @Test func svgKeepsItsCaseAndNamespace() throws {
        let json = HTMLParser.document("<svg><foreignObject></foreignObject></svg>").json
        #expect(json.contains("[1,\"foreignObject\",[],[],1]"))
        #expect(json.contains("[1,\"svg\",[],["))
    }

    @Test func scriptLinesAreRecorded() {
        let parsed = HTMLParser.document("<html>\n<body>\n<script>a()</script>\n\n<script src=x></script>")
        #expect(parsed.scriptLines == [3, 5])
    }

    @Test func fragmentsParseInContext() throws {
        let json = HTMLParser.fragment("<td>cell</td>", context: "tr")
        #expect(json == "[[1,\"td\",[],[[3,\"cell\"]],0]]")
        let plain = HTMLParser.fragment("a <b>c</b>", context: "div")
        #expect(plain == "[[3,\"a \"],[1,\"b\",[],[[3,\"c\"]],0]]")
    }

    @Test func quotesBackslashesAndControlCharactersAreEscaped() throws {
        // gumbo turns most control characters into U+FFFD, as HTML says; tabs stay and are escaped.
        let json = HTMLParser.document("<p>a\u{2028}b\"c\\d\te</p>").json
        #expect(json.contains("a\u{2028}b\\\"c\\\\d\\te"))
        let parsed = try tree("<p>a\u{2028}b\"c</p>")
        #expect("\(parsed)".contains("a\u{2028}b"))
    }
}

@Suite struct ParseCacheTests {
    @Test func reusesParsesAndForgetsTheOldest() {
        let cache = ParseCache(capacity: 2)
        let a = cache.document("<p>a</p><script>x()</script>")
        #expect(a.json == HTMLParser.document("<p>a</p><script>x()</script>").json)
        #expect(a.scriptLines == [1])
        _ = cache.document("<p>b</p>")
        _ = cache.document("<p>c</p>")
        #expect(cache.document("<p>a</p><script>x()</script>").json == a.json, "a re-parse gives the same tree")
    }
}
