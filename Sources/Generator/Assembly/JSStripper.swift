/// Removes comments, indentation and blank lines from JavaScript without touching its literals.
///
/// A small lexer follows strings, template literals (with nested `${}`), regular expression
/// literals and comments, so `"// not a comment"` and `/\/*/` survive. Line breaks between code
/// lines are kept, so automatic semicolon insertion behaves as before. `/*! ... */` banners are kept.
public struct JSStripper {
    private let input: [UInt8]
    private var output: [UInt8] = []
    private var index = 0
    /// Brace depth of each open template `${` expression.
    private var templateDepths: [Int] = []
    private var braceDepth = 0
    /// The last code byte written (not whitespace), and the word it ended, if any.
    private var lastByte: UInt8?
    private var lastWord: [UInt8]?
    private var atLineStart = true

    /// The stripped form of `source`.
    public static func strip(_ source: String) -> String {
        var stripper = JSStripper(input: Array(source.utf8))
        stripper.run()
        return String(decoding: stripper.output, as: UTF8.self)
    }

    private init(input: [UInt8]) { self.input = input }

    private mutating func run() {
        while index < input.count {
            let c = input[index]
            if atLineStart && (c == .space || c == .tab || c == .cr) { index += 1; continue }
            atLineStart = false
            switch c {
            case .newline: newline()
            case .space, .tab, .cr: output.append(c); index += 1
            case .slash where peek(1) == .slash: skipLineComment()
            case .slash where peek(1) == .star: blockComment()
            case .slash where regexAllowed: copyRegex()
            case .quote, .apostrophe: copyString(quote: c)
            case .backtick: index += 1; emit(.backtick); copyTemplate()
            case .openBrace: braceDepth += 1; emit(c); index += 1
            case .closeBrace:
                index += 1
                emit(c)
                if templateDepths.last == braceDepth {
                    templateDepths.removeLast()
                    copyTemplate()
                } else {
                    braceDepth -= 1
                }
            default:
                if Self.isWordByte(c) { copyWord() } else { emit(c); index += 1 }
            }
        }
        trimTrailingSpace()
        if let last = output.last, last != .newline { output.append(.newline) }
    }

    private func peek(_ offset: Int) -> UInt8? {
        index + offset < input.count ? input[index + offset] : nil
    }

    private mutating func emit(_ byte: UInt8) {
        output.append(byte)
        lastByte = byte
        lastWord = nil
    }

    private mutating func newline() {
        index += 1
        trimTrailingSpace()
        if let last = output.last, last != .newline { output.append(.newline) }
        atLineStart = true
    }

    private mutating func trimTrailingSpace() {
        while let last = output.last, last == .space || last == .tab || last == .cr { output.removeLast() }
    }

    private mutating func skipLineComment() {
        while index < input.count, input[index] != .newline { index += 1 }
    }

    private mutating func blockComment() {
        let start = index
        var end = index + 2
        while end + 1 < input.count, !(input[end] == .star && input[end + 1] == .slash) { end += 1 }
        end = min(end + 2, input.count)
        if peek(2) == .bang {
            output.append(contentsOf: input[start..<end])
        } else if input[start..<end].contains(.newline) {
            // A comment spanning lines still separates statements.
            trimTrailingSpace()
            if let last = output.last, last != .newline { output.append(.newline) }
            index = end
            atLineStart = true
            return
        } else if let last = output.last, last != .space, last != .newline {
            output.append(.space)
        } else {
            // A comment opening the line: the spaces after it are indentation too.
            atLineStart = output.last == nil || output.last == .newline
        }
        index = end
    }

    /// Whether a `/` here starts a regular expression rather than a division.
    private var regexAllowed: Bool {
        if let word = lastWord {
            return Self.keywordsBeforeExpression.contains(word)
        }
        guard let last = lastByte else { return true }
        return last != .closeParen && last != .closeBracket
    }

    private mutating func copyRegex() {
        var inClass = false
        emit(input[index])
        index += 1
        while index < input.count {
            let c = input[index]
            if c == .newline { return }
            output.append(c)
            index += 1
            if c == .backslash, index < input.count {
                output.append(input[index]); index += 1
            } else if c == .openBracket {
                inClass = true
            } else if c == .closeBracket {
                inClass = false
            } else if c == .slash && !inClass {
                break
            }
        }
        while index < input.count, Self.isWordByte(input[index]) { output.append(input[index]); index += 1 }
        lastByte = .slash
        lastWord = [0x30]  // a regex ends an expression, like a number
    }

    private mutating func copyString(quote: UInt8) {
        emit(quote)
        index += 1
        while index < input.count {
            let c = input[index]
            output.append(c)
            index += 1
            if c == .backslash, index < input.count {
                output.append(input[index]); index += 1
            } else if c == quote || c == .newline {
                break
            }
        }
        lastByte = quote
        lastWord = [0x30]
    }

    /// Copies template text verbatim up to its closing backtick or the next `${`.
    private mutating func copyTemplate() {
        while index < input.count {
            let c = input[index]
            output.append(c)
            index += 1
            if c == .backslash, index < input.count {
                output.append(input[index]); index += 1
            } else if c == .backtick {
                lastByte = .backtick
                lastWord = [0x30]
                return
            } else if c == .dollar, peek(0) == .openBrace {
                output.append(.openBrace)
                index += 1
                braceDepth += 1
                templateDepths.append(braceDepth)
                lastByte = .openBrace
                lastWord = nil
                return
            }
        }
    }

    private mutating func copyWord() {
        let start = index
        while index < input.count, Self.isWordByte(input[index]) { index += 1 }
        output.append(contentsOf: input[start..<index])
        lastByte = input[index - 1]
        lastWord = Array(input[start..<index])
    }

    /// Identifier and number characters (non-ASCII bytes count, as in identifiers).
    static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
            || c == 0x5F || c == .dollar || c >= 0x80
    }

    /// Words after which a `/` begins a regular expression.
    static let keywordsBeforeExpression: Set<[UInt8]> = Set(
        ["return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else",
         "yield", "await"].map { Array($0.utf8) })
}

private extension UInt8 {
    static let newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r"), space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t"), slash = UInt8(ascii: "/"), star = UInt8(ascii: "*")
    static let bang = UInt8(ascii: "!"), quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'")
    static let backtick = UInt8(ascii: "`"), backslash = UInt8(ascii: "\\"), dollar = UInt8(ascii: "$")
    static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
    static let closeParen = UInt8(ascii: ")"), dot = UInt8(ascii: ".")
}
