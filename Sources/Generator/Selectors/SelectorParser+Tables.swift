extension SelectorParser {
    /// What a functional pseudo-class takes between its parentheses.
    enum Argument { case selectors, relative, nth, identifier }

    static let combinators: Set<Character> = [">", "+", "~"]

    static let pseudoClasses: Set<String> = [
        "active", "any-link", "checked", "default", "defined", "disabled", "empty", "enabled", "first-child",
        "first-of-type", "focus", "focus-visible", "focus-within", "hover", "in-range", "indeterminate",
        "invalid", "last-child", "last-of-type", "link", "only-child", "only-of-type", "optional",
        "out-of-range", "placeholder-shown", "read-only", "read-write", "required", "root", "scope", "target",
        "valid", "visited",
    ]

    static let functionalPseudoClasses: [String: Argument] = [
        "not": .selectors, "is": .selectors, "where": .selectors, "has": .relative,
        "nth-child": .nth, "nth-last-child": .nth, "nth-of-type": .nth, "nth-last-of-type": .nth,
        "lang": .identifier, "dir": .identifier,
    ]

    /// Pseudo-elements that CSS 2 wrote with a single colon.
    static let legacyPseudoElements: Set<String> = ["before", "after", "first-line", "first-letter"]

    static func isNameChar(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "-" || c == "_" || !c.isASCII
    }

    static func startsIdentifier(_ c: Character, next: Character?) -> Bool {
        if c == "-" {
            guard let next else { return false }
            return next == "-" || next == "\\" || (isNameChar(next) && !next.isNumber)
        }
        return c == "\\" || c == "_" || c.isLetter || !c.isASCII
    }
}
