import Testing
@testable import Generator

@Suite("JavaScript stripper")
struct JSStripperTests {
    @Test func removesCommentsIndentationAndBlankLines() {
        let source = """
            // leading comment
            function f(a) {
                /* block */ var b = a; // trailing

                /**
                 * doc
                 */
                return b;
            }
            """
        #expect(JSStripper.strip(source) == "function f(a) {\nvar b = a;\nreturn b;\n}\n")
    }

    @Test func keepsLiteralsIntact() {
        let source = """
            var s = 'http://x//y'; var d = "/* no */";
              var r = /\\/\\/[^/]*\\/*/g; var q = x / 2 / y; // c
            var t = `a
                // kept ${ {a: 1}.a /* gone */ } \\` still`;
            """
        let stripped = JSStripper.strip(source)
        #expect(stripped.contains("'http://x//y'"))
        #expect(stripped.contains("\"/* no */\""))
        #expect(stripped.contains("/\\/\\/[^/]*\\/*/g;"))
        #expect(stripped.contains("var q = x / 2 / y;\n"))
        #expect(stripped.contains("`a\n    // kept ${ {a: 1}.a  } \\` still`;"))
        #expect(!stripped.contains("gone"))
    }

    @Test func regexAfterKeywordsAndOperators() {
        let stripped = JSStripper.strip("return /a\\/\\/b/.test(x) || (/[/]/); // end")
        #expect(stripped == "return /a\\/\\/b/.test(x) || (/[/]/);\n")
    }

    @Test func keepsBangComments() {
        #expect(JSStripper.strip("/*! banner */\n  x();") == "/*! banner */\nx();\n")
    }

    @Test func multiLineCommentStillSeparatesLines() {
        #expect(JSStripper.strip("a = 1 /* one\ntwo */ b = 2") == "a = 1\nb = 2\n")
    }
}
