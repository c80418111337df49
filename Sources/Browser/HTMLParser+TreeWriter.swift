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

    /// Chromium's parser nests elements at most this deep (`<html>` is 1): a node whose parent would be
    /// deeper is attached to its ancestor at this depth instead, so a deep page becomes a wide one.
    static let maximumDepth = 512

    /// Whether the next node needs a comma before it (the current list already has one).
    private var needsComma = false

    /// One list of children being written: where it is, how deep its nodes are, what closes it.
    private struct Frame {
        var children: GumboVector
        var next = 0
        var depth: Int
        /// Written when the list is done; nil for a flattened element's children, which share its parent's list.
        var closer: String?
    }

    mutating func write(document node: UnsafeMutablePointer<GumboNode>) {
        let doc = node.pointee.v.document
        self += "[9,["
        needsComma = false
        if doc.has_doctype {
            self += "[10,"
            appendString(doc.name)
            self += "]"
            needsComma = true
        }
        write(children: doc.children, depth: 1)
        self += "]]"
    }

    /// Writes the nodes of `vector` (at `depth`, `<html>` being 1) and all below them, without recursion.
    mutating func write(children vector: GumboVector, depth: Int) {
        var stack = [Frame(children: vector, depth: depth, closer: nil)]
        while let top = stack.indices.last {
            guard stack[top].next < Int(stack[top].children.length) else {
                if let closer = stack[top].closer {
                    self += closer
                    needsComma = true
                }
                stack.removeLast()
                continue
            }
            let node = stack[top].children.data[stack[top].next]!.assumingMemoryBound(to: GumboNode.self)
            stack[top].next += 1
            let depth = stack[top].depth
            if needsComma { self += "," }
            needsComma = true
            switch node.pointee.type {
            case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
                let element = node.pointee.v.element
                let close = "],\(namespaceCode(element))]"
                writeStart(element)
                if depth <= Self.maximumDepth {
                    needsComma = false
                    stack.append(Frame(children: element.children, depth: depth + 1, closer: close))
                } else {
                    // Too deep: written empty, its children follow it in the same list.
                    self += close
                    stack.append(Frame(children: element.children, depth: depth + 1, closer: nil))
                }
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
    }

    /// Writes `[1,"name",[attributes],[` for an element.
    private mutating func writeStart(_ element: GumboElement) {
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
    }

    private func namespaceCode(_ element: GumboElement) -> Int {
        switch element.tag_namespace {
        case GUMBO_NAMESPACE_SVG: return 1
        case GUMBO_NAMESPACE_MATHML: return 2
        default: return 0
        }
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
