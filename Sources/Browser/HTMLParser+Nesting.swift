/// A quick look at how deeply markup nests, before gumbo sees it.
///
/// gumbo's tree construction takes time quadratic in nesting depth (each start tag looks down the stack of
/// open elements for an element in scope): 10,000 unclosed `<div>`s take about 0.2 s, 100,000 take most of
/// a minute, a million never finish. Chromium caps the tree at depth 512 but still parses such pages, so
/// markup that opens more than `maximumOpenElements` elements without closing them is refused with a clear
/// error instead of hanging the harness.
extension HTMLParser {
    /// Open elements allowed at once (as estimated by `openDepth`).
    public static let maximumOpenElements = 4096

    /// Thrown for markup that nests deeper than `maximumOpenElements`.
    public struct TooDeep: Error, CustomStringConvertible {
        /// The estimated depth where the scan stopped.
        public var depth: Int
        /// One-based line where the limit was crossed.
        public var line: Int
        public var description: String {
            "the HTML nests more than \(HTMLParser.maximumOpenElements) elements deep (at line \(line)); the "
                + "harness's parser would take quadratic time (Chromium keeps only 512 levels of such a tree)"
        }
    }

    /// Elements that never hold children, or whose end tag the parser supplies (so they do not pile up).
    private static let selfClosing: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "param", "keygen", "frame", "basefont", "bgsound", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td",
        "th", "tbody", "thead", "tfoot", "colgroup", "caption", "rt", "rp", "rb", "rtc", "html", "head", "body",
    ]
    /// Elements whose text is not markup: their contents are skipped to the matching end tag.
    private static let rawText: Set<String> = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                                               "noframes", "plaintext"]

    /// Throws `TooDeep` when `html` opens more than `maximumOpenElements` elements without closing them.
    ///
    /// An estimate in one pass over the bytes: start tags of elements that hold children count up, end tags
    /// count down; comments and the text of raw-text elements are skipped.
    public static func checkNesting(_ html: String) throws {
        var depth = 0
        var line = 1
        var utf8 = Array(html.utf8)
        utf8.append(0)
        let count = utf8.count - 1
        var i = 0
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        func name(at start: Int) -> (String, Int) {
            var end = start
            while end < count, isLetter(utf8[end]) || (utf8[end] >= 0x30 && utf8[end] <= 0x39) || utf8[end] == 0x2D {
                end += 1
            }
            return (String(decoding: utf8[start..<end], as: UTF8.self).lowercased(), end)
        }
        /// Index just past the next `>` from `start`, skipping quoted attribute values.
        func tagEnd(from start: Int) -> Int {
            var j = start
            var quote: UInt8 = 0
            while j < count {
                let b = utf8[j]
                if b == 0x0A { line += 1 }
                if quote != 0 { if b == quote { quote = 0 } } else if b == 0x22 || b == 0x27 { quote = b } else if b == 0x3E {
                    return j + 1
                }
                j += 1
            }
            return count
        }
        while i < count {
            let b = utf8[i]
            if b == 0x0A { line += 1 }
            guard b == 0x3C else { i += 1; continue }
            let next = utf8[i + 1]
            if next == 0x21 {  // <!-- ... --> or <!doctype>
                if utf8[i + 2] == 0x2D, utf8[i + 3] == 0x2D, let close = find([0x2D, 0x2D, 0x3E], in: utf8, from: i + 4, count: count, line: &line) {
                    i = close
                } else {
                    i = tagEnd(from: i + 2)
                }
            } else if next == 0x2F, isLetter(utf8[i + 2]) {  // end tag
                let (tag, after) = name(at: i + 2)
                if !selfClosing.contains(tag) { depth = max(0, depth - 1) }
                i = tagEnd(from: after)
            } else if isLetter(next) {
                let (tag, after) = name(at: i + 1)
                let end = tagEnd(from: after)
                let closesItself = end >= 2 && utf8[end - 2] == 0x2F
                if rawText.contains(tag) {
                    let closing = Array("</\(tag)".utf8)
                    i = find(closing, in: utf8, from: end, count: count, line: &line, caseInsensitive: true) ?? count
                    continue
                }
                if !selfClosing.contains(tag) && !closesItself {
                    depth += 1
                    if depth > maximumOpenElements { throw TooDeep(depth: depth, line: line) }
                }
                i = end
            } else {
                i += 1
            }
        }
    }

    /// The index just past the first occurrence of `needle` at or after `start`, counting newlines passed.
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, count: Int, line: inout Int,
                             caseInsensitive: Bool = false) -> Int? {
        var j = start
        while j + needle.count <= count {
            if bytes[j] == 0x0A { line += 1 }
            var k = 0
            while k < needle.count {
                let a = bytes[j + k], b = needle[k]
                if a != b && !(caseInsensitive && (a | 0x20) == (b | 0x20) && (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) { break }
                k += 1
            }
            if k == needle.count { return j + needle.count }
            j += 1
        }
        return nil
    }
}
