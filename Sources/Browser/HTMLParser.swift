import CGumbo

/// Parses HTML with gumbo (a conforming HTML5 parser) into the compact JSON tree the DOM runtime builds from.
///
/// Node shapes: element `[1, tag, [name, value, ...], [children], ns]` (ns 0 HTML, 1 SVG, 2 MathML; a
/// `<template>`'s children are its content), text `[3, "data"]`, comment `[8, "data"]`, doctype
/// `[10, "name"]`, document `[9, [children]]`.
///
/// ```swift
/// let tree = HTMLParser.document("<p>Call <b>020</b>")  // [9,[[10,...]?,[1,"html",[],[...],0]]]
/// ```
public enum HTMLParser {
    /// The result of parsing a whole document.
    public struct Document {
        /// The compact tree as JSON.
        public var json: String
        /// One-based source lines where each `<script>` element's text starts, in document order.
        public var scriptLines: [Int]
    }

    /// Parses a whole document.
    public static func document(_ html: String) -> Document {
        var options = kGumboDefaultOptions
        return parse(html, options: &options) { output, writer in
            writer.write(document: output.pointee.document)
        }
    }

    /// Parses `html` as the children of an element named `context` (as `innerHTML` does); returns a JSON array.
    public static func fragment(_ html: String, context: String) -> String {
        var options = kGumboDefaultOptions
        let tag = context.withCString { gumbo_tag_enum($0) }
        options.fragment_context = tag == GUMBO_TAG_UNKNOWN ? GUMBO_TAG_DIV : tag
        options.fragment_namespace = GUMBO_NAMESPACE_HTML
        return parse(html, options: &options) { output, writer in
            // A fragment parse puts the nodes under a synthetic <html> root.
            let root = output.pointee.root!
            writer += "["
            // The synthetic root counts as <html>: its children are at depth 2, as in Chromium's fragment parser.
            writer.write(children: root.pointee.v.element.children, depth: 2)
            writer += "]"
        }.json
    }

    private static func parse(
        _ html: String, options: inout GumboOptions,
        _ body: (UnsafeMutablePointer<GumboOutput>, inout TreeWriter) -> Void
    ) -> Document {
        var utf8 = Array(html.utf8)
        utf8.append(0)
        return utf8.withUnsafeBufferPointer { buffer -> Document in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                let output = gumbo_parse_with_options(&options, chars, buffer.count - 1)!
                defer { gumbo_destroy_output(&options, output) }
                var writer = TreeWriter()
                body(output, &writer)
                return Document(json: writer.out, scriptLines: writer.scriptLines)
            }
        }
    }
}
