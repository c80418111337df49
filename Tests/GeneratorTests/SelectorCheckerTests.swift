import Testing
@testable import Generator

@Suite("Selector checker")
struct SelectorCheckerTests {
    let checker = BasicSelectorChecker()

    @Test(arguments: [
        "#header-phone", ".phone", "a[href^=\"tel:\"]", "div > p + span ~ em", "*", "ul li:first-child",
        "a:not(.skip, [data-x='1'])", "li:nth-child(2n+1)", "li:nth-of-type(odd)", "p:has(> a)", "[data-phone]",
        ".a.b#c[d|=e i]", "header .phone, footer .phone", "a:is(.x)", "-custom-el", "\\31 23", ".ü",
    ])
    func acceptsValidSelectors(selector: String) {
        #expect(checker.syntaxError(in: selector) == nil, "\(selector): \(checker.syntaxError(in: selector) ?? "")")
    }

    @Test(arguments: [
        ("a[href", "unbalanced '['"),
        ("a]", "unbalanced ']'"),
        ("a[href='x]", "unterminated string"),
        ("a:not(.x", "unbalanced '('"),
        ("a)", "unbalanced ')'"),
        ("a >", "dangling combinator '>'"),
        ("> a", "dangling combinator '>'"),
        ("a > > b", "two combinators"),
        ("a, , b", "empty item"),
        ("a,", "empty item"),
        ("", "empty item"),
        ("a:hovr", "unknown pseudo-class ':hovr'; did you mean ':hover'?"),
        ("a:foo()", "unknown pseudo-class ':foo()'"),
        ("a::before", "pseudo-elements"),
        ("li:nth-child(x)", "bad :nth argument"),
        ("#", "'#' must be followed"),
        ("a.", "'.' must be followed"),
        ("a{b}", "unexpected '{'"),
        ("a\"b\"", "unexpected quote"),
    ])
    func rejectsInvalidSelectors(selector: String, expected: String) {
        let error = checker.syntaxError(in: selector)
        #expect(error?.contains(expected) == true, "\(selector): \(error ?? "accepted")")
    }
}
