/// Shrinks stripped JavaScript: drops the whitespace tokens do not need and gives the
/// client's own `dni*` names short ones.
///
/// Renaming follows the assembly contract (docs/client.md): the modules share one function
/// scope and every name they declare starts with `dni`. Each declared `dni*` name (see
/// ``JSIdentifierRoles``) becomes a short name used nowhere else in the
/// file, the most used first. Only identifiers are renamed: never a property after `.` or `?.`,
/// an object key (`{dniX: 1}`, which keeps its key as `{dniX: a}` when written short-hand), or
/// the text of strings, templates and regular expressions. A `dni*` identifier that is never
/// declared is an error, so nothing can silently refer to a page's global.
///
/// A line break is dropped only where it cannot end a statement: after an operator or opening
/// punctuation (not `)`, `]`, `}`, `++`, `--`), or before `)`, `]`, `}`, `.`, `,`, `;`, `:`, `?`
/// and the binary operators that cannot start an expression.
public enum JSMinifier {
    /// The minified form of `source` (already stripped by ``JSStripper``).
    public static func minify(_ source: String) throws -> String {
        var tokens = JSTokenizer.tokens(source)
        try rename(&tokens)
        return join(tokens)
    }

    // MARK: - Renaming

    private static func rename(_ tokens: inout [JSTokenizer.Token]) throws {
        let roles = JSIdentifierRoles(tokens)
        let declared = roles.declared
        var uses: [String: Int] = [:]
        for i in tokens.indices where roles.isRenamable(i) { uses[tokens[i].text, default: 0] += 1 }
        let undeclared = uses.keys.filter { !declared.contains($0) }.sorted()
        if !undeclared.isEmpty {
            throw GeneratorError.unsafeScript(
                "cannot minify: \(undeclared.joined(separator: ", ")) never declared in the build")
        }
        let taken = Set(tokens.filter { $0.kind == .word }.map(\.text))
        var names = ShortNames(avoiding: taken)
        var short: [String: String] = [:]
        for name in declared.sorted(by: { (uses[$0, default: 0], $1) > (uses[$1, default: 0], $0) }) { short[name] = names.next() }
        for i in tokens.indices where roles.isRenamable(i) {
            let name = tokens[i].text
            tokens[i].text = roles.isShorthand(i) ? name + ":" + short[name]! : short[name]!
        }
    }

    // MARK: - Whitespace

    private static func join(_ tokens: [JSTokenizer.Token]) -> String {
        var out = ""
        var previous: JSTokenizer.Token?
        for token in tokens {
            if let previous {
                if token.newlineBefore && lineBreakMatters(after: previous, before: token) || previous.kind == .banner {
                    out += "\n"
                } else if token.spaceBefore && spaceMatters(between: previous.text, and: token.text) {
                    out += " "
                }
            }
            out += token.text
            previous = token
        }
        return out + "\n"
    }

    /// Whether joining the two lines could change what automatic semicolon insertion does.
    private static func lineBreakMatters(after previous: JSTokenizer.Token, before next: JSTokenizer.Token) -> Bool {
        if previous.kind == .punct && !["}", ")", "]", "++", "--"].contains(previous.text) { return false }
        if previous.kind == .templateOpen { return false }
        let restricted = previous.kind == .word && ["return", "break", "continue", "throw", "yield"].contains(previous.text)
        if next.kind == .punct && continuations.contains(next.text) && !restricted { return false }
        return true
    }

    /// Tokens that can only continue what came before them.
    static let continuations: Set<String> = [
        ")", "]", "}", ".", "?.", ",", ";", ":", "?", "=", "==", "===", "!=", "!==", "&&", "||", "??", "=>",
        "*", "%", "<=", ">=", "+=", "-=", "*=", "%=", "&", "|", "^",
    ]

    /// Whether `a` followed directly by `b` would read as other tokens than `a b`.
    private static func spaceMatters(between a: String, and b: String) -> Bool {
        guard let last = a.utf8.last, let first = b.utf8.first else { return false }
        if JSStripper.isWordByte(last) && JSStripper.isWordByte(first) { return true }
        if let lead = a.utf8.first, lead >= 0x30 && lead <= 0x39, first == UInt8(ascii: ".") { return true }
        let pair = String(decoding: [last, first], as: UTF8.self)
        return ["++", "--", "//", "/*", "<!", "->"].contains(pair)
    }
}
