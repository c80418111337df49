import Foundation

/// Recursive-descent parser for the Selectors Level 4 syntax that browsers accept in `querySelectorAll`.
struct SelectorParser {
    struct Failure: Error { let message: String }

    private let chars: [Character]
    private var index = 0

    init(_ text: String) { chars = Array(text) }

    var atEnd: Bool { index >= chars.count }
    private var current: Character? { atEnd ? nil : chars[index] }

    /// A selector list: complex selectors separated by commas, none empty.
    mutating func parseList(relative: Bool) throws {
        repeat {
            skipSpace()
            if current == "," || current == ")" || atEnd {
                throw Failure(message: "empty item in the selector list at position \(index + 1)")
            }
            try parseComplex(relative: relative)
            skipSpace()
        } while take(",")
    }

    /// Compound selectors joined by combinators (descendant space, `>`, `+`, `~`).
    private mutating func parseComplex(relative: Bool) throws {
        skipSpace()
        if let c = current, Self.combinators.contains(c) {
            guard relative else { throw Failure(message: "dangling combinator '\(c)' at the start") }
            index += 1
            skipSpace()
        }
        try parseCompound()
        while true {
            let hadSpace = skipSpace()
            guard let c = current, c != ",", c != ")" else { return }
            if Self.combinators.contains(c) {
                index += 1
                skipSpace()
                guard let next = current, next != ",", next != ")" else {
                    throw Failure(message: "dangling combinator '\(c)' at the end")
                }
                if Self.combinators.contains(next) {
                    throw Failure(message: "two combinators in a row ('\(c)' then '\(next)')")
                }
            } else if !hadSpace {
                throw unexpected()
            }
            try parseCompound()
        }
    }

    /// A type or universal selector followed by ids, classes, attributes and pseudo-classes.
    private mutating func parseCompound() throws {
        var parts = 0
        if take("*") {
            parts += 1
        } else if let c = current, Self.startsIdentifier(c, next: peek(1)) {
            _ = try identifier()
            parts += 1
        }
        while let c = current {
            switch c {
            case "#":
                index += 1
                guard let n = current, Self.isNameChar(n) || n == "\\" else { throw Failure(message: "'#' must be followed by an id") }
                _ = try name()
            case ".":
                index += 1
                guard let n = current, Self.startsIdentifier(n, next: peek(1)) else {
                    throw Failure(message: "'.' must be followed by a class name")
                }
                _ = try identifier()
            case "[":
                try attribute()
            case ":":
                try pseudo()
            case "]":
                throw Failure(message: "unbalanced ']' at position \(index + 1)")
            default:
                if parts == 0 { throw unexpected() }
                return
            }
            parts += 1
        }
        if parts == 0 { throw Failure(message: "a selector is missing at the end") }
    }

    /// `[name]`, `[name=value]`, `[name^="value" i]` and the other attribute operators.
    private mutating func attribute() throws {
        let start = index
        index += 1
        skipSpace()
        guard let c = current, Self.startsIdentifier(c, next: peek(1)) else {
            if atEnd { throw Failure(message: "unbalanced '[' at position \(start + 1)") }
            throw Failure(message: "attribute name expected after '['")
        }
        _ = try identifier()
        skipSpace()
        if take("]") { return }
        if let op = current, "~|^$*".contains(op) { index += 1 }
        guard take("=") else {
            if atEnd { throw Failure(message: "unbalanced '[' at position \(start + 1)") }
            throw unexpected()
        }
        skipSpace()
        if current == "\"" || current == "'" {
            try string()
        } else if let c = current, Self.startsIdentifier(c, next: peek(1)) {
            _ = try identifier()
        } else {
            throw Failure(message: "attribute value expected (quote it if it is not a plain name)")
        }
        skipSpace()
        if current == "i" || current == "s" || current == "I" || current == "S" { index += 1; skipSpace() }
        guard take("]") else {
            if atEnd { throw Failure(message: "unbalanced '[' at position \(start + 1)") }
            throw unexpected()
        }
    }

    /// `:pseudo-class`, `:function(arguments)`; pseudo-elements never match an element and are refused.
    private mutating func pseudo() throws {
        index += 1
        if current == ":" {
            throw Failure(message: "pseudo-elements (::) never match elements; remove them")
        }
        guard let c = current, Self.startsIdentifier(c, next: peek(1)) else {
            throw Failure(message: "pseudo-class name expected after ':'")
        }
        let name = try identifier().lowercased()
        if take("(") {
            let open = index - 1
            guard let kind = Self.functionalPseudoClasses[name] else {
                throw Failure(message: "unknown pseudo-class ':\(name)()'")
            }
            skipSpace()
            switch kind {
            case .selectors: try parseList(relative: false)
            case .relative: try parseList(relative: true)
            case .nth: try nth()
            case .identifier:
                guard let c = current, Self.startsIdentifier(c, next: peek(1)) else {
                    throw Failure(message: "':\(name)()' needs a name")
                }
                _ = try identifier()
            }
            skipSpace()
            guard take(")") else {
                if atEnd { throw Failure(message: "unbalanced '(' at position \(open + 1)") }
                throw unexpected()
            }
        } else {
            if Self.legacyPseudoElements.contains(name) {
                throw Failure(message: "pseudo-elements such as ':\(name)' never match elements; remove them")
            }
            guard Self.pseudoClasses.contains(name) else {
                var message = "unknown pseudo-class ':\(name)'"
                if let near = KeySuggestion.nearest(to: name, in: Array(Self.pseudoClasses)) {
                    message += "; did you mean ':\(near)'?"
                }
                throw Failure(message: message)
            }
        }
    }

