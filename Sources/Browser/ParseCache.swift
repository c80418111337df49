import Foundation

/// Recently parsed documents, shared by every page of the process.
///
/// Parsing is a pure function of the HTML, and test suites load the same pages (with the same inline build)
/// again and again; gumbo takes about 0.1 ms per KB, so reusing a parse saves most of a page load.
final class ParseCache: @unchecked Sendable {
    static let shared = ParseCache(capacity: 128)

    private let capacity: Int
    private var entries: [String: HTMLParser.Document] = [:]
    private var order: [String] = []
    private let lock = NSLock()

    init(capacity: Int) { self.capacity = capacity }

    /// The parse of `html`, made once and then reused.
    ///
    /// - Throws: `HTMLParser.TooDeep` for markup nested too deeply to parse in reasonable time.
    func document(_ html: String) throws -> HTMLParser.Document {
        if let hit = lock.withLock({ entries[html] }) { return hit }
        try HTMLParser.checkNesting(html)
        let parsed = HTMLParser.document(html)
        lock.withLock {
            if entries[html] == nil {
                entries[html] = parsed
                order.append(html)
                if order.count > capacity { entries[order.removeFirst()] = nil }
            }
        }
        return parsed
    }
}
