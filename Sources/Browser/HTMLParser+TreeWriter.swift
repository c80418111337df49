import CGumbo
import Foundation

/// Writes gumbo's tree as compact JSON arrays.
struct TreeWriter {
    /// The JSON being written, as UTF-8.
    var bytes: [UInt8] = []
    var scriptLines: [Int] = []

    init() { bytes.reserveCapacity(64 * 1024) }

    /// The JSON written so far.
    var out: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends ASCII punctuation and numbers.
    static func += (writer: inout TreeWriter, text: String) { writer.bytes += text.utf8 }

    mutating func write(document node: UnsafeMutablePointer<GumboNode>) {
        let doc = node.pointee.v.document
        self += "[9,["
        var first = true
        if doc.has_doctype {
            self += "[10,"
            appendString(doc.name)
            self += "]"
            first = false
        }
        let children = doc.children
        for index in 0..<Int(children.length) {
            if !first { self += "," }
            first = false
            write(node: children.data[index]!.assumingMemoryBound(to: GumboNode.self))
        }
        self += "]]"
    }

    mutating func write(children vector: GumboVector) {
        for index in 0..<Int(vector.length) {
            if index > 0 { self += "," }
            write(node: vector.data[index]!.assumingMemoryBound(to: GumboNode.self))
        }
    }

    mutating func write(node: UnsafeMutablePointer<GumboNode>) {
        switch node.pointee.type {
        case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
            write(element: node.pointee.v.element)
        case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA:
            self += "[3,"
            appendString(node.pointee.v.text.text)
            self += "]"
        case GUMBO_NODE_COMMENT:
            self += "[8,"
            appendString(node.pointee.v.text.text)
            self += "]"
        default:
            self += "[8,\"\"]"
        }
    }

    mutating func write(element: GumboElement) {
        let name = tagName(element)
        if name == "script" {
            // The script's text starts where its start tag ends; gumbo counts lines from 1.
            scriptLines.append(Int(element.start_pos.line))
        }
        self += "[1,"
        appendString(name)
        self += ",["
        let attributes = element.attributes
        for index in 0..<Int(attributes.length) {
            let attribute = attributes.data[index]!.assumingMemoryBound(to: GumboAttribute.self)
            if index > 0 { self += "," }
            appendString(attribute.pointee.name)
            self += ","
            appendString(attribute.pointee.value)
        }
        self += "],["
        write(children: element.children)
        self += "],"
        switch element.tag_namespace {
        case GUMBO_NAMESPACE_SVG: self += "1"
        case GUMBO_NAMESPACE_MATHML: self += "2"
        default: self += "0"
        }
        self += "]"
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
            bytes += [0x22, 0x22]
            return
        }
        text.withMemoryRebound(to: UInt8.self, capacity: strlen(text) + 1) { raw in
            appendJSON(UnsafeBufferPointer(start: raw, count: strlen(text)))
        }
    }

    mutating func appendJSON(_ text: String) {
        var copy = text
        copy.withUTF8 { appendJSON($0) }
    }

    /// Appends UTF-8 bytes as a JSON string literal, escaping quotes, backslashes and control characters.
    mutating func appendJSON(_ utf8: UnsafeBufferPointer<UInt8>) {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        bytes.append(0x22)
        for byte in utf8 {
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            case 0x09: bytes += [0x5C, 0x74]
            case 0..<0x20: bytes += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }
}
