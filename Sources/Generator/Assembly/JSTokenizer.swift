/// Splits JavaScript into tokens for ``JSNameCheck``, remembering the whitespace before each.
///
/// Like ``JSStripper`` it knows strings, template literals (with nested `${}`), regular
/// expression literals and comments; a `/` is a regular expression where an expression may start.
/// Ordinary comments become whitespace; `/*! ... */` banners are kept as tokens.
struct JSTokenizer {
    /// One token and the whitespace in front of it.
    struct Token: Equatable {
        enum Kind: Equatable {
            /// An identifier, keyword or number.
            case word
            /// An operator or punctuation, longest match (`===`, `=>`, `...`).
            case punct
            /// A string, regular expression or template piece: copied as it is.
            case literal
            /// A template piece ending in `${`: an expression follows.
            case templateOpen
            /// A kept `/*! ... */` comment.
            case banner
        }

        var kind: Kind
        var text: String
        /// Whitespace or a comment came before the token.
        var spaceBefore = false
        /// A line break came before the token.
        var newlineBefore = false
    }

    private let input: [UInt8]
    private var index = 0
    private var tokens: [Token] = []
    private var spaceBefore = false
    private var newlineBefore = false
    /// For each open `{`, `(`, `[` or `${`: whether it is a template's `${`.
    private var openers: [Bool] = []

    /// The tokens of `source`.
    static func tokens(_ source: String) -> [Token] {
        var tokenizer = JSTokenizer(input: Array(source.utf8))
        tokenizer.run()
        return tokenizer.tokens
    }

    private init(input: [UInt8]) { self.input = input }

    private mutating func run() {
        while index < input.count {
            let c = input[index]
            switch c {
            case UInt8(ascii: "\n"): newlineBefore = true; spaceBefore = true; index += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): spaceBefore = true; index += 1
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
                while index < input.count, input[index] != UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "*"): comment()
            case UInt8(ascii: "/") where regexAllowed: regex()
            case UInt8(ascii: "\""), UInt8(ascii: "'"): string(quote: c)
            case UInt8(ascii: "`"): template(start: index, skip: 1)
            case UInt8(ascii: "}") where openers.last == true:
                openers.removeLast()
                template(start: index, skip: 1)
            default:
                if JSStripper.isWordByte(c) { word() } else { punct() }
            }
        }
    }

    private func peek(_ offset: Int) -> UInt8? {
        index + offset < input.count ? input[index + offset] : nil
    }

    private mutating func add(_ kind: Token.Kind, from start: Int) {
        let text = String(decoding: input[start..<index], as: UTF8.self)
        tokens.append(Token(kind: kind, text: text, spaceBefore: spaceBefore, newlineBefore: newlineBefore))
        spaceBefore = false
        newlineBefore = false
    }

    private mutating func comment() {
        let start = index
        var end = index + 2
        while end + 1 < input.count, !(input[end] == UInt8(ascii: "*") && input[end + 1] == UInt8(ascii: "/")) { end += 1 }
        index = min(end + 2, input.count)
        if start + 2 < index, input[start + 2] == UInt8(ascii: "!") {
            add(.banner, from: start)
        } else {
            spaceBefore = true
            if input[start..<index].contains(UInt8(ascii: "\n")) { newlineBefore = true }
        }
    }

    /// Whether a `/` here starts a regular expression rather than a division.
    private var regexAllowed: Bool {
        guard let last = tokens.last else { return true }
        switch last.kind {
        case .word: return JSStripper.keywordsBeforeExpression.contains(Array(last.text.utf8))
        case .literal: return false
        case .punct: return last.text != ")" && last.text != "]"
        case .templateOpen, .banner: return true
        }
    }

    private mutating func regex() {
        let start = index
        var inClass = false
        index += 1
        while index < input.count, input[index] != UInt8(ascii: "\n") {
            let c = input[index]
            index += 1
            if c == UInt8(ascii: "\\") {
                index += 1
            } else if c == UInt8(ascii: "[") {
                inClass = true
            } else if c == UInt8(ascii: "]") {
                inClass = false
            } else if c == UInt8(ascii: "/") && !inClass {
                break
            }
        }
        while index < input.count, JSStripper.isWordByte(input[index]) { index += 1 }
        add(.literal, from: start)
    }

    private mutating func string(quote: UInt8) {
        let start = index
        index += 1
        while index < input.count {
            let c = input[index]
            index += 1
            if c == UInt8(ascii: "\\") {
                index += 1
            } else if c == quote || c == UInt8(ascii: "\n") {
                break
            }
        }
        index = min(index, input.count)
        add(.literal, from: start)
    }

    /// A template piece from `start` (a backtick or the `}` closing a `${`) to the closing
    /// backtick or the next `${`.
    private mutating func template(start: Int, skip: Int) {
        index += skip
        while index < input.count {
            let c = input[index]
            index += 1
            if c == UInt8(ascii: "\\") {
                index += 1
            } else if c == UInt8(ascii: "`") {
                break
            } else if c == UInt8(ascii: "$"), index < input.count, input[index] == UInt8(ascii: "{") {
                index += 1
                openers.append(true)
                add(.templateOpen, from: start)
                return
            }
        }
        index = min(index, input.count)
        add(.literal, from: start)
    }

    private mutating func word() {
        let start = index
        while index < input.count, JSStripper.isWordByte(input[index]) { index += 1 }
        add(.word, from: start)
    }

    private mutating func punct() {
        let start = index
        let rest = input[index...]
        let length = Self.operators.first { rest.starts(with: $0) }?.count ?? 1
        index += length
        switch input[start] {
        case UInt8(ascii: "{"), UInt8(ascii: "("), UInt8(ascii: "["): openers.append(false)
        case UInt8(ascii: "}"), UInt8(ascii: ")"), UInt8(ascii: "]"): if !openers.isEmpty { openers.removeLast() }
        default: break
        }
        add(.punct, from: start)
    }

    /// Operators longer than one character, longest first.
    static let operators: [[UInt8]] = [
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
        "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=",
        "&=", "|=", "^=", "**", "<<", ">>",
    ].map { Array($0.utf8) }
}
