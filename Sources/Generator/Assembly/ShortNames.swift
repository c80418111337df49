/// Short JavaScript identifiers in order (`a` ... `Z`, then `aa`, `ab` ...), skipping
/// reserved words and every name in `avoiding`.
struct ShortNames {
    private let avoiding: Set<String>
    private var counter = 0
    private static let first = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    private static let rest = first + Array("0123456789_$")

    init(avoiding: Set<String>) { self.avoiding = avoiding }

    /// The next free name.
    mutating func next() -> String {
        while true {
            let name = Self.name(counter)
            counter += 1
            if !avoiding.contains(name) && !Self.reserved.contains(name) { return name }
        }
    }

    /// The `n`th name: one character, then two, then three.
    private static func name(_ n: Int) -> String {
        var n = n, length = 0, tails = 1
        while n >= first.count * tails {
            n -= first.count * tails
            length += 1
            tails *= rest.count
        }
        var chars = [first[n / tails]]
        var k = n % tails
        for _ in 0..<length {
            tails /= rest.count
            chars.append(rest[k / tails])
            k %= tails
        }
        return String(chars)
    }

    static let reserved: Set<String> = [
        "do", "if", "in", "of", "as", "is", "for", "let", "new", "try", "var", "get", "set", "NaN", "case", "else",
        "enum", "eval", "null", "this", "true", "void", "with", "break", "catch", "class", "const", "false",
        "super", "throw", "while", "yield", "await", "async", "static", "delete", "export", "import",
        "public", "return", "switch", "typeof", "default", "extends", "finally", "package", "private",
        "continue", "debugger", "function", "arguments", "interface", "protected", "implements", "instanceof",
        "undefined", "Infinity",
    ]
}
