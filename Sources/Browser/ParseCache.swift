import Foundation

/// Recently parsed documents, shared by every page of the process.
///
/// Parsing is a pure function of the HTML, and test suites load the same pages (with the same inline build)
/// again and again; gumbo takes about 0.1 ms per KB, so reusing a parse saves most of a page load.
enum ParseCache {
    private static let documents = RecentCache<ExactText, HTMLParser.Document>(capacity: 128)

    /// The parse of `html`, made once and then reused.
    ///
    /// - Throws: `HTMLParser.TooDeep` for markup nested too deeply to parse in reasonable time.
    static func document(_ html: String) throws -> HTMLParser.Document {
        try documents.value(for: ExactText(html)) {
            try HTMLParser.checkNesting(html)
            return HTMLParser.document(html)
        }
    }
}
