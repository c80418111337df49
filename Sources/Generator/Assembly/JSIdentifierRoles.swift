/// Which tokens of a script are `dni*` identifiers, and which of those are declared (for ``JSNameCheck``).
///
/// A word starting with `dni` is an identifier unless it follows `.` or `?.` (a property) or
/// is a key of an object literal or pattern (`{dniX: 1}`, `{dniX() {}}`). A key written
/// short-hand (`{dniX}`) is both a key and a reference, so it counts as a use of the name.
/// A name is declared when it follows `function` or `class`, or is one of the names a
/// `const`, `let` or `var` statement declares (`let dniA = 1, dniB;`).
struct JSIdentifierRoles {
    private var renamable: [Bool]
    /// The `dni*` names the script declares.
    private(set) var declared: Set<String> = []

    init(_ tokens: [JSTokenizer.Token]) {
        renamable = Array(repeating: false, count: tokens.count)
        var contexts: [Context] = []
        // The bracket depth of the `const`, `let` or `var` statement being read, if any.
        var declaration: Int?
        for (i, token) in tokens.enumerated() {
            let previous = i > 0 ? tokens[i - 1] : nil
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            switch token.kind {
            case .punct:
                if token.text == ";" && declaration == contexts.count { declaration = nil }
                switch token.text {
                case "{": contexts.append(Self.braceOpensObject(after: previous, in: contexts.last) ? .object : .block)
                case "(": contexts.append(.paren)
                case "[": contexts.append(.bracket)
                case "}", ")", "]": if !contexts.isEmpty { contexts.removeLast() }
                default: break
                }
            case .templateOpen: contexts.append(.template)
            case .literal:
                // A template piece that starts with `}` closes its `${`.
                if token.text.hasPrefix("}"), contexts.last == .template { contexts.removeLast() }
            case .word:
                if ["const", "let", "var"].contains(token.text) { declaration = contexts.count }
                guard token.text.hasPrefix("dni") else { continue }
                if let previous, previous.kind == .word && Self.declarationKeywords.contains(previous.text)
                    || previous.kind == .punct && previous.text == "," && declaration == contexts.count {
                    declared.insert(token.text)
                }
                if let previous, previous.kind == .punct, previous.text == "." || previous.text == "?." { continue }
                let afterOpener = previous.map { $0.kind == .punct && ($0.text == "{" || $0.text == ",") } ?? false
                if afterOpener && contexts.last == .object, let next, next.kind == .punct,
                   next.text == ":" || next.text == "(" { continue }
                renamable[i] = true
            case .banner: break
            }
        }
    }

    /// Whether token `index` is a use of a `dni*` identifier (not a property or a key).
    func isRenamable(_ index: Int) -> Bool { renamable[index] }

    private enum Context { case object, block, paren, bracket, template }

    /// Whether a `{` after `previous` opens an object literal or pattern rather than a block.
    private static func braceOpensObject(after previous: JSTokenizer.Token?, in context: Context?) -> Bool {
        guard let previous else { return false }
        switch previous.kind {
        case .punct:
            if [")", "]", "}", ";", "{", "=>"].contains(previous.text) { return false }
            // `case 1: {` and labels open blocks; a value after a key opens an object.
            if previous.text == ":" { return context != .block && context != nil }
            return true
        case .word: return Self.wordsBeforeObject.contains(previous.text)
        case .templateOpen: return true
        case .literal, .banner: return false
        }
    }

    static let declarationKeywords: Set<String> = ["function", "class", "const", "let", "var"]

    static let wordsBeforeObject: Set<String> = [
        "return", "typeof", "in", "of", "instanceof", "yield", "await", "void", "delete", "throw", "new",
        "const", "let", "var",
    ]
}
