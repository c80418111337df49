/// Decides whether a CSS selector from a config can be used with `querySelectorAll`.
///
/// The CLI can plug in a real selector engine; ``BasicSelectorChecker`` is the built-in default.
public protocol SelectorChecker: Sendable {
    /// A readable reason the selector does not parse, or `nil` when it does.
    func syntaxError(in selector: String) -> String?
}

/// A small CSS selector parser that rejects clearly invalid syntax.
///
/// It catches unbalanced brackets, quotes and parentheses, dangling combinators,
/// empty list items and unknown pseudo-classes; it does not judge whether a selector matches anything.
public struct BasicSelectorChecker: SelectorChecker {
    public init() {}

    public func syntaxError(in selector: String) -> String? {
        var parser = SelectorParser(selector)
        do {
            try parser.parseList(relative: false)
            if !parser.atEnd { throw parser.unexpected() }
            return nil
        } catch let error as SelectorParser.Failure {
            return error.message
        } catch {
            return "\(error)"
        }
    }
}
