import Foundation

/// JSON comparisons for expectations: equality, and "contains" for request bodies.
enum JSONMatch {
    static func parse(_ text: String) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
    }

    /// True when both texts are the same JSON value.
    static func equal(_ a: String, _ b: String) -> Bool {
        guard let x = parse(a), let y = parse(b) else { return a == b }
        return same(x, y)
    }

    /// True when every member of `subset` is in `body`, recursively; arrays match element by element.
    static func contains(_ body: String, _ subset: String) -> Bool {
        guard let whole = parse(body), let part = parse(subset) else { return false }
        return includes(whole, part)
    }

    static func includes(_ whole: Any, _ part: Any) -> Bool {
        if let p = part as? [String: Any] {
            guard let w = whole as? [String: Any] else { return false }
            return p.allSatisfy { key, value in w[key].map { includes($0, value) } ?? false }
        }
        if let p = part as? [Any] {
            guard let w = whole as? [Any], w.count == p.count else { return false }
            return zip(w, p).allSatisfy { includes($0, $1) }
        }
        return same(whole, part)
    }

    static func same(_ x: Any, _ y: Any) -> Bool {
        switch (x, y) {
        case (is NSNull, is NSNull): return true
        case (let a as [String: Any], let b as [String: Any]):
            return a.count == b.count && a.allSatisfy { key, value in b[key].map { same(value, $0) } ?? false }
        case (let a as [Any], let b as [Any]): return a.count == b.count && zip(a, b).allSatisfy { same($0, $1) }
        case (let a as String, let b as String): return a == b
        case (let a as NSNumber, let b as NSNumber): return a == b
        default: return false
        }
    }
}