    /// The `An+B [of S]` argument of the `:nth-*` pseudo-classes.
    private mutating func nth() throws {
        var text = ""
        while let c = current, c.isLetter || c.isNumber || c == "+" || c == "-" || c == " " {
            if c == " " && peekWord() == "of" { break }
            text.append(c)
            index += 1
        }
        let compact = text.replacingOccurrences(of: " ", with: "").lowercased()
        guard Self.isAnPlusB(compact) else {
            throw Failure(message: "bad :nth argument \"\(text.trimmingCharacters(in: .whitespaces))\" (expected odd, even, 2n+1, 3, ...)")
        }
        skipSpace()
        if peekWord() == "of" {
            index += 2
            try parseList(relative: false)
        }
    }

    private static func isAnPlusB(_ s: String) -> Bool {
        if s == "odd" || s == "even" { return true }
        var rest = Substring(s)
        if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
        if let n = rest.firstIndex(of: "n") {
            guard rest[..<n].allSatisfy(\.isNumber) else { return false }
            var tail = rest[rest.index(after: n)...]
            if tail.isEmpty { return true }
            guard tail.first == "+" || tail.first == "-" else { return false }
            tail = tail.dropFirst()
            return !tail.isEmpty && tail.allSatisfy(\.isNumber)
        }
        return !rest.isEmpty && rest.allSatisfy(\.isNumber)
    }

    /// A quoted string; escapes and unterminated quotes are handled.
    private mutating func string() throws {
        let quote = chars[index]
        let start = index
        index += 1
        while let c = current {
            index += 1
            if c == "\\" { if !atEnd { index += 1 }; continue }
            if c == quote { return }
            if c == "\n" { break }
        }
        throw Failure(message: "unterminated string starting at position \(start + 1)")
    }

    /// A CSS identifier (may start with `-`, may contain escapes).
    private mutating func identifier() throws -> String {
        var result = ""
        if current == "-" { result.append("-"); index += 1 }
        if current == "-" { result.append("-"); index += 1 }
        result += try name()
        return result
    }

    /// A run of name characters and escapes.
    private mutating func name() throws -> String {
        var result = ""
        while let c = current {
            if c == "\\" {
                index += 1
                guard let escaped = current, escaped != "\n" else { throw Failure(message: "a '\\' escape is incomplete") }
                if escaped.isHexDigit {
                    // `\31 ` is a code point: up to six hex digits and one optional space.
                    var hex = ""
                    while hex.count < 6, let digit = current, digit.isHexDigit { hex.append(digit); index += 1 }
                    if current == " " || current == "\t" || current == "\n" { index += 1 }
                    result.unicodeScalars.append(Unicode.Scalar(UInt32(hex, radix: 16) ?? 0xFFFD) ?? "\u{FFFD}")
                } else {
                    result.append(escaped)
                    index += 1
                }
            } else if Self.isNameChar(c) {
                result.append(c)
                index += 1
            } else {
                break
            }
        }
        return result
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        var skipped = false
        while let c = current, c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" {
            index += 1
            skipped = true
        }
        return skipped
    }

    private mutating func take(_ c: Character) -> Bool {
        guard current == c else { return false }
        index += 1
        return true
    }

    private func peek(_ offset: Int) -> Character? {
        index + offset < chars.count ? chars[index + offset] : nil
    }

    /// The word starting at the next non-space character, lower-cased.
    private func peekWord() -> String {
        var i = index
        while i < chars.count, chars[i] == " " { i += 1 }
        var word = ""
        while i < chars.count, chars[i].isLetter { word.append(chars[i]); i += 1 }
        return word.lowercased()
    }

    func unexpected() -> Failure {
        guard let c = current else { return Failure(message: "unexpected end of selector") }
        switch c {
        case "\"", "'": return Failure(message: "unexpected quote at position \(index + 1)")
        case ")": return Failure(message: "unbalanced ')' at position \(index + 1)")
        case "(": return Failure(message: "unexpected '(' at position \(index + 1)")
        case "]": return Failure(message: "unbalanced ']' at position \(index + 1)")
        default: return Failure(message: "unexpected '\(c)' at position \(index + 1)")
        }
    }
}
