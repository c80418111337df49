import CGumbo

/// Writes gumbo's tree as compact JSON arrays.
struct TreeWriter {
    var out = ""
    var scriptLines: [Int] = []

    init() { out.reserveCapacity(64 * 1024) }

    mutating func write(document node: UnsafeMutablePointer<GumboNode>) {
        let doc = node.pointee.v.document
        out += "[9,["
        var first = true
        if doc.has_doctype {
            out += "[10,"
            appendString(doc.name)
            out += "]"
            first = false
        }
        let children = doc.children
        for index in 0..<Int(children.length) {
            if !first { out += "," }
            first = false
            write(node: children.data[index]!.assumingMemoryBound(to: GumboNode.self))
        }
        out += "]]"
    }

    mutating func write(children vector: GumboVector) {
        for index in 0..<Int(vector.length) {
            if index > 0 { out += "," }
            write(node: vector.data[index]!.assumingMemoryBound(to: GumboNode.self))
        }
    }

    mutating func write(node: UnsafeMutablePointer<GumboNode>) {
        switch node.pointee.type {
        case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
            write(element: node.pointee.v.element)
        case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA:
            out += "[3,"
            appendString(node.pointee.v.text.text)
            out += "]"
        case GUMBO_NODE_COMMENT:
            out += "[8,"
            appendString(node.pointee.v.text.text)
            out += "]"
        default:
            out += "[8,\"\"]"
        }
    }

    mutating func write(element: GumboElement) {
        let name = tagName(element)
        if name == "script" {
            // The script's text starts where its start tag ends; gumbo counts lines from 1.
            scriptLines.append(Int(element.start_pos.line))
        }
        out += "[1,"
        appendString(name)
        out += ",["
        let attributes = element.attributes
        for index in 0..<Int(attributes.length) {
            let attribute = attributes.data[index]!.assumingMemoryBound(to: GumboAttribute.self)
            if index > 0 { out += "," }
            appendString(attribute.pointee.name)
            out += ","
            appendString(attribute.pointee.value)
        }
        out += "],["
        write(children: element.children)
        out += "],"
        switch element.tag_namespace {
        case GUMBO_NAMESPACE_SVG: out += "1"
        case GUMBO_NAMESPACE_MATHML: out += "2"
        default: out += "0"
        }
        out += "]"
    }

    /// The element's name, lower case for HTML; unknown and foreign tags keep their source spelling.
    func tagName(_ element: GumboElement) -> String {
        let isSVG = element.tag_namespace == GUMBO_NAMESPACE_SVG
        if element.tag != GUMBO_TAG_UNKNOWN && !isSVG {
            return String(cString: gumbo_normalized_tagname(element.tag))
        }
        var piece = element.original_tag
        gumbo_tag_from_original_text(&piece)
        if isSVG, let fixed = gumbo_normalize_svg_tagname(&piece) {
            return String(cString: fixed)
        }
        guard let data = piece.data, piece.length > 0 else {
            return String(cString: gumbo_normalized_tagname(element.tag))
        }
        let raw = String(decoding: UnsafeRawBufferPointer(start: data, count: piece.length), as: UTF8.self)
        return element.tag_namespace == GUMBO_NAMESPACE_HTML || isSVG ? raw.lowercased() : raw
    }

    /// Appends a C string as a JSON string literal.
    mutating func appendString(_ text: UnsafePointer<CChar>?) {
        guard let text else {
            out += "\"\""
            return
        }
        appendJSON(String(cString: text))
    }

    mutating func appendJSON(_ text: String) {
        out += "\""
        var plainStart = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        var index = plainStart
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let escape: String?
            switch scalar {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            case "\u{2028}": escape = "\\u2028"
            case "\u{2029}": escape = "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    escape = nil
                }
            }
            if let escape {
                out += String(scalars[plainStart..<index])
                out += escape
                plainStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        out += String(scalars[plainStart..<scalars.endIndex])
        out += "\""
    }
}
