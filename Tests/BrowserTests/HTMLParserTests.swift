@testable import Browser
import Engine
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
    @Test func aKeptParseIsTheParseOfItsHTML() throws {
        let html = "<p>a</p><script>x()</script>"
        let kept = try ParseCache.document(html)
        #expect(kept.json == HTMLParser.document(html).json)
        #expect(try ParseCache.document(html).scriptLines == [1])
    }
}

@Suite struct NestingDepthTests {
    /// The deepest element nesting in a compact tree, and the element count (walked in JavaScript:
    /// Foundation's JSON reader refuses trees this deep).
    func depthAndCount(_ json: String) throws -> (Int, Int) {
        let answer = try ScriptContext().evaluate("""
            (function (t) { var deepest = 0, count = 0, stack = [[t, 0]];
              while (stack.length) { var e = stack.pop(), n = e[0], d = e[1];
                if (n[0] === 9) n[1].forEach(function (k) { stack.push([k, d]); });
                if (n[0] === 1) { count++; deepest = Math.max(deepest, d + 1);
                  n[3].forEach(function (k) { stack.push([k, d + 1]); }); } }
              return deepest + ',' + count; })(\(json))
            """).string.split(separator: ",").compactMap { Int($0) }
        return (answer[0], answer[1])
    }

    @Test func deepNestingIsCappedAt512AsChromiumDoes() throws {
        // html (1) > body (2) > 3,000 divs: elements below depth 512 become children of the one at 512.
        let html = "<html><body>" + String(repeating: "<div>", count: 3000) + "end"
        let (deepest, count) = try depthAndCount(HTMLParser.document(html).json)
        #expect(deepest == TreeWriter.maximumDepth + 1)
        #expect(count == 3000 + 3, "no element is lost (html, head, body and every div)")
        #expect(HTMLParser.document(html).json.contains("\"end\""))
    }

    @Test func shallowPagesAreUnchanged() throws {
        let html = "<div><p>a<b>b</b></p></div>"
        let (deepest, count) = try depthAndCount(HTMLParser.document(html).json)
        #expect(deepest == 5, "html > body > div > p > b")
        #expect(count == 6)
    }

    @Test func markupNestedBeyondTheParserLimitIsRefusedQuickly() {
        let deep = String(repeating: "<span>", count: 100_000)
        #expect(throws: HTMLParser.TooDeep.self) { try HTMLParser.checkNesting(deep) }
        // Closed, self-closing, optional-end and raw-text elements do not pile up.
        let wide = String(repeating: "<div><br><p>x<li>y<img/></div>", count: 50_000)
            + "<script>" + String(repeating: "<div>", count: 10_000) + "</script>"
        #expect(throws: Never.self) { try HTMLParser.checkNesting(wide) }
    }
}
