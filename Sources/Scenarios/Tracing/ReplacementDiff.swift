import Foundation

/// What the client changed on a page, found node by node: each text node and `tel:` link of the page as
/// served is paired with the same node after the visit, by its place in the tree.
///
/// The client swaps numbers inside text nodes and links and never moves nodes, so a node's path (child
/// indexes from `<body>`) names it before and after. Pairing by place, not by the order of numbers, keeps one
/// extra or missing number from shifting every pair after it; a number the page wrote in any format
/// (`030 / 1234567`) is shown as the page wrote it.
///
/// ```swift
/// let before = try ReplacementDiff.Nodes(json: browser.evaluateJSON(ReplacementDiff.expression))
/// let changes = ReplacementDiff.changes(from: before, to: after)   // [text: Call 030 / 1234567 → …]
/// ```
public enum ReplacementDiff {
    /// A page's text nodes and tel links by path, as `script` returns them.
    public struct Nodes: Decodable, Sendable {
        public var texts: [String: String] = [:]
        public var links: [String: String] = [:]

        public init() {}

        public init(json: String) throws {
            self = try JSONDecoder().decode(Nodes.self, from: Data(json.utf8))
        }
    }

    /// A JavaScript expression for the page's `Nodes` (text outside scripts and styles; `tel:` hrefs).
    public static let expression = """
        (function () {
          var out = { texts: {}, links: {} };
          if (!document.body) return out;
          var stack = [[document.body, '']];
          while (stack.length) {
            var top = stack.pop(), node = top[0], path = top[1];
            if (node.nodeType === 3) { if (/\\d/.test(node.data)) out.texts[path] = node.data; continue; }
            if (node.nodeType !== 1 || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(node.nodeName)) continue;
            var href = node.getAttribute('href');
            if (href && /^tel:/i.test(href)) out.links[path] = href;
            for (var i = node.childNodes.length - 1; i >= 0; i--) stack.push([node.childNodes[i], path + '/' + i]);
          }
          return out;
        })()
        """

    /// The changes from `before` to `after`, in document order: each changed text shown as the part that
    /// differs, widened to whole numbers; each changed link whole.
    public static func changes(from before: Nodes, to after: Nodes) -> [VisitTrace.Replacement] {
        var changes: [(path: String, change: VisitTrace.Replacement)] = []
        for (path, old) in before.texts {
            guard let new = after.texts[path], new != old else { continue }
            let (a, b) = differingParts(old, new)
            changes.append((path, .init(kind: "text", old: a, new: b)))
        }
        for (path, old) in before.links {
            guard let new = after.links[path], new != old else { continue }
            changes.append((path, .init(kind: "href", old: old, new: new)))
        }
        return changes.sorted { order($0.path, $1.path) }.map(\.change)
    }

    /// The parts of two strings between their common start and end, widened so no number is cut.
    static func differingParts(_ old: String, _ new: String) -> (String, String) {
        let a = Array(old), b = Array(new)
        var start = 0
        while start < min(a.count, b.count), a[start] == b[start] { start += 1 }
        var end = 0
        while end < min(a.count, b.count) - start, a[a.count - 1 - end] == b[b.count - 1 - end] { end += 1 }
        // Back off into the shared parts while they belong to a number: digits and its separators.
        func inNumber(_ c: Character) -> Bool { c.isNumber || " ()+-./".contains(c) }
        while start > 0, inNumber(a[start - 1]) { start -= 1 }
        while end > 0, inNumber(a[a.count - end]) { end -= 1 }
        // A number starts with a digit, `+` or `(` and ends with a digit or `)`: drop separators outside it.
        let trim = { (s: String) -> String in
            var part = Substring(s)
            while let c = part.first, !(c.isNumber || c == "+" || c == "("), part.contains(where: \.isNumber) { part.removeFirst() }
            while let c = part.last, !(c.isNumber || c == ")"), part.contains(where: \.isNumber) { part.removeLast() }
            return String(part).trimmingCharacters(in: .whitespaces)
        }
        return (trim(String(a[start..<(a.count - end)])), trim(String(b[start..<(b.count - end)])))
    }

    /// Document order of two paths ("/0/3" before "/0/10" before "/1").
    static func order(_ x: String, _ y: String) -> Bool {
        let a = x.split(separator: "/").compactMap { Int($0) }, b = y.split(separator: "/").compactMap { Int($0) }
        for (p, q) in zip(a, b) where p != q { return p < q }
        return a.count < b.count
    }
}
